/**
 * Title, byline, published date and section from the markup when the page
 * declares them (JSON-LD first, then <meta> tags and rel="author" links), from
 * the text classification otherwise, each with its provenance. A markup byline
 * that names nobody printed in the visible byline is kept, with a warning.
 */
import type { MarkupMetadata } from '../blocks/page-markup.js';
import type { Provenance } from '../validate/schema.js';
import { parseByline, type Byline } from './byline.js';

type Source = Provenance['title'];

interface Chosen<T> {
  value: T | null;
  source: Source;
}

export interface ChosenMetadata {
  title: string | null;
  byline: Byline | null;
  published: string | null;
  section: string | null;
  provenance: Provenance;
  warnings: string[];
}

/** From-the-text values: what classification found. */
export interface TextMetadata {
  title: string | null;
  byline: Byline | null;
  published: string | null;
  section: string | null;
  /** The first <h1> of the page, if any (HTML path). */
  h1: string | null;
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'sailthru.date'];
const SECTION_META = ['article:section', 'section', 'og:section'];
const TITLE_META = ['og:title', 'twitter:title'];
// What follows a headline in a <title>: a separator, then the site's name.
const SITE_SUFFIX = /^\s*[|–—:·•»-]\s*\S/;
// " | TheHill", " - CNN": a separator with spaces around it, then at most four words to the end.
const TRAILING_SITE_NAME = /\s+[|–—·•»]\s+(?:\S+\s?){1,4}$|\s+-\s+(?:\S+\s?){1,3}$/;
// A meta author that is a link or a handle is a profile, not a name.
const NOT_A_NAME = /^(?:https?:|www\.)|\/|@/i;
// ISO 8601 as sites print it in markup: fractions of a second and a colon-less offset are common.
const MARKUP_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

export function chooseMetadata(text: TextMetadata, markup: MarkupMetadata | null): ChosenMetadata {
  const warnings: string[] = [];
  if (!markup) {
    const src = <T>(v: T | null): Source => (v === null ? null : 'text');
    // Field by field: an object spread copies slowly, and would carry h1 along unread.
    const { title, byline, published, section } = text;
    return { title, byline, published, section, provenance: { title: src(title), byline: src(byline), published: src(published), section: src(section) }, warnings };
  }
  const { jsonLd, meta } = markup;
  const visibleTitle = text.title ?? text.h1;
  const title = first<string>(
    [withoutSiteName(jsonLd?.headline ?? null, visibleTitle), 'json-ld'],
    [withoutSiteName(firstMeta(meta, TITLE_META), visibleTitle), 'meta'],
    [visibleTitle, 'text'],
    [withoutSiteName(markup.documentTitle, visibleTitle), 'meta'],
  );
  const byline = first<Byline>(
    [bylineOf((jsonLd?.authors ?? []).filter((a) => !a.organization).map((a) => a.name)), 'json-ld'],
    [bylineOf(splitNames(meta.get('author'))), 'meta'],
    [bylineOf(unique(markup.relAuthors)), 'meta'],
    [text.byline, 'text'],
  );
  if (byline.source !== 'text' && byline.value && text.byline && !byline.value.authors.some((a) => text.byline!.raw.toLowerCase().includes(a.toLowerCase()))) {
    warnings.push(`byline: the page prints "${text.byline.raw}" but its ${byline.source === 'json-ld' ? 'JSON-LD' : 'meta tags'} name ${byline.value.authors.join(', ')}`);
  }
  const published = first<string>(
    [isoDate(jsonLd?.datePublished ?? null), 'json-ld'],
    [isoDate(firstMeta(meta, PUBLISHED_META)), 'meta'],
    [text.published, 'text'],
  );
  const section = first<string>(
    [jsonLd?.section ?? null, 'json-ld'],
    [firstMeta(meta, SECTION_META), 'meta'],
    [text.section, 'text'],
  );
  return {
    title: title.value,
    byline: byline.value,
    published: published.value,
    section: section.value,
    provenance: { title: title.source, byline: byline.source, published: published.source, section: section.source },
    warnings,
  };
}

/** The first candidate with a value, with its source; null/null when none has one. */
function first<T>(...candidates: Array<[T | null, NonNullable<Source>]>): Chosen<T> {
  for (const [value, source] of candidates) if (value !== null) return { value, source };
  return { value: null, source: null };
}

/** "Headline | TheHill" -> "Headline" when the page prints the headline alone, or when the rest is short enough to be a site name. */
function withoutSiteName(title: string | null, visible: string | null): string | null {
  if (title === null) return null;
  if (visible && title !== visible && title.startsWith(visible) && SITE_SUFFIX.test(title.slice(visible.length))) return visible;
  const m = TRAILING_SITE_NAME.exec(title);
  return m ? title.slice(0, m.index) : title;
}

function firstMeta(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}

function bylineOf(names: readonly string[]): Byline | null {
  const clean = names.filter((n) => !NOT_A_NAME.test(n));
  if (clean.length === 0) return null;
  // Markup lists one name per entry: read each on its own, so a comma between two people is not taken for "Name, Place".
  const parts = clean.map((name) => parseByline(name, null));
  const authors = parts.flatMap((p) => p.authors);
  const agency = parts.find((p) => p.agency)?.agency ?? null;
  return authors.length > 0 || agency ? { raw: clean.join(', '), authors, agency } : null;
}

// Letters after a name ("Ilana Muhlstein, MS, RDN", "Jane Doe, Ph.D.", "Sam Lee, Jr."): qualifications
// and suffixes of the name before them, not more authors.
const POST_NOMINAL = /^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|[JS]r\.?|I{2,3}|(?:[A-Z]\.){2,4})$/;

function splitNames(value: string | undefined): string[] {
  return value ? value.split(/\s*[,;]\s*|\s+and\s+/).filter((part) => part !== '' && !POST_NOMINAL.test(part)) : [];
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** A markup date as the contract prints it (schema.ts), or null when it is not ISO 8601. */
export function isoDate(value: string | null): string | null {
  const m = value ? MARKUP_DATE.exec(value.trim()) : null;
  if (!m) return null;
  if (!m[2]) return m[1];
  const zone = m[4] ? (m[4] === 'Z' ? 'Z' : `${m[4].slice(0, 3)}:${m[4].slice(-2)}`) : '';
  return `${m[1]}T${m[2]}${m[3] ?? ''}${zone}`;
}

