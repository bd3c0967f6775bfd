import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { tempDir } from './temp-dir.js';

// Every folder a test file makes goes when that file's tests are done, so
// repeated runs do not fill the machine's temporary folder.
const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, removed after the test file. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pagesift-${name}-`));
  made.push(dir);
  return dir;
}
