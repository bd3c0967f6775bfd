/**
 * The batch worker thread: receives tasks from pool.ts, answers each with its outcome. It runs
 * the compiled library (dist/batch/worker.js imports dist/pipeline.js), so it needs `npm run build`.
 */
import { parentPort } from 'node:worker_threads';
import { processPage } from './process-page.js';
import type { Task } from './task.js';

if (parentPort === null) throw new Error('batch/worker.js is a worker thread: start it from the batch pool');
const port = parentPort;
port.on('message', (task: Task) => port.postMessage(processPage(task)));
