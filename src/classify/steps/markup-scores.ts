/**
 * Step 2b of classify, markup (HTML path only): what the tags and classes say moves the score
 * (rules/markup.ts). Plain loops and typed score arrays here: classify runs once per page, and
 * array methods whose element kinds differ from page to page (all-integer scores on one,
 * fractions on the next) made V8 deoptimise it.
 */
import type { Block } from '../../blocks/block.js';
import { addReason, type Classification, type Reason } from '../labels.js';
import { bestRegion } from '../rules/body-region.js';
import { markupVerdict, type MarkupVerdict } from '../rules/markup.js';
import { THRESHOLDS as T } from '../thresholds.js';
import { round, scoresOf } from './scores.js';

// One object for every block given it (reasons are only read).
const ROOT_TOO_THIN: Reason = { rule: 'markup.root-too-thin' };

/**
 * Moves the labels' scores by what the markup says; returns each block's verdict (null where it says nothing),
 * or null when no block has one (the text path: no block has markup), so that nothing is allocated then.
 */
export function applyMarkup(blocks: readonly Block[], labels: Classification[]): Array<MarkupVerdict | null> | null {
  const n = blocks.length;
  let markup: Array<MarkupVerdict | null> | null = null;
  for (let i = 0; i < n; i++) {
    const hints = blocks[i].markup;
    // Without hints there is no verdict (markupVerdict's first test), and the score, a double that a call would box, is not read.
    if (hints === undefined) continue;
    const v = markupVerdict(hints, labels[i].score);
    if (v === null) continue;
    markup ??= new Array<MarkupVerdict | null>(n).fill(null);
    markup[i] = v;
  }
  // No verdict moves nothing.
  if (markup === null) return null;
  const textScores = scoresOf(labels);
  let outsideRoot = false;
  for (let i = 0; i < n; i++) {
    const v = markup[i];
    if (!v) continue;
    labels[i].score = round(v.score);
    addReason(labels[i], v.reason);
    if (v.reason.rule === 'markup.outside-root') outsideRoot = true;
  }
  // The content root is a guess: when it leaves no article of weight, paragraphs outside it keep their text scores.
  if (outsideRoot) {
    const found = bestRegion(scoresOf(labels), new Set<number>());
    if (!found || found.total < T.minArticleScore) {
      for (let i = 0; i < n; i++) {
        if (markup[i]?.reason.rule !== 'markup.outside-root') continue;
        labels[i].score = textScores[i];
        addReason(labels[i], ROOT_TOO_THIN);
      }
    }
  }
  return markup;
}
