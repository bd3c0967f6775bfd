/**
 * The folders a batch writes into, made before any page runs: --out's, and the one --report's file goes in.
 * Each write makes its folders too (atomic-write.ts), but a --out that named a file, or a folder that could not
 * be made, failed every page one by one (10,000 pages, 10,000 error lines, exit 2), and a bad --report failed
 * only after the whole batch had run. Made here, either is one error up front.
 */
import { dirname } from 'node:path';
import { PagesiftError } from '../errors.js';
import { isFolder, makeFolder } from './make-folder.js';

export function makeOutFolder(out: string): void {
  makeFolderFor('--out', out, out);
}

export function makeReportFolder(report: string): void {
  if (isFolder(report)) throw new PagesiftError('USAGE', `--report ${report}: is a folder, not a file`);
  makeFolderFor('--report', report, dirname(report));
}

/** Makes `folder` for the option `flag` given as `given`: a file in the way is a usage error, any other failure a write error. */
function makeFolderFor(flag: string, given: string, folder: string): void {
  try {
    makeFolder(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EEXIST: the folder is a file; ENOTDIR: a folder on its way is one.
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new PagesiftError('USAGE', `${flag} ${given}: a file is in the way of ${folder === given ? 'the' : 'its'} folder`);
    throw new PagesiftError('WRITE_FAILED', `${flag} ${given}: cannot make the folder ${folder}: ${(error as Error).message}`);
  }
}
