/**
 * Write a file so that readers only ever see the old state or the whole new file: write a
 * temporary file in the same folder (so rename stays on one file system, where it is atomic)
 * and rename it into place. A crash or kill leaves at most a `.<name>.tmp-*` file, never a
 * half-written output.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { PagesiftError } from '../errors.js';
import { makeFolder } from './make-folder.js';

/** The marker in temporary names, so tests and users can find leftovers of a hard kill. */
export const TEMP_MARKER = '.tmp-';

let counter = 0;

export function writeFileAtomic(path: string, data: string): void {
  const dir = dirname(path);
  // pid, thread and a counter: unique among the workers of one batch and across batches.
  const temp = join(dir, `.${basename(path)}${TEMP_MARKER}${process.pid}-${threadId}-${counter++}`);
  try {
    makeFolder(dir);
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw new PagesiftError('WRITE_FAILED', `cannot write ${path}: ${(error as Error).message}`);
  }
}

function removeQuietly(temp: string): void {
  try {
    rmSync(temp, { force: true });
  } catch {
    // The folder itself is what failed (not a directory, no permission): there is no temporary file.
  }
}
