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

/** A value as an error message shows it: JSON where it has one ("auto", 1.5, null), else its type (a function) or its name (NaN). */
export function shownValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? typeof value;
}

/** The values an error message says are expected, quoted: `"a" or "b"`, `"a", "b" or "c"`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export function isPagesiftError(error: unknown): error is PagesiftError {
  return error instanceof PagesiftError;
}
