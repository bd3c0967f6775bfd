/**
 * The content score of one block: how much it reads like article prose.
 * Positive for paragraphs (weighted by length), negative for short lines,
 * repeats and furniture, so that the body region is the run of blocks with the
 * highest total (see body-region.ts).
 */
import type { Features } from '../../features/features.js';
import type { Reason } from '../labels.js';
import { THRESHOLDS as T } from '../thresholds.js';

export interface ScoredBlock {
  score: number;
  reason: Reason;
}

export function proseScore(f: Features, furniture: boolean): ScoredBlock {
  if (furniture) return { score: T.boilerplateScore, reason: { rule: 'score.furniture' } };
  const chars = f.unspacedScript ? f.chars * T.unspacedCharWeight : f.chars;
  // Exact repeats are menus, teaser titles and the title echoed as a bullet; a long repeated
  // paragraph, though, is more often an article quoted in a pull-quote than furniture.
  if (f.repeats > 0 && chars < T.paragraphChars * 2) return { score: T.repeatedScore, reason: { rule: 'score.repeated', detail: `${f.repeats + 1}×` } };
  if (chars < T.shortChars) return { score: T.shortScore, reason: { rule: 'score.short' } };
  if (f.gluedHeadline) return { score: T.repeatedScore, reason: { rule: 'score.teaser-card' } };
  const sentenceShaped = f.endsSentence || f.innerSentences > 0;
  const prosey = f.unspacedScript || f.stopwordRatio >= T.proseStopwordRatio;
  if (chars < T.paragraphChars) {
    if (sentenceShaped && prosey) return { score: 0.2, reason: { rule: 'score.sentence' } };
    return { score: T.fragmentScore, reason: { rule: 'score.fragment' } };
  }
  if (!f.unspacedScript && f.stopwordRatio < T.minStopwordRatio) return { score: T.fragmentScore, reason: { rule: 'score.keywords', detail: `stopwords ${f.stopwordRatio.toFixed(2)}` } };
  let quality = 1;
  if (!sentenceShaped) quality *= 0.3; // long but not sentences: a headline, a link list
  if (!prosey) quality *= 0.5;
  const score = Math.min(T.maxParagraphScore, (chars / T.charsPerUnit) * quality);
  return { score, reason: { rule: 'score.paragraph', detail: `${chars} chars, stopwords ${f.stopwordRatio.toFixed(2)}` } };
}
