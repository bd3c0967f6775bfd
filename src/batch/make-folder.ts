/**
 * mkdir -p, each folder tried at most twice. Not mkdirSync's `recursive`: on Node 20 it never returns for a
 * path under /proc, where mkdir answers ENOENT for the folder and EEXIST for its parent, and libuv's walk goes
 * back and forth between the two (nodejs/node and bun saw the same loop): `batch --out /proc/x` and
 * `batch --report /proc/x/r.json` spun at 100% CPU until killed.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export function makeFolder(path: string): void {
  // Most calls find the folder made (each page's write asks for its folder): answered without an exception, whose
  // Error and stack cost more than the write's own system calls.
  if (isFolder(path)) return;
  try {
    mkdirSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      // Made by another worker since the look above; else a file or a dangling link stands there: the caller's error.
      if (isFolder(path)) return;
      throw error;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    makeFolder(parent);
    // Once more with the parent there; ENOENT again (procfs) is final.
    mkdirSync(path);
  }
}

/** Whether `path` is a folder or a link to one; false when it is absent (or a file stands on its way: mkdir says which). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
