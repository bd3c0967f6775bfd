/**
 * The schema's verdict without zod's copy, for results as assemble builds them. True only when every
 * object has exactly the schema's keys (schema.ts), in the schema's order, and every value passes its
 * field's check. zod's parse of such a result succeeds and returns a deep copy equal to it, key order
 * included (zod builds each object from the schema's keys, in order, and keeps only those), so validate
 * may return the result itself. Anything else answers false and zod decides, as before: an optional key
 * out of the schema's order, a key the schema does not know, a value that fails a check.
 * tests/validate/conforms.test.ts pins the schema this mirrors, so a change to schema.ts fails there first.
 */
import { PLATFORMS, SCHEMA_VERSION, SOURCES, FORMATS, PUBLISHED } from './schema.js';

// Each object's keys in the schema's order (the order of its shape in schema.ts).
const RESULT = ['schemaVersion', 'source', 'article', 'socialQuotes', 'imageCredits', 'related', 'warnings'];
const RESULT_WITH_BOILERPLATE = ['schemaVersion', 'source', 'article', 'socialQuotes', 'imageCredits', 'related', 'boilerplate', 'warnings'];
const SOURCE = ['name', 'format', 'bytes'];
const ARTICLE = ['title', 'section', 'byline', 'published', 'body', 'provenance'];
const BYLINE = ['raw', 'authors', 'agency'];
const PROVENANCE = ['title', 'byline', 'published', 'section'];
const SOCIAL_QUOTE = ['platform', 'speaker', 'handle', 'text', 'paragraph'];
const IMAGE_CREDIT = ['text', 'credit'];
const RELATED_ITEM = ['title', 'summary'];
const BOILERPLATE_LINE = ['line', 'text', 'rule'];

type Fields = Record<string, unknown>;

export function conforms(result: unknown): boolean {
  if (!isObject(result)) return false;
  const r = result as Fields;
  if (!hasKeys(r, 'boilerplate' in r ? RESULT_WITH_BOILERPLATE : RESULT)) return false;
  return (
    r.schemaVersion === SCHEMA_VERSION &&
    isSource(r.source) &&
    isArticle(r.article) &&
    everyOne(r.socialQuotes, isSocialQuote) &&
    everyOne(r.imageCredits, isImageCredit) &&
    everyOne(r.related, isRelatedItem) &&
    (!('boilerplate' in r) || r.boilerplate === undefined || everyOne(r.boilerplate, isBoilerplateLine)) &&
    isStrings(r.warnings)
  );
}

function isSource(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, SOURCE)) return false;
  const s = v as Fields;
  return isNullableString(s.name) && FORMATS.includes(s.format as never) && isCount(s.bytes);
}

function isArticle(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, ARTICLE)) return false;
  const a = v as Fields;
  return (
    isNullableString(a.title) &&
    isNullableString(a.section) &&
    (a.byline === null || isByline(a.byline)) &&
    (a.published === null || (typeof a.published === 'string' && PUBLISHED.test(a.published))) &&
    isStrings(a.body) &&
    isProvenance(a.provenance)
  );
}

function isByline(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, BYLINE)) return false;
  const b = v as Fields;
  return typeof b.raw === 'string' && isStrings(b.authors) && isNullableString(b.agency);
}

function isProvenance(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, PROVENANCE)) return false;
  const p = v as Fields;
  return isProvenanceSource(p.title) && isProvenanceSource(p.byline) && isProvenanceSource(p.published) && isProvenanceSource(p.section);
}

/** A provenance value: null or one of the sources. */
function isProvenanceSource(v: unknown): boolean {
  return v === null || SOURCES.includes(v as never);
}

function isSocialQuote(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, SOCIAL_QUOTE)) return false;
  const q = v as Fields;
  return PLATFORMS.includes(q.platform as never) && isNullableString(q.speaker) && isNullableString(q.handle) && isNonEmptyString(q.text) && isCount(q.paragraph);
}

function isImageCredit(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, IMAGE_CREDIT)) return false;
  const c = v as Fields;
  return typeof c.text === 'string' && isNonEmptyString(c.credit);
}

function isRelatedItem(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, RELATED_ITEM)) return false;
  const i = v as Fields;
  return isNonEmptyString(i.title) && isNullableString(i.summary);
}

function isBoilerplateLine(v: unknown): boolean {
  if (!isObject(v) || !hasKeys(v, BOILERPLATE_LINE)) return false;
  const l = v as Fields;
  return isNumber(l.line) && typeof l.text === 'string' && typeof l.rule === 'string';
}

/** zod's object test: an object that is not null and not an array. */
function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether the object's enumerable keys are exactly `keys`, in that order. */
function hasKeys(v: object, keys: readonly string[]): boolean {
  let k = 0;
  for (const key in v) if (key !== keys[k++]) return false;
  return k === keys.length;
}

function everyOne(v: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!test(v[i])) return false;
  return true;
}

function isStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

function isNullableString(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

/** z.string().check(z.minLength(1)), which counts code points: one code unit is one code point, so any code unit will do. */
function isNonEmptyString(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1;
}

/** z.number(): finite, not NaN. */
function isNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}

/** z.number().check(z.int(), z.nonnegative()): a safe integer, at least 0. */
function isCount(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}
