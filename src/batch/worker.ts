/**
 * The batch worker thread: receives tasks from the batch pool (page-worker.ts) a few pages per
 * message, answers each message with their outcomes in the same order. It runs the compiled
 * library (dist/batch/worker.js imports dist/pipeline.js), so it needs `npm run build`.
 */
import { parentPort } from 'node:worker_threads';
import { processPage, type PageOutcome } from './process-page.js';
import type { Outcome, Task } from './task.js';

if (parentPort === null) throw new Error('batch/worker.js is a worker thread: start it from the batch pool');
const port = parentPort;
port.on('message', (tasks: Task[]) => {
  const { outcomes, lines } = encodeLines(tasks.map((task) => processPage(task)));
  port.postMessage(outcomes, lines.byteLength > 0 ? [lines.buffer as ArrayBuffer] : []);
});

/**
 * The message's NDJSON lines, UTF-8 encoded one after another into one buffer of their own (not
 * node's shared pool), each ok outcome holding its view: the buffer is moved, not copied, to the
 * main thread, which writes the message's lines in one piece when they lie in a row (run-batch.ts).
 */
function encodeLines(pages: PageOutcome[]): { outcomes: Outcome[]; lines: Buffer } {
  let total = 0;
  for (const page of pages) if (page.status === 'ok' && page.line !== null) total += Buffer.byteLength(page.line);
  const bytes = Buffer.allocUnsafeSlow(total);
  let at = 0;
  const outcomes = pages.map((page): Outcome => {
    if (page.status !== 'ok' || page.line === null) return page.status === 'ok' ? { ...page, line: null } : page;
    const start = at;
    at += bytes.write(page.line, at);
    return { status: 'ok', bytes: page.bytes, line: bytes.subarray(start, at) };
  });
  return { outcomes, lines: bytes };
}
