/**
 * The article object of a page's JSON-LD: the first NewsArticle, Article,
 * BlogPosting (or another article type) at the top level, in an array, or in
 * an @graph, with @id references to authors and publishers resolved.
 */
import type { JsonLdArticle } from '../page-markup.js';
import { fragmentText } from './parse.js';

// schema.org's Article and its subtypes that news and blog pages use.
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'liveblogposting', 'techarticle', 'report',
  'satiricalarticle', 'socialmediaposting', 'scholarlyarticle',
]);
// Raw newlines and tabs inside strings are invalid JSON but common in hand-built JSON-LD.
const RAW_CONTROLS = /[\u0000-\u001F]+/g;
// JSON-LD sits in a <script>, where entities are not decoded, and sites often escape its strings as
// HTML ("&#8216;Title&#8217;", "&amp;", sometimes <em>): such a value is read as the text it shows.
const HTML_IN_STRING = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|<\/?[a-z]/i;
// Article objects nest (mainEntity, hasPart); deeper than this is not the page's own article.
const MAX_SEARCH_DEPTH = 4;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Parse one <script type="application/ld+json">; null when it is not valid JSON. */
export function parseJsonLd(source: string): Json | null {
  try {
    return JSON.parse(source) as Json;
  } catch {
    try {
      return JSON.parse(source.replace(RAW_CONTROLS, ' ')) as Json;
    } catch {
      return null;
    }
  }
}

/** The article described by the page's JSON-LD scripts, or null. */
export function jsonLdArticle(scripts: readonly Json[]): JsonLdArticle | null {
  const byId = new Map<string, JsonObject>();
  const candidates: JsonObject[] = [];
  for (const script of scripts) collect(script, 0, byId, candidates);
  const article = candidates.find((o) => typeof o.headline === 'string') ?? candidates[0];
  if (!article) return null;
  const resolve = (v: Json): Json => (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? byId.get(v['@id']) ?? v : v);
  const publisher = nameOf(resolve(article.publisher ?? null));
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: list(article.author ?? article.creator ?? null)
      .map(resolve)
      .flatMap((a) => {
        const name = nameOf(a);
        return name ? [{ name, organization: isObject(a) && types(a).includes('organization') || name === publisher }] : [];
      }),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    section: text(list(article.articleSection ?? null)[0] ?? null),
    publisher,
  };
}

function collect(v: Json, depth: number, byId: Map<string, JsonObject>, out: JsonObject[]): void {
  if (depth > MAX_SEARCH_DEPTH) return;
  if (Array.isArray(v)) {
    for (const item of v) collect(item, depth, byId, out);
    return;
  }
  if (!isObject(v)) return;
  if (typeof v['@id'] === 'string' && !byId.has(v['@id'])) byId.set(v['@id'], v);
  if (types(v).some((t) => ARTICLE_TYPES.has(t))) out.push(v);
  if (v['@graph']) collect(v['@graph'], depth + 1, byId, out);
  for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'author', 'publisher']) {
    if (isObject(v[key]) || Array.isArray(v[key])) collect(v[key], depth + 1, byId, out);
  }
}

function types(o: JsonObject): string[] {
  return list(o['@type'] ?? null).flatMap((t) => (typeof t === 'string' ? [t.toLowerCase()] : []));
}

function nameOf(v: Json): string | null {
  if (typeof v === 'string') return text(v);
  if (isObject(v)) return text(v.name ?? null);
  return null;
}

function text(v: Json): string | null {
  if (typeof v !== 'string') return null;
  const s = (HTML_IN_STRING.test(v) ? fragmentText(v) : v).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

function list(v: Json): Json[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
