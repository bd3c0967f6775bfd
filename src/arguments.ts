/**
 * What extract() is given, and its check where a call comes in. The CLI's flags and files reach extract()
 * already checked (commander's choices, parse-size.ts, read-input.ts), but a JavaScript caller's arguments
 * reach it as given: null failed with "Cannot read properties of null", an ArrayBuffer with Node's
 * ERR_INVALID_ARG_TYPE about a "source" argument; an `input` option of "auto" failed the result schema and
 * was reported as a bug (INVALID_RESULT), an unknown `encoding` threw iconv-lite's own error without a code,
 * and a `maxBytes` of "10MB" set no limit at all. Each is now a USAGE error that says what was expected.
 */
import { ENCODINGS, type Encoding } from './decode/decode.js';
import { INPUT_FORMATS, type InputFormat } from './decode/detect-format.js';
import { oneOf, PagesiftError, shownValue } from './errors.js';

export interface ExtractOptions {
  /** Shown as source.name (a file name or record id). */
  name?: string | null;
  /** Force the input format instead of sniffing it. */
  input?: InputFormat;
  /** Force the encoding of byte input instead of sniffing it. */
  encoding?: Encoding;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** Add the blocks judged boilerplate to the result. */
  includeBoilerplate?: boolean;
}

/**
 * What each option accepts, and says it expects when it does not. By hand, not a zod schema: parsing the options
 * with zod/mini in every extract() made the text path 1.02–1.03x its time (per-page minima, both builds in one
 * process, each order), far more than the parse's 0.3 µs alone (likely zod's parser code then running on two
 * schemas where it ran on the result's only); these checks read 0.99–1.015x.
 */
const OPTIONS: { readonly [K in keyof ExtractOptions]-?: { expected: string; accepts: (value: unknown) => boolean } } = {
  name: { expected: 'a string or null', accepts: (value) => value === null || typeof value === 'string' },
  input: { expected: oneOf(INPUT_FORMATS), accepts: (value) => (INPUT_FORMATS as readonly unknown[]).includes(value) },
  encoding: { expected: ENCODINGS.map((name) => `"${name}"`).join(', '), accepts: (value) => (ENCODINGS as readonly unknown[]).includes(value) },
  // Infinity: no limit, as before the check.
  maxBytes: { expected: 'a whole number of bytes above 0, or Infinity', accepts: (value) => value === Infinity || (Number.isInteger(value) && (value as number) > 0) },
  includeBoilerplate: { expected: 'true or false', accepts: (value) => typeof value === 'boolean' },
};

/** That `input` is a page extract() reads: a string, or its bytes as a Uint8Array (a Buffer is one); else a USAGE error. */
export function checkInput(input: unknown): asserts input is string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return;
  throw new PagesiftError('USAGE', `extract() reads a string or a Uint8Array of bytes, got ${kindOf(input)}`);
}

/** What a wrong input is, for its error; for an ArrayBuffer, how to pass its bytes. */
function kindOf(input: unknown): string {
  if (input instanceof ArrayBuffer) return 'an ArrayBuffer (pass new Uint8Array(buffer))';
  if (ArrayBuffer.isView(input)) return `a ${input.constructor.name}`;
  if (typeof input === 'object' && input !== null) return `an object (${input.constructor?.name ?? 'no prototype'})`;
  return shownValue(input);
}

/**
 * That `options` are ExtractOptions; else a USAGE error naming the first bad option. An option given as undefined
 * counts as absent (the CLI passes a flag it was not given so). A key that is no option is refused: a misspelt one
 * ("inputFormat") would otherwise leave the format to sniffing without a word.
 */
export function checkOptions(options: unknown): asserts options is ExtractOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new PagesiftError('USAGE', `extract() options must be an object, got ${shownValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    const option = Object.hasOwn(OPTIONS, key) ? OPTIONS[key as keyof ExtractOptions] : undefined;
    if (option === undefined) {
      throw new PagesiftError('USAGE', `unknown extract() option ${JSON.stringify(key)} (known: ${Object.keys(OPTIONS).join(', ')})`);
    }
    if (value !== undefined && !option.accepts(value)) {
      throw new PagesiftError('USAGE', `invalid extract() options.${key}: expected ${option.expected}, got ${shownValue(value)}`);
    }
  }
}
