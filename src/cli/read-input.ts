/** Read one input (a file or stdin) as bytes, refusing what is too large before reading it whole. */
// Synchronous stat and read for a named file: a one-page run has nothing to overlap them with,
// and node:fs/promises would load readline's code on every start.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { PagesiftError } from '../errors.js';

export interface InputBytes {
  bytes: Uint8Array;
  /** The file name as given, or null for stdin. */
  name: string | null;
}

export async function readInput(file: string | undefined, maxBytes: number): Promise<InputBytes> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new PagesiftError('USAGE', 'no input: give a file, or pipe a page on stdin');
    return { bytes: await readStream(process.stdin, maxBytes), name: null };
  }
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    throw fsError(error);
  }
  if (info.isDirectory()) throw new PagesiftError('IS_DIRECTORY', 'is a directory (use `pagesift batch` for folders)');
  if (info.isFile() && info.size > maxBytes) {
    throw new PagesiftError('INPUT_TOO_LARGE', `input is ${info.size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  }
  try {
    // A FIFO or device (`<(curl …)`) has no size to check first: it is read as a stream, counting.
    if (!info.isFile()) return { bytes: await readStream(createReadStream(file), maxBytes), name: file };
    const bytes = readFileSync(file);
    if (bytes.length > maxBytes) throw new PagesiftError('INPUT_TOO_LARGE', `input is ${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)`);
    return { bytes, name: file };
  } catch (error) {
    throw error instanceof PagesiftError ? error : fsError(error);
  }
}

// The CLI prefixes every message with the file name (or "stdin"), so messages here do not repeat it.
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new PagesiftError('INPUT_TOO_LARGE', `input is over the limit of ${maxBytes} bytes (--max-bytes)`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/** The error for a file that cannot be read. Without the file name: the CLI prints it before every message. */
export function fsError(error: unknown): PagesiftError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PagesiftError('NOT_FOUND', 'no such file');
  if (code === 'EISDIR') return new PagesiftError('IS_DIRECTORY', 'is a directory');
  if (code === 'EACCES' || code === 'EPERM') return new PagesiftError('UNREADABLE', 'permission denied');
  // Node's message repeats the code, the system call and the path: "ELOOP: too many symbolic links encountered, stat 'x'".
  const reason = (error as Error).message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return new PagesiftError('UNREADABLE', `cannot read: ${reason}${code ? ` (${code})` : ''}`);
}
