/**
 * Silver labels for the corpus pages' header parts, read from each page's HTML
 * markup and kept only where the visible text dump confirms them. The benchmark's
 * gold has only the article body; this measures title, date and authors on 181
 * real pages pagesift's rules were not written for (the fixtures are hand-labelled
 * but few). Silver, not gold: a page whose markup says nothing usable is skipped.
 *  - title: the first of JSON-LD headline, og:title, <h1>, <title> (before " | " / " - ")
 *    printed as a whole line of the dump;
 *  - published: JSON-LD datePublished or article:published_time, as a day (a day either
 *    side is accepted: the markup is often UTC, the page prints local time);
 *  - authors: JSON-LD / meta author names of two to four words that the dump prints;
 *  - section: JSON-LD articleSection or article:section, printed as a line just above the title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { corpusPages } from './corpus.js';
import type { Article } from './corpus-scores.js';

export interface SilverPage {
  id: string;
  title: string | null;
  published: string | null;
  authors: string[] | null;
  /** Only where the dump prints it as a line of its own within a few lines above the silver title. */
  section?: string | null;
}

export interface SilverScore {
  id: string;
  title: boolean | null;
  published: boolean | null;
  authors: boolean | null;
  section: boolean | null;
  got: { title: string | null; published: string | null; authors: string[]; section: string | null };
  silver: SilverPage;
}

const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
const DAY_MS = 86_400_000;
// A section label stands just above the headline.
const SECTION_REACH = 4;

export function silverLabels(html: string, dump: string): SilverPage & { id: '' } {
  const $ = load(html);
  const lines = new Set(dump.split('\n').map(key).filter(Boolean));
  const ld = jsonLd($('script[type="application/ld+json"]').map((_, el) => $(el).text()).get());
  const decode = (s: string | undefined) => (s ? load(`<p>${s}</p>`)('p').text().trim() : '');
  // The headline the page declares first: an <h1> is sometimes the site's logo.
  const titleCandidates = [
    typeof ld?.headline === 'string' ? ld.headline : undefined,
    $('meta[property="og:title"]').attr('content'),
    ...$('h1').map((_, el) => $(el).text()).get(),
    $('title').first().text().split(/\s+[|–—-]\s+/)[0],
  ].map(decode).filter((t) => t.length > 0);
  const title = titleCandidates.find((t) => lines.has(key(t))) ?? null;
  const dateText = (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ?? $('meta[property="article:published_time"]').attr('content');
  const date = dateText && /^(?:19|20)\d\d-\d\d-\d\d/.test(dateText) ? dateText.slice(0, 10) : null;
  const dumpKey = ` ${key(dump)} `;
  const names = [...authorNames(ld), ...($('meta[name="author"]').attr('content') ?? '').split(/\s*(?:,|&|\band\b)\s*/).filter((n) => !ORGANISATION.test(n))]
    .map(decode)
    .filter((n) => {
      const words = key(n).split(' ').length;
      return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS && dumpKey.includes(` ${key(n)} `);
    });
  const authors = names.length ? [...new Set(names.map(key))] : null;
  const sectionText = decode((typeof ld?.articleSection === 'string' ? ld.articleSection : Array.isArray(ld?.articleSection) ? String(ld.articleSection[0]) : undefined) ?? $('meta[property="article:section"]').attr('content'));
  const dumpLines = dump.split('\n').map(key).filter(Boolean);
  const titleAt = title ? dumpLines.indexOf(key(title)) : -1;
  const section = sectionText && titleAt > 0 && dumpLines.slice(Math.max(0, titleAt - SECTION_REACH), titleAt).includes(key(sectionText)) ? sectionText : null;
  return { id: '', title, published: date, authors, section };
}

/** Where the labels are kept: reading 181 pages' HTML with cheerio takes longer than the whole eval. */
export const SILVER_LABELS = join(import.meta.dirname, 'silver-labels.json');

/** Silver labels of every corpus page, from the HTML (npm run eval:silver-labels writes them to SILVER_LABELS). */
export function makeSilverLabels(): SilverPage[] {
  return corpusPages().map((page) => ({ ...silverLabels(readFileSync(page.htmlPath, 'utf8'), readFileSync(page.textPath, 'utf8')), id: page.id }));
}

/** The text path's header parts against the silver labels; `articles` are the text path's results by page id (scoreCorpus). */
export function scoreSilver(articles: ReadonlyMap<string, Article | null>): SilverScore[] {
  const labels = new Map((JSON.parse(readFileSync(SILVER_LABELS, 'utf8')) as SilverPage[]).map((l) => [l.id, l]));
  return corpusPages().flatMap((page) => {
    const silver = labels.get(page.id);
    const article = articles.get(page.id);
    if (!silver || !article) return [];
    const got = { title: article.title, published: article.published, authors: article.byline?.authors ?? [], section: article.section };
    const gotAuthors = [...new Set(got.authors.map(key))].sort();
    return [{
      id: page.id,
      title: silver.title === null ? null : got.title !== null && key(got.title) === key(silver.title),
      published: silver.published === null ? null : got.published !== null && Math.abs(Date.parse(got.published.slice(0, 10)) - Date.parse(silver.published)) <= DAY_MS,
      authors: silver.authors === null ? null : gotAuthors.join('|') === [...silver.authors].sort().join('|'),
      section: silver.section == null ? null : got.section !== null && key(got.section) === key(silver.section),
      got,
      silver,
    }];
  });
}

export function summariseSilver(scores: readonly SilverScore[]): Record<'title' | 'published' | 'authors' | 'section', { right: number; pages: number }> {
  const part = (k: 'title' | 'published' | 'authors' | 'section') => {
    const labelled = scores.filter((s) => s[k] !== null);
    return { right: labelled.filter((s) => s[k]).length / Math.max(1, labelled.length), pages: labelled.length };
  };
  return { title: part('title'), published: part('published'), authors: part('authors'), section: part('section') };
}

type Ld = Record<string, unknown> | null;

/** The first JSON-LD object that is an article (or the first object), through @graph and arrays. */
function jsonLd(scripts: string[]): Ld {
  const found: Array<Record<string, unknown>> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      found.push(o);
      if (o['@graph']) walk(o['@graph']);
    }
  };
  for (const s of scripts) {
    try {
      walk(JSON.parse(s));
    } catch {
      // A page's broken JSON-LD is the page's problem: no silver label from it.
    }
  }
  return found.find((o) => /Article|Posting|Report/.test(String(o['@type']))) ?? found[0] ?? null;
}

// Publishers listed as authors ("BBC News", "Condé Nast"): not a person's byline.
const ORGANISATION = /\b(?:news|press|media|staff|team|info|desk|network|magazine|journal|times|post|daily|online|group|nast|inc|ltd)\b/i;

function authorNames(ld: Ld): string[] {
  const a = ld?.author;
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list
    .filter((x) => typeof x === 'string' || !/Organization/.test(String((x as Record<string, unknown>)?.['@type'])))
    .map((x) => (typeof x === 'string' ? x : typeof (x as Record<string, unknown>)?.name === 'string' ? ((x as Record<string, unknown>).name as string) : ''))
    .filter((n) => n && !ORGANISATION.test(n));
}
