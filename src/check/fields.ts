/**
 * The fields `check` compares, in report order, and where each lives in a
 * result. `source.name` is left out on purpose: it says where the page came
 * from, not what was extracted, and expected files store it as null.
 */
import type { Result } from '../validate/schema.js';

export const FIELDS = [
  'source',
  'title',
  'section',
  'byline',
  'published',
  'body',
  'socialQuotes',
  'imageCredits',
  'related',
  'boilerplate',
  'warnings',
] as const;

export type Field = (typeof FIELDS)[number];

const pick: Record<Field, (r: Result) => unknown> = {
  source: (r) => ({ format: r.source.format, bytes: r.source.bytes }),
  title: (r) => r.article.title,
  section: (r) => r.article.section,
  byline: (r) => r.article.byline,
  published: (r) => r.article.published,
  body: (r) => r.article.body,
  socialQuotes: (r) => r.socialQuotes,
  imageCredits: (r) => r.imageCredits,
  related: (r) => r.related,
  boilerplate: (r) => r.boilerplate,
  warnings: (r) => r.warnings,
};

export function fieldValue(result: Result, field: Field): unknown {
  return pick[field](result);
}

export function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}
