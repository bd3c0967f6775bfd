/** --skip-existing: a page is done when its output exists and is newer than the page itself. */
import { statSync } from 'node:fs';

export function isUpToDate(inputPath: string, outPath: string): boolean {
  const output = statSync(outPath, { throwIfNoEntry: false });
  const input = statSync(inputPath, { throwIfNoEntry: false });
  return output !== undefined && input !== undefined && output.mtimeMs > input.mtimeMs;
}
