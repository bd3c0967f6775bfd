/**
 * The messages between the batch pool and its workers: a list of tasks one way, their outcomes in
 * the same order the other. Plain data: they cross a thread boundary.
 */
import type { ErrorCode } from '../errors.js';
import type { ExtractOptions } from '../pipeline.js';

/** What a page failed with: a library error code, or INTERNAL for a bug or a crashed worker. */
export type FailureCode = ErrorCode | 'INTERNAL';

export interface PageFailure {
  code: FailureCode;
  message: string;
}

/** The extract options a batch passes to every page (the name is the page's path). */
export type PageOptions = Omit<ExtractOptions, 'name' | 'maxBytes'> & { maxBytes: number };

export interface Task {
  path: string;
  /** Where to write the result; null to send the JSON back (NDJSON on stdout). */
  outPath: string | null;
  /** Skip the page when outPath exists and is newer than the page. */
  skipExisting: boolean;
  pretty: boolean;
  options: PageOptions;
}

export type Outcome =
  | {
      status: 'ok';
      bytes: number;
      /**
       * The page's whole NDJSON line (result-line.ts) as UTF-8 bytes in a Latin-1 string (asUtf8Bytes), when
       * the task had no outPath: built and encoded in the worker, copied to the main thread 1 byte per byte
       * and written as it is (the line itself, holding non-Latin-1 characters, is 2 bytes a char to copy
       * and must be encoded there; a transferred buffer is freed only at the main thread's rare collections).
       */
      line: string | null;
    }
  | { status: 'skipped'; bytes: 0 }
  | { status: 'failed'; bytes: number; error: PageFailure };
