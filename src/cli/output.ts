/**
 * Writing to stdout and stderr. A closed pipe (`pagesift extract … | head`)
 * ends the process quietly; every other write error is reported once.
 *
 * process.stdout and process.stderr are created on first use, and creating either loads node's
 * stream classes (about twenty modules, 3–10 ms). A one-page extract writes its one result
 * straight to file descriptor 1 (writeResult) and never creates them, unless it has more to say.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { EXIT } from './exit-codes.js';

const STDOUT_FD = 1;

/** Install the guards; each takes effect when its stream is first created. */
export function installPipeGuard(): void {
  onFirstUse('stdout', (stdout) => stdout.on('error', onStdoutError));
  // A closed stderr (`pagesift extract --explain … 2>&1 >out | head`) only loses diagnostics:
  // without a listener the write error would crash the run and lose the result on stdout.
  onFirstUse('stderr', (stderr) => stderr.on('error', () => {}));
}

function onStdoutError(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(EXIT.OK);
  process.stderr.write(`pagesift: cannot write output: ${error.message}\n`);
  process.exit(EXIT.IO);
}

let stdoutCreated = false;

/**
 * Run `guard` on process[name] when something first reads it, by wrapping node's lazy getter
 * (a configurable accessor on process); where there is none, guard the stream now.
 */
function onFirstUse(name: 'stdout' | 'stderr', guard: (stream: NodeJS.WriteStream) => void): void {
  const nodeGetter = Object.getOwnPropertyDescriptor(process, name);
  if (!nodeGetter?.get || !nodeGetter.configurable) {
    if (name === 'stdout') stdoutCreated = true;
    guard(process[name]);
    return;
  }
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: nodeGetter.enumerable,
    get() {
      Object.defineProperty(process, name, nodeGetter);
      if (name === 'stdout') stdoutCreated = true;
      const stream = process[name];
      guard(stream);
      return stream;
    },
  });
}

/** Write and wait until the data is handed to the OS, so the exit code is set after output. */
export function writeOut(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * Output straight to the file descriptor while process.stdout does not exist (no stream to create,
 * nothing buffered to overtake), else through the stream: a command's whole result, or batch's
 * NDJSON a few pages at a time (the stream's machinery per write was a fifth of batch's main-thread
 * work per page), whose bytes come as a Latin-1 string (`encoding`). Writes to files, pipes and
 * terminals are synchronous on Linux either way. Errors end the run as the stream's guard would.
 */
export async function writeResult(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): Promise<void> {
  if (stdoutCreated) return writeOut(encoding === 'utf8' ? text : Buffer.from(text, encoding));
  // Node encodes the string into memory of its own: a Buffer of it is made only when part of it is left to write.
  let bytes: Buffer | null = null;
  let written = 0;
  try {
    written = writeSync(STDOUT_FD, text, null, encoding);
    if (written < Buffer.byteLength(text, encoding)) {
      bytes = Buffer.from(text, encoding);
      while (written < bytes.length) written += writeSync(STDOUT_FD, bytes, written);
    }
  } catch (error) {
    // A non-blocking descriptor (shared with a parent that set O_NONBLOCK) that is full: the stream waits for it.
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') onStdoutError(error as NodeJS.ErrnoException);
    const rest = (bytes ?? Buffer.from(text, encoding)).subarray(written);
    await new Promise<void>((resolve) => {
      if (process.stdout.write(rest)) resolve();
      else process.stdout.once('drain', resolve);
    });
  }
}

/**
 * process.stdout.isTTY, without creating process.stdout where the answer is plain: only a character
 * device can be a terminal, and /dev/null (where benchmarks and scripts send output) never is.
 */
export function stdoutIsTerminal(): boolean {
  if (!stdoutCreated) {
    try {
      const out = fstatSync(STDOUT_FD);
      if (!out.isCharacterDevice() || out.rdev === statSync('/dev/null').rdev) return false;
    } catch {
      // No usable descriptor 1: the stream knows what node made of it.
    }
  }
  return process.stdout.isTTY === true;
}
