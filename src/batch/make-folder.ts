/**
 * mkdir -p, each folder tried at most twice. Not mkdirSync's `recursive`: on Node 20 it never returns for a
 * path under /proc, where mkdir answers ENOENT for the folder and EEXIST for its parent, and libuv's walk goes
 * back and forth between the two (nodejs/node and bun saw the same loop): `batch --out /proc/x` and
 * `batch --report /proc/x/r.json` spun at 100% CPU until killed.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export function makeFolder(path: string): void {
  try {
    mkdirSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      // A folder, or a link to one, is what was asked for; a file is the caller's error.
      if (statSync(path).isDirectory()) return;
      throw error;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    makeFolder(parent);
    // Once more with the parent there; ENOENT again (procfs) is final.
    mkdirSync(path);
  }
}
