/**
 * The library's options, and their check where a call comes in. The CLI's flags reach extract() already
 * checked (commander's choices, parse-size.ts), but a JavaScript caller's options reach it as given: an
 * `input` of "auto" failed the result schema and was reported as a bug (INVALID_RESULT), an unknown
 * `encoding` threw iconv-lite's own error without a code, and a `maxBytes` of "10MB" set no limit at all.
 */
import * as z from 'zod/mini';
import { ENCODINGS, type Encoding } from './decode/decode.js';
import type { InputFormat } from './decode/detect-format.js';
import { PagesiftError } from './errors.js';

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
 * ExtractOptions as a schema. Strict: a misspelt key ("inputFormat") is refused rather than ignored, so a
 * caller does not get a sniffed format it thought it had forced. The assignment checks that the schema
 * accepts what the interface allows.
 */
const ExtractOptionsSchema: z.ZodMiniType<ExtractOptions> = z.strictObject({
  name: z.optional(z.nullable(z.string())),
  input: z.optional(z.enum(['text', 'html'])),
  encoding: z.optional(z.enum(ENCODINGS)),
  // Infinity: no limit, as before the check.
  maxBytes: z.optional(z.union([z.number().check(z.int(), z.positive()), z.literal(Infinity)])),
  includeBoilerplate: z.optional(z.boolean()),
});

/** What each option must be, for the error: zod/mini's own messages are all "Invalid input" (it ships no locale). */
const EXPECTED: Record<keyof ExtractOptions, string> = {
  name: 'a string or null',
  input: '"text" or "html"',
  encoding: ENCODINGS.map((name) => `"${name}"`).join(', '),
  maxBytes: 'a whole number of bytes above 0, or Infinity',
  includeBoilerplate: 'true or false',
};

/** `options` if they are ExtractOptions (absent is {}); else a USAGE error naming the first bad option. */
export function checkOptions(options: unknown): ExtractOptions {
  const parsed = ExtractOptionsSchema.safeParse(options);
  // The caller's own object, not the parse's copy of it: the same values, one object less a page.
  if (parsed.success) return options as ExtractOptions;
  throw new PagesiftError('USAGE', problem(options, parsed.error.issues[0]));
}

function problem(options: unknown, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown extract() option ${issue.keys.map((key) => `"${key}"`).join(', ')} (known: ${Object.keys(EXPECTED).join(', ')})`;
  }
  const key = issue.path[0];
  if (typeof key !== 'string' || !(key in EXPECTED)) return `extract() options must be an object, got ${shown(options)}`;
  return `invalid extract() options.${key}: expected ${EXPECTED[key as keyof ExtractOptions]}, got ${shown((options as Record<string, unknown>)[key])}`;
}

/** A value as the error shows it: JSON where it has one ("auto", 1.5, null), else its type. */
function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? typeof value;
}
