// A stand-in batch worker for page-worker.test.ts: exits on a message holding a task whose path is "crash", prints for a
// task whose path is "print", answers every other message.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (tasks) => {
  if (tasks.some((task) => task.path === 'crash')) process.exit(3);
  if (tasks.some((task) => task.path === 'print')) console.log('printed by a worker');
  parentPort.postMessage(tasks.map((task) => ({ status: 'ok', bytes: task.path.length, json: JSON.stringify(task.path) })));
});
