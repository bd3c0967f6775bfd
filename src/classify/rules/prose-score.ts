/**
 * The content score of one block: how much it reads like article prose.
 * Positive for paragraphs (weighted by length), negative for short lines,
 * repeats and furniture, so that the body region is the run of blocks with the
 * highest total (see body-region.ts).
 */
import type { Features } from '../../features/features.js';
import type { Reason } from '../labels.js';
import { THRESHOLDS } from '../thresholds.js';

// Constants of this module, which optimised code folds, where it reads an import at every use (see
// features/word-scan.ts); and a branch first taken late (the first unspaced-script page) reads no property
// that has had no chance to gather type feedback, which deoptimised proseScore.
const {
  boilerplateScore,
  charsPerUnit,
  fragmentScore,
  maxParagraphScore,
  minStopwordRatio,
  paragraphChars,
  proseStopwordRatio,
  repeatedScore,
  shortChars,
  shortScore,
  unspacedCharWeight,
} = THRESHOLDS;

export interface ScoredBlock {
  readonly score: number;
  readonly reason: Reason;
  /** [reason]: the reasons of a block without a cue, one list for every block a shared outcome fits (lists are never changed in place). */
  readonly alone: readonly Reason[];
}

export function scoredBlock(score: number, reason: Reason): ScoredBlock {
  return { score, reason, alone: [reason] };
}

// The outcomes that are the same for every block they fit, each one object (no allocation per block).
const FURNITURE = scoredBlock(boilerplateScore, { rule: 'score.furniture' });
const SHORT = scoredBlock(shortScore, { rule: 'score.short' });
const TEASER_CARD = scoredBlock(repeatedScore, { rule: 'score.teaser-card' });
const SENTENCE = scoredBlock(0.2, { rule: 'score.sentence' });
const FRAGMENT = scoredBlock(fragmentScore, { rule: 'score.fragment' });

// A repeated line's outcome says how many copies the page prints: one object per count, made when a count is first
// met (a page's menu lines repeat with a few counts, over and over), up to a count past which they are rare.
const repeatedOutcomes: ScoredBlock[] = [];
const MAX_SHARED_REPEATS = 32;

function repeatedLine(repeats: number): ScoredBlock {
  const shared = repeats < MAX_SHARED_REPEATS ? repeatedOutcomes[repeats] : undefined;
  if (shared !== undefined) return shared;
  const made = scoredBlock(repeatedScore, { rule: 'score.repeated', detail: `${repeats + 1}×` });
  if (repeats < MAX_SHARED_REPEATS) repeatedOutcomes[repeats] = made;
  return made;
}

export function proseScore(f: Features, furniture: boolean): ScoredBlock {
  if (furniture) return FURNITURE;
  // One product for every block (times 1 leaves a count as it is): a product only unspaced scripts make deoptimised proseScore.
  const chars = f.chars * (f.unspacedScript ? unspacedCharWeight : 1);
  // Exact repeats are menus, teaser titles and the title echoed as a bullet; a long repeated
  // paragraph, though, is more often an article quoted in a pull-quote than furniture.
  if (f.repeats > 0 && chars < paragraphChars * 2) return repeatedLine(f.repeats);
  if (chars < shortChars) return SHORT;
  if (f.gluedHeadline) return TEASER_CARD;
  const prosey = f.unspacedScript || f.stopwordRatio >= proseStopwordRatio;
  // The inner sentences are counted when first read (features/sentences.ts), and only here: asked last, they are not
  // counted for a block whose score does not depend on them (a fragment that is not prosey, keywords).
  if (chars < paragraphChars) {
    if (prosey && sentenceShaped(f)) return SENTENCE;
    return FRAGMENT;
  }
  // Written once for both details below: the rare one (keywords) then shares the common one's code.
  const stopwords = `stopwords ${twoDecimals(f.stopwordRatio)}`;
  if (!f.unspacedScript && f.stopwordRatio < minStopwordRatio) return scoredBlock(fragmentScore, { rule: 'score.keywords', detail: stopwords });
  let quality = 1;
  if (!sentenceShaped(f)) quality *= 0.3; // long but not sentences: a headline, a link list
  if (!prosey) quality *= 0.5;
  const score = Math.min(maxParagraphScore, (chars / charsPerUnit) * quality);
  return scoredBlock(score, { rule: 'score.paragraph', detail: `${chars} chars, ${stopwords}` });
}

/** The block reads as sentences: it ends like one or holds a sentence boundary. */
function sentenceShaped(f: Features): boolean {
  return f.endsSentence || f.innerSentences > 0;
}

// How near a half-hundredth x * 100 may come before twoDecimals leaves the rounding to toFixed: far above the error of
// the product (under 2e-14 for x up to 1), so farther away it rounds as the exact value does, for any x. A share of
// stop words comes this near only when on one (200·stop − (2k+1)·words, a non-zero integer otherwise, puts it 1 / (2·words)
// or more away, and a block holds fewer than 2^30 units, so fewer words): toFixed is left almost nothing.
const HALF_TIE_MARGIN = 1e-10;

/**
 * x.toFixed(2) for 0 <= x <= 1 (a share), written without toFixed's exact decimal conversion, which cost more than the
 * rest of a paragraph's score. toFixed picks the n whose n / 100 is nearest to x (the larger of two as near); away from a
 * tie, x * 100 rounds to that n (its error is far below HALF_TIE_MARGIN), and near one toFixed itself decides.
 */
export function twoDecimals(x: number): string {
  const hundredths = x * 100;
  const below = Math.floor(hundredths);
  const fraction = hundredths - below;
  if (!(x >= 0 && x <= 1) || Math.abs(fraction - 0.5) < HALF_TIE_MARGIN) return x.toFixed(2);
  const n = fraction < 0.5 ? below : below + 1;
  return n === 100 ? '1.00' : n < 10 ? `0.0${n}` : `0.${n}`;
}
