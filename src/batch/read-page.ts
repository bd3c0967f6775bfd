/**
 * Read one page file for batch: refuse what is not a regular file before opening it (a FIFO
 * would block), refuse what is too large before reading it, and gunzip `.gz` with a cap so a
 * gzip bomb is refused too. Synchronous on purpose: it runs inside a worker thread.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PagesiftError } from '../errors.js';

export function isGzipped(path: string): boolean {
  return path.toLowerCase().endsWith('.gz');
}

export function readPage(path: string, maxBytes: number): Uint8Array {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new PagesiftError('IS_DIRECTORY', 'is a directory');
    if (!info.isFile()) throw new PagesiftError('UNREADABLE', 'not a regular file (a FIFO, socket or device)');
    if (info.size > maxBytes) throw tooLarge(`input is ${info.size} bytes`, maxBytes);
    bytes = readFileSync(path);
  } catch (error) {
    throw error instanceof PagesiftError ? error : readError(error);
  }
  return isGzipped(path) ? gunzip(bytes, maxBytes) : bytes;
}

function gunzip(bytes: Buffer, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('gunzipped input', maxBytes);
    throw new PagesiftError('BAD_ENCODING', `not valid gzip data (${(error as Error).message})`);
  }
}

function tooLarge(what: string, maxBytes: number): PagesiftError {
  return new PagesiftError('INPUT_TOO_LARGE', `${what} is over the limit of ${maxBytes} bytes (--max-bytes)`);
}

function readError(error: unknown): PagesiftError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PagesiftError('NOT_FOUND', 'no such file (or a symbolic link to nothing)');
  if (code === 'EISDIR') return new PagesiftError('IS_DIRECTORY', 'is a directory');
  if (code === 'EACCES' || code === 'EPERM') return new PagesiftError('UNREADABLE', 'permission denied');
  if (code === 'ELOOP') return new PagesiftError('UNREADABLE', 'symbolic link loop');
  return new PagesiftError('UNREADABLE', `cannot read: ${(error as Error).message}`);
}
