/** One page of a batch, start to end: skip, read, extract, write. Never throws: a bad page is an outcome. */
import { isPagesiftError } from '../errors.js';
import { extract } from '../pipeline.js';
import { asUtf8Bytes, okLine } from '../stream/result-line.js';
import { writeFileAtomic } from './atomic-write.js';
import { readPage } from './read-page.js';
import { isUpToDate } from './skip-existing.js';
import type { Outcome, Task } from './task.js';

export function processPage(task: Task): Outcome {
  let bytes = 0;
  try {
    if (task.skipExisting && task.outPath !== null && isUpToDate(task.path, task.outPath)) return { status: 'skipped', bytes: 0 };
    const page = readPage(task.path, task.options.maxBytes);
    bytes = page.byteLength;
    const result = extract(page, { ...task.options, name: task.path });
    const json = JSON.stringify(result, null, task.pretty ? 2 : undefined);
    if (task.outPath === null) return { status: 'ok', bytes, line: asUtf8Bytes(okLine('path', task.path, json)) };
    writeFileAtomic(task.outPath, json + '\n');
    return { status: 'ok', bytes, line: null };
  } catch (error) {
    if (isPagesiftError(error)) return { status: 'failed', bytes, error: { code: error.code, message: error.message } };
    return { status: 'failed', bytes, error: { code: 'INTERNAL', message: `internal error: ${(error as Error)?.message ?? String(error)}` } };
  }
}
