/** Body accuracy on the benchmark corpus, page by page and overall, for one input path. */
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import type { Result } from '../src/validate/schema.js';
import { corpusScore, pageF1, precisionOf, recallOf, shingleScore, type ShingleCounts } from '../src/metrics/shingle-f1.js';
import { corpusPages } from './corpus.js';

export type InputPath = 'text' | 'html';

export interface PageScore {
  id: string;
  url: string;
  precision: number;
  recall: number;
  f1: number;
  counts: ShingleCounts;
  error: string | null;
}

export interface CorpusSummary {
  input: InputPath;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  medianPageF1: number;
  below060: number;
  seconds: number;
}

export type Article = Result['article'];

/** Body scores of every page, and each page's article (null where extraction failed) for the other scores to read. */
export function scoreCorpus(input: InputPath): { summary: CorpusSummary; pages: PageScore[]; articles: Map<string, Article | null> } {
  const started = performance.now();
  const articles = new Map<string, Article | null>();
  const pages = corpusPages().map((page): PageScore => {
    let body = '';
    let error: string | null = null;
    articles.set(page.id, null);
    try {
      const { article } = extract(readFileSync(input === 'html' ? page.htmlPath : page.textPath), { input });
      articles.set(page.id, article);
      body = article.body.join('\n');
    } catch (e) {
      error = (e as Error).message;
    }
    const counts = shingleScore(page.gold, body);
    return { id: page.id, url: page.url, precision: precisionOf(counts), recall: recallOf(counts), f1: pageF1(counts), counts, error };
  });
  const seconds = (performance.now() - started) / 1000;
  const score = corpusScore(pages.map((r) => r.counts));
  const f1s = pages.map((r) => r.f1).sort((a, b) => a - b);
  const median = f1s.length % 2 ? f1s[(f1s.length - 1) / 2] : (f1s[f1s.length / 2 - 1] + f1s[f1s.length / 2]) / 2;
  return {
    summary: { input, pages: pages.length, f1: score.f1, precision: score.precision, recall: score.recall, medianPageF1: median, below060: pages.filter((r) => r.f1 < 0.6).length, seconds },
    pages,
    articles,
  };
}
