/**
 * The batch worker thread: receives tasks from the batch pool (page-worker.ts) a few pages per
 * message, answers each message with their outcomes in the same order. It runs the compiled
 * library (dist/batch/worker.js imports dist/pipeline.js), so it needs `npm run build`.
 */
import { parentPort } from 'node:worker_threads';
import { processPage } from './process-page.js';
import type { Task } from './task.js';

if (parentPort === null) throw new Error('batch/worker.js is a worker thread: start it from the batch pool');
const port = parentPort;
port.on('message', (tasks: Task[]) => {
  const outcomes = tasks.map((task) => processPage(task));
  // Each NDJSON line's buffer is moved, not copied, to the main thread (TextEncoder's are never pooled).
  const lines = outcomes.flatMap((outcome) => (outcome.status === 'ok' && outcome.line !== null ? [outcome.line.buffer as ArrayBuffer] : []));
  port.postMessage(outcomes, lines);
});
