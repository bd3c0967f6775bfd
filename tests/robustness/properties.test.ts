/**
 * Properties of extract() over generated input (fast-check):
 *   1. it returns a result that passes the schema, or throws a PagesiftError with a code that
 *      input may cause: EMPTY_INPUT for text that is blank once normalised; for bytes also
 *      BINARY_INPUT. Nothing else, never a plain Error.
 *   2. it never invents text: every string it copies from the page occurs in the normalised page.
 *   3. it is deterministic: the same input gives byte-identical JSON, whatever ran before.
 * A failure prints the seed and the shrunk input; replay with fc.assert(..., { seed, path }).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeDocument, normalizeLine } from '../../src/decode/normalize.js';
import { PagesiftError, type ErrorCode } from '../../src/errors.js';
import { extract } from '../../src/pipeline.js';
import { ResultSchema, type Result } from '../../src/validate/schema.js';
import { pageLike } from './page-arbitrary.js';

// Runs per property: enough to meet every line kind of page-arbitrary.ts many times over,
// few enough that the robustness suite stays under ~20 s on two cores.
const RUNS = { strings: 1500, codeUnits: 1500, pages: 800, bytes: 1500, encodedPages: 300, htmlPages: 300, determinism: 400 } as const;

/** The outcome of one extraction: a result, or the code of the PagesiftError it threw. */
function attempt(input: string | Uint8Array): Result | ErrorCode {
  try {
    return extract(input);
  } catch (error) {
    if (error instanceof PagesiftError) return error.code;
    throw error;
  }
}

/** The page as the extractor sees it: normalised, each line with space runs collapsed and trimmed. */
function haystack(page: string): string {
  return normalizeDocument(page.replace(/^\uFEFF/, '')).split('\n').map(normalizeLine).join('\n');
}

/** Every string of the result that is copied from the page. */
function copiedStrings(r: Result): string[] {
  const strings = [
    r.article.title,
    r.article.section,
    r.article.byline?.raw ?? null,
    ...r.article.body,
    ...r.socialQuotes.map((q) => q.text),
    ...r.imageCredits.flatMap((c) => [c.text, c.credit]),
    ...r.related.flatMap((item) => [item.title, item.summary]),
  ];
  return strings.filter((s): s is string => s !== null);
}

function checkStringInput(page: string): void {
  const outcome = attempt(page);
  if (typeof outcome === 'string') {
    expect(outcome).toBe('EMPTY_INPUT');
    expect(haystack(page).trim()).toBe('');
    return;
  }
  expect(ResultSchema.safeParse(outcome).success).toBe(true);
  const hay = haystack(page);
  for (const s of copiedStrings(outcome)) expect(hay).toContain(s);
}

// A unit of UTF-16, lone surrogates included: strings from the web are not always well formed.
const codeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

describe('extract on generated input', () => {
  it('should answer any Unicode string with a valid result or EMPTY_INPUT, copying only page text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), checkStringInput), { numRuns: RUNS.strings });
  });

  it('should answer any string of UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(codeUnitString, checkStringInput), { numRuns: RUNS.codeUnits });
  });

  it('should answer page-like dumps with a valid result, copying only page text', () => {
    fc.assert(fc.property(pageLike, checkStringInput), { numRuns: RUNS.pages });
  });

  it('should answer any bytes with a valid result, EMPTY_INPUT or BINARY_INPUT', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const outcome = attempt(bytes);
        if (typeof outcome === 'string') expect(['EMPTY_INPUT', 'BINARY_INPUT']).toContain(outcome);
        else expect(ResultSchema.safeParse(outcome).success).toBe(true);
      }),
      { numRuns: RUNS.bytes },
    );
  });

  it('should read page-like dumps in any supported encoding, damaged or not, as valid results', () => {
    const encoded = fc
      .tuple(pageLike, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }))
      .map(([page, encoding, bom, damage]) => {
        const bytes = Buffer.from(iconv.encode(page, encoding, { addBOM: bom }));
        for (const [at, value] of damage) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(
      fc.property(encoded, (bytes) => {
        const outcome = attempt(bytes);
        if (typeof outcome === 'string') expect(['EMPTY_INPUT', 'BINARY_INPUT']).toContain(outcome);
        else expect(ResultSchema.safeParse(outcome).success).toBe(true);
      }),
      { numRuns: RUNS.encodedPages },
    );
  });

  it('should read page-like dumps wrapped in (sometimes broken) HTML as valid results', () => {
    const tags = fc.constantFrom('p', 'div', 'li', 'h1', 'h2', 'blockquote', 'figcaption', 'a', 'span', 'script', 'style', 'nav', 'footer', 'article');
    const html = fc
      .tuple(pageLike, fc.array(tags, { minLength: 1, maxLength: 60 }), fc.boolean())
      .map(([page, names, close]) => {
        const lines = page.split('\n');
        const body = lines.map((line, i) => `<${names[i % names.length]}>${line}${close ? `</${names[i % names.length]}>` : ''}`).join('\n');
        return `<!doctype html><html><head><title>${lines[0]}</title></head><body>${body}</body></html>`;
      });
    fc.assert(
      fc.property(html, (page) => {
        const outcome = attempt(page);
        if (typeof outcome === 'string') expect(outcome).toBe('EMPTY_INPUT');
        else expect(ResultSchema.safeParse(outcome).success).toBe(true);
      }),
      { numRuns: RUNS.htmlPages },
    );
  });

  it('should give byte-identical JSON for the same input, whatever was extracted in between', () => {
    fc.assert(
      fc.property(pageLike, pageLike, (page, other) => {
        const first = attempt(page);
        attempt(other);
        expect(JSON.stringify(attempt(page))).toBe(JSON.stringify(first));
      }),
      { numRuns: RUNS.determinism },
    );
  });
});
