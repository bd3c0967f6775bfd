/**
 * The content score of one block: how much it reads like article prose.
 * Positive for paragraphs (weighted by length), negative for short lines,
 * repeats and furniture, so that the body region is the run of blocks with the
 * highest total (see body-region.ts).
 */
import type { Features } from '../../features/features.js';
import type { Reason } from '../labels.js';
import { THRESHOLDS } from '../thresholds.js';

// A constant of this module, which optimised code folds, where it reads an import at every use (see features/word-scan.ts).
const T = THRESHOLDS;

export interface ScoredBlock {
  readonly score: number;
  readonly reason: Reason;
}

// The outcomes that are the same for every block they fit, each one object (no allocation per block).
const FURNITURE: ScoredBlock = { score: T.boilerplateScore, reason: { rule: 'score.furniture' } };
const SHORT: ScoredBlock = { score: T.shortScore, reason: { rule: 'score.short' } };
const TEASER_CARD: ScoredBlock = { score: T.repeatedScore, reason: { rule: 'score.teaser-card' } };
const SENTENCE: ScoredBlock = { score: 0.2, reason: { rule: 'score.sentence' } };
const FRAGMENT: ScoredBlock = { score: T.fragmentScore, reason: { rule: 'score.fragment' } };

export function proseScore(f: Features, furniture: boolean): ScoredBlock {
  if (furniture) return FURNITURE;
  const chars = f.unspacedScript ? f.chars * T.unspacedCharWeight : f.chars;
  // Exact repeats are menus, teaser titles and the title echoed as a bullet; a long repeated
  // paragraph, though, is more often an article quoted in a pull-quote than furniture.
  if (f.repeats > 0 && chars < T.paragraphChars * 2) return { score: T.repeatedScore, reason: { rule: 'score.repeated', detail: `${f.repeats + 1}×` } };
  if (chars < T.shortChars) return SHORT;
  if (f.gluedHeadline) return TEASER_CARD;
  const sentenceShaped = f.endsSentence || f.innerSentences > 0;
  const prosey = f.unspacedScript || f.stopwordRatio >= T.proseStopwordRatio;
  if (chars < T.paragraphChars) {
    if (sentenceShaped && prosey) return SENTENCE;
    return FRAGMENT;
  }
  if (!f.unspacedScript && f.stopwordRatio < T.minStopwordRatio) return { score: T.fragmentScore, reason: { rule: 'score.keywords', detail: `stopwords ${f.stopwordRatio.toFixed(2)}` } };
  let quality = 1;
  if (!sentenceShaped) quality *= 0.3; // long but not sentences: a headline, a link list
  if (!prosey) quality *= 0.5;
  const score = Math.min(T.maxParagraphScore, (chars / T.charsPerUnit) * quality);
  return { score, reason: { rule: 'score.paragraph', detail: `${chars} chars, stopwords ${f.stopwordRatio.toFixed(2)}` } };
}
