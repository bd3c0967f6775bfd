/** --skip-existing: a page is done when its output exists and is newer than the page itself. */
import { statSync } from 'node:fs';

export function isUpToDate(inputPath: string, outPath: string): boolean {
  try {
    return statSync(outPath).mtimeMs > statSync(inputPath).mtimeMs;
  } catch {
    // No output yet, or a path that cannot be checked: do the page, which reports any real problem.
    return false;
  }
}
