import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CORPUS_DIR } from '../../eval/corpus.js';
import { extract } from '../../src/pipeline.js';
import { ResultSchema } from '../../src/validate/schema.js';
import { COMPILE_AFTER_RESULTS, resultSchema, validate } from '../../src/validate/validate.js';

const root = join(import.meta.dirname, '..', '..');

/** Every corpus page (text and HTML, when ../shared/corpus is there) and fixture input, as a result, with and without boilerplate. */
function results(): unknown[] {
  const files: string[] = [];
  const pages = join(CORPUS_DIR, 'pages');
  if (existsSync(pages)) for (const f of readdirSync(pages)) files.push(join(pages, f));
  const fixtures = join(root, 'fixtures');
  for (const d of readdirSync(fixtures)) for (const f of readdirSync(join(fixtures, d))) if (f.startsWith('input')) files.push(join(fixtures, d, f));
  return files.flatMap((f) => {
    const input = readFileSync(f);
    return [extract(input, { name: f }), extract(input, { name: f, includeBoilerplate: true })];
  });
}

/** Values the schema must reject (or strip), each made from a valid result by one change. */
function broken(valid: Record<string, any>): unknown[] {
  const copies: Array<(r: any) => void> = [
    (r) => (r.schemaVersion = 2),
    (r) => delete r.schemaVersion,
    (r) => (r.source.bytes = -1),
    (r) => (r.source.bytes = 1.5),
    (r) => (r.source.bytes = Number.NaN),
    (r) => (r.source.format = 'pdf'),
    (r) => (r.source.name = 3),
    (r) => (r.article = null),
    (r) => (r.article.published = '22 Jan 2026'),
    (r) => (r.article.published = '2026-01-22T10:00+0530'),
    (r) => (r.article.body = [1]),
    (r) => (r.article.body = 'text'),
    (r) => (r.article.byline = { raw: 'By Jane', authors: ['Jane'] }),
    (r) => (r.article.provenance.title = 'html'),
    (r) => (r.socialQuotes = [{ platform: 'myspace', speaker: null, handle: null, text: 'a', paragraph: 0 }]),
    (r) => (r.socialQuotes = [{ platform: 'x', speaker: null, handle: null, text: '', paragraph: 0 }]),
    (r) => (r.socialQuotes = [{ platform: 'x', speaker: null, handle: null, text: 'a', paragraph: -1 }]),
    (r) => (r.socialQuotes = [{ platform: 'x', speaker: null, handle: null, text: 'a', paragraph: 0.5 }]),
    (r) => (r.imageCredits = [{ text: 'Photo', credit: '' }]),
    (r) => (r.related = [{ title: '', summary: null }]),
    (r) => (r.related = [{ title: 'A story', summary: undefined }]),
    (r) => (r.boilerplate = [{ line: '1', text: 'Share', rule: 'cue.share' }]),
    (r) => (r.boilerplate = undefined),
    (r) => (r.warnings = null),
    (r) => (r.extra = 'stripped'),
    (r) => (r.article.extra = 'stripped'),
    (r) => (r.socialQuotes = [{ platform: 'x', speaker: null, handle: null, text: 'a', paragraph: 0, extra: 1 }]),
  ];
  return copies.map((change) => {
    const copy = structuredClone(valid);
    change(copy);
    return copy;
  });
}

/** What a parse gives, as the CLI would print it: the data's JSON with its key order, or the issues. */
function outcome(schema: typeof ResultSchema, value: unknown): string {
  const parsed = schema.safeParse(value);
  return parsed.success ? `ok ${JSON.stringify(parsed.data)}` : `issues ${JSON.stringify(parsed.error.issues)}`;
}

describe('validate', () => {
  const all = results();
  const compiled = z.compile(ResultSchema, { strict: true });

  it('should give every result the same output with the compiled schema as with the runtime parser', () => {
    for (const r of all) expect(outcome(compiled, r)).toBe(outcome(ResultSchema, r));
  });

  it('should accept and reject the same values with the compiled schema as with the runtime parser', () => {
    for (const r of all.slice(0, 12)) for (const value of broken(r as Record<string, any>)) expect(outcome(compiled, value)).toBe(outcome(ResultSchema, value));
  });

  it('should switch to the compiled schema after COMPILE_AFTER_RESULTS results, with the same output', () => {
    const r = all[0];
    const before = JSON.stringify(validate(r));
    for (let i = 0; i <= COMPILE_AFTER_RESULTS; i++) validate(r);
    expect(resultSchema()).not.toBe(ResultSchema);
    expect(JSON.stringify(validate(r))).toBe(before);
    expect(() => validate({ ...(r as object), schemaVersion: 2 })).toThrow(/result fails the schema at schemaVersion/);
  });
});
