/**
 * Writing to stdout and stderr. A closed pipe (`pagesift extract … | head`)
 * ends the process quietly; every other write error is reported once.
 */
export function installPipeGuard(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`pagesift: cannot write output: ${error.message}\n`);
    process.exit(74);
  });
}

/** Write and wait until the data is handed to the OS, so the exit code is set after output. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
