/**
 * The accuracy figures the gate pins (eval/floors.json): body scores of the
 * text and HTML paths on the corpus, structured parts on the fixtures, header parts
 * against the silver labels (both paths). One flat map, so floors and measurements
 * compare key by key.
 */
import { scoreCorpus } from './corpus-scores.js';
import { scoreFixtures, summarise } from './fixture-scores.js';
import { scoreSilver, summariseSilver } from './silver.js';

export type Metrics = Record<string, number>;

export function measure(): Metrics {
  const { summary: text, articles } = scoreCorpus('text');
  const { summary: html, articles: htmlArticles } = scoreCorpus('html');
  const fx = summarise(scoreFixtures());
  const silver = summariseSilver(scoreSilver(articles));
  // The HTML path reads the very markup the silver labels come from: this pins that it reads it right.
  const htmlSilver = summariseSilver(scoreSilver(htmlArticles));
  return {
    'text.bodyF1': text.f1,
    'text.bodyPrecision': text.precision,
    'text.bodyRecall': text.recall,
    'text.medianPageF1': text.medianPageF1,
    'html.bodyF1': html.f1,
    'html.bodyPrecision': html.precision,
    'html.bodyRecall': html.recall,
    'html.medianPageF1': html.medianPageF1,
    'fixtures.titleExact': fx.titleExact,
    'fixtures.publishedRight': fx.publishedRight,
    'fixtures.authorsRight': fx.authorsRight,
    'fixtures.sectionRight': fx.sectionRight,
    'fixtures.meanBodyF1': fx.meanBodyF1,
    'fixtures.quotesPrecision': fx.quotes.precision,
    'fixtures.quotesRecall': fx.quotes.recall,
    'fixtures.quoteSpeakers': fx.quoteSpeakers,
    'fixtures.creditsPrecision': fx.credits.precision,
    'fixtures.creditsRecall': fx.credits.recall,
    'fixtures.relatedPrecision': fx.related.precision,
    'fixtures.relatedRecall': fx.related.recall,
    'silver.titleRight': silver.title.right,
    'silver.publishedRight': silver.published.right,
    'silver.authorsRight': silver.authors.right,
    'silver.sectionRight': silver.section.right,
    'silver.html.titleRight': htmlSilver.title.right,
    'silver.html.publishedRight': htmlSilver.published.right,
    'silver.html.authorsRight': htmlSilver.authors.right,
    'silver.html.sectionRight': htmlSilver.section.right,
  };
}

/** Floors are pinned three decimals down from the measurement: extraction is deterministic, so equal code measures equal. */
export function floorOf(value: number): number {
  return Math.floor(value * 1000 + 1e-9) / 1000;
}
