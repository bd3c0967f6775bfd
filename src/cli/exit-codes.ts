/**
 * Exit codes of `pagesift extract` and `pagesift schema`, from BSD sysexits so
 * they never collide with the per-command codes of batch (2 = some pages
 * failed) and check (1 = some fixtures fail, 2 = fixtures broken).
 */
import type { ErrorCode } from '../errors.js';

export const EXIT = {
  OK: 0,
  /** batch: the run went through but some pages failed (see --report). */
  SOME_PAGES_FAILED: 2,
  /** A bad flag or argument, or no input given on a terminal. */
  USAGE: 64,
  /** The input was read but cannot be used: empty, binary, too large, undecodable. */
  DATA: 65,
  /** The input cannot be opened: missing, a directory, no permission. */
  NO_INPUT: 66,
  /** A bug in pagesift: the result failed its own schema, or an unexpected exception. */
  SOFTWARE: 70,
  /** Output could not be written (other than a closed pipe, which exits quietly with 0). */
  IO: 74,
  /** Interrupted by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
  INTERRUPTED: 130,
  /** batch stopped by SIGTERM: 128 + 15. */
  TERMINATED: 143,
} as const;

/** Exit codes of `pagesift check`: what a CI job needs to tell apart. Usage and I/O errors keep the codes above. */
export const CHECK_EXIT = {
  /** Every fixture passes (or was rewritten by --update). */
  PASS: 0,
  /** Some fixture's extraction differs from its expected file. */
  FAIL: 1,
  /** Some fixture cannot be checked (no input, expected file missing, not JSON, off-schema), or there are none; wins over FAIL. */
  BROKEN: 2,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'USAGE':
      return EXIT.USAGE;
    case 'EMPTY_INPUT':
    case 'BINARY_INPUT':
    case 'INPUT_TOO_LARGE':
    case 'BAD_ENCODING':
    case 'BAD_RECORD':
      return EXIT.DATA;
    case 'NOT_FOUND':
    case 'IS_DIRECTORY':
    case 'UNREADABLE':
      return EXIT.NO_INPUT;
    case 'INVALID_RESULT':
      return EXIT.SOFTWARE;
    case 'WRITE_FAILED':
      return EXIT.IO;
  }
}
