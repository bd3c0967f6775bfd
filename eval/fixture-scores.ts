/**
 * Structured-part accuracy on the hand-checked fixtures: precision/recall of
 * social quotes, image credits and related items; exact title, date, authors,
 * section; body F1. Items match on their identifying text (quote text and
 * platform, credit, related title), so one wrong speaker does not hide a found quote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Result } from '../src/index.js';
import { pageF1, shingleScore } from '../src/metrics/shingle-f1.js';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface PartCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FixtureScore {
  name: string;
  title: boolean;
  published: boolean;
  authors: boolean;
  section: boolean;
  bodyF1: number;
  quotes: PartCounts;
  quoteSpeakers: { right: number; total: number };
  credits: PartCounts;
  related: PartCounts;
}

export function scoreFixtures(): FixtureScore[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const input = ['input.txt', 'input.html'].map((f) => join(dir, f)).find(existsSync)!;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Result;
      return scoreOne(name, expected, extract(readFileSync(input)));
    });
}

export function scoreOne(name: string, expected: Result, actual: Result): FixtureScore {
  const e = expected.article;
  const a = actual.article;
  const quoteKey = (q: Result['socialQuotes'][number]) => `${q.platform}\u0001${q.text}`;
  const speakers = { right: 0, total: expected.socialQuotes.length };
  for (const q of expected.socialQuotes) {
    const found = actual.socialQuotes.find((x) => quoteKey(x) === quoteKey(q));
    if (found && found.speaker === q.speaker) speakers.right++;
  }
  return {
    name,
    title: e.title === a.title,
    published: e.published === a.published,
    authors: JSON.stringify(e.byline?.authors ?? []) === JSON.stringify(a.byline?.authors ?? []),
    section: e.section === a.section,
    bodyF1: e.body.length === 0 && a.body.length === 0 ? 1 : pageF1(shingleScore(e.body.join('\n'), a.body.join('\n'))),
    quotes: overlap(expected.socialQuotes.map(quoteKey), actual.socialQuotes.map(quoteKey)),
    quoteSpeakers: speakers,
    credits: overlap(expected.imageCredits.map((c) => `${c.credit}\u0001${c.text}`), actual.imageCredits.map((c) => `${c.credit}\u0001${c.text}`)),
    related: overlap(expected.related.map((r) => r.title), actual.related.map((r) => r.title)),
  };
}

function overlap(expected: readonly string[], actual: readonly string[]): PartCounts {
  const left = new Map<string, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of actual) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return { tp, fp: actual.length - tp, fn: expected.length - tp };
}

export interface FixtureSummary {
  fixtures: number;
  titleExact: number;
  publishedRight: number;
  authorsRight: number;
  sectionRight: number;
  meanBodyF1: number;
  quotes: { precision: number; recall: number };
  quoteSpeakers: number;
  credits: { precision: number; recall: number };
  related: { precision: number; recall: number };
}

export function summarise(scores: readonly FixtureScore[]): FixtureSummary {
  const share = (f: (s: FixtureScore) => boolean) => scores.filter(f).length / scores.length;
  const pr = (part: 'quotes' | 'credits' | 'related') => {
    const t = scores.reduce((acc, s) => ({ tp: acc.tp + s[part].tp, fp: acc.fp + s[part].fp, fn: acc.fn + s[part].fn }), { tp: 0, fp: 0, fn: 0 });
    return { precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1 };
  };
  const speakers = scores.reduce((acc, s) => ({ right: acc.right + s.quoteSpeakers.right, total: acc.total + s.quoteSpeakers.total }), { right: 0, total: 0 });
  return {
    fixtures: scores.length,
    titleExact: share((s) => s.title),
    publishedRight: share((s) => s.published),
    authorsRight: share((s) => s.authors),
    sectionRight: share((s) => s.section),
    meanBodyF1: scores.reduce((x, s) => x + s.bodyF1, 0) / scores.length,
    quotes: pr('quotes'),
    quoteSpeakers: speakers.total ? speakers.right / speakers.total : 1,
    credits: pr('credits'),
    related: pr('related'),
  };
}
