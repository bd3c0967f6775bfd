// A stand-in batch worker for page-worker.test.ts: exits on a task whose path is "crash", answers every other.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  if (task.path === 'crash') process.exit(3);
  parentPort.postMessage({ status: 'ok', bytes: task.path.length, json: JSON.stringify(task.path) });
});
