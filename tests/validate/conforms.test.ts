/** validate's fast path (conforms.ts) against zod's parse: it may say yes only where zod returns a copy equal to its input. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../eval/corpus.js';
import { extract } from '../../src/pipeline.js';
import { conforms } from '../../src/validate/conforms.js';
import { resultJsonSchema } from '../../src/validate/json-schema.js';
import { ResultSchema } from '../../src/validate/schema.js';

const root = join(import.meta.dirname, '..', '..');

/** The results of the fixtures and, when it is there, the corpus; every fifth with its boilerplate lines. */
function results(): unknown[] {
  const files: string[] = [];
  const pages = join(CORPUS_DIR, 'pages');
  if (existsSync(pages)) for (const f of readdirSync(pages)) files.push(join(pages, f));
  const fixtures = join(root, 'fixtures');
  for (const d of readdirSync(fixtures)) for (const f of readdirSync(join(fixtures, d))) if (f.startsWith('input')) files.push(join(fixtures, d, f));
  return files.map((f, k) => extract(readFileSync(f), { name: f, includeBoilerplate: k % 5 === 0 }));
}

/** Whether zod's parse of `value` succeeds and gives back a copy equal to it, key order included. */
function zodKeeps(value: unknown): boolean {
  const parsed = ResultSchema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value) && JSON.stringify(parsed.data) === JSON.stringify(value);
}

// Values of the kinds the schema tells apart, put in place of each value of a result in turn.
const ODD_VALUES: unknown[] = [
  ...[undefined, null, true, 0, -0, -1, 1, 1.5, 2 ** 53, NaN, Infinity],
  ...['', 'x', '\ud800', 'text', 'html', 'meta', 'json-ld', 'instagram', '2019-11-18', '2019-11-18T10:00Z', '2019-11-18T10:00:00+05:30', '18 Nov 2019'],
  ...[[], ['x'], [1], [null], new Array(1), {}, { x: 1 }],
];

/** Copies of `value` with one change: a value anywhere in it replaced by an odd one, a key dropped, moved last or added, an item added or dropped. */
function* variants(value: unknown): Generator<unknown> {
  yield* ODD_VALUES;
  if (Array.isArray(value)) {
    yield [...value, value[0]];
    yield value.slice(1);
    for (let i = 0; i < Math.min(value.length, 2); i++) for (const v of variants(value[i])) yield value.map((x, k) => (k === i ? v : x));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const { [key]: kept, ...rest } = value as Record<string, unknown>;
      yield rest;
      yield { ...rest, [key]: kept };
      for (const v of variants(kept)) yield { ...value, [key]: v };
    }
    yield { ...value, extra: 1 };
  }
}

describe('conforms', () => {
  const all = results();

  it('should mirror the schema it was written for (after a change to schema.ts: revisit conforms.ts, then rewrite result-schema.json with `pagesift schema`)', () => {
    const pinned: unknown = JSON.parse(readFileSync(join(import.meta.dirname, 'result-schema.json'), 'utf8'));
    expect(resultJsonSchema()).toEqual(pinned);
  });

  it('should accept every result the pipeline gives, each one zod keeps as it is', () => {
    for (const r of all) {
      expect(zodKeeps(r)).toBe(true);
      expect(conforms(r)).toBe(true);
    }
  });

  it('should accept nothing zod rejects or changes, with any value of a result replaced, any key dropped, moved or added', () => {
    let tried = 0;
    let accepted = 0;
    for (const r of all.slice(0, 40)) {
      for (const v of variants(r)) {
        tried++;
        if (!conforms(v)) continue;
        accepted++;
        expect(zodKeeps(v)).toBe(true);
      }
    }
    // Some variants are results zod keeps (a nullable field set to null, a string to another string): the test has teeth both ways.
    expect(accepted).toBeGreaterThan(100);
    expect(tried - accepted).toBeGreaterThan(1000);
  });

  it('should leave to zod boilerplate lines that stand after the warnings', () => {
    const r = all.find((x) => 'boilerplate' in (x as object)) as Record<string, unknown>;
    const { boilerplate, ...rest } = r;
    expect(conforms({ ...rest, boilerplate })).toBe(false);
    expect(conforms(r)).toBe(true);
  });
});
