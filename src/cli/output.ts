/**
 * Writing to stdout and stderr. A closed pipe (`pagesift extract … | head`)
 * ends the process quietly; every other write error is reported once.
 */
import { EXIT } from './exit-codes.js';

export function installPipeGuard(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.OK);
    process.stderr.write(`pagesift: cannot write output: ${error.message}\n`);
    process.exit(EXIT.IO);
  });
  // A closed stderr (`pagesift extract --explain … 2>&1 >out | head`) only loses diagnostics:
  // without a listener the write error would crash the run and lose the result on stdout.
  process.stderr.on('error', () => {});
}

/** Write and wait until the data is handed to the OS, so the exit code is set after output. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
