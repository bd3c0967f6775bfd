/**
 * The batch worker thread: receives tasks from the batch pool (page-worker.ts) a few pages per
 * message, answers each message with their outcomes in the same order. Batches start it as
 * dist/batch-worker.cjs, bundled with the library (page-worker.ts), so it needs `npm run build`.
 */
import { parentPort } from 'node:worker_threads';
import { processPage } from './process-page.js';
import type { Task } from './task.js';

if (parentPort === null) throw new Error('the batch worker is a worker thread: start it from the batch pool');
const port = parentPort;
port.on('message', (tasks: Task[]) => port.postMessage(tasks.map((task) => processPage(task))));
