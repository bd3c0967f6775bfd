/**
 * Typed errors of the library. Each carries a stable `code` that the CLI maps to
 * an exit code (see cli/exit-codes.ts) and that batch reports record per page.
 */
export type ErrorCode =
  | 'EMPTY_INPUT' // nothing but whitespace
  | 'BINARY_INPUT' // an image, PDF, archive or other non-text bytes
  | 'INPUT_TOO_LARGE' // over --max-bytes
  | 'BAD_ENCODING' // bytes that cannot be decoded as any supported text encoding
  | 'NOT_FOUND' // the named file does not exist
  | 'IS_DIRECTORY' // a directory where a file was expected
  | 'UNREADABLE' // permission denied or another read error
  | 'INVALID_RESULT' // the extractor produced output the schema rejects (a bug)
  | 'WRITE_FAILED' // an output file could not be written (batch --out)
  | 'BAD_RECORD' // an NDJSON line that is not a {"id", "text"|"html"} record (extract --ndjson)
  | 'USAGE'; // a bad flag or argument

export class PagesiftError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PagesiftError';
    this.code = code;
  }
}

export function isPagesiftError(error: unknown): error is PagesiftError {
  return error instanceof PagesiftError;
}
