/**
 * Step 2b of classify, markup (HTML path only): what the tags and classes say moves the score
 * (rules/markup.ts). Plain loops and typed score arrays here: classify runs once per page, and
 * array methods whose element kinds differ from page to page (all-integer scores on one,
 * fractions on the next) made V8 deoptimise it.
 */
import type { Block } from '../../blocks/block.js';
import type { Classification } from '../labels.js';
import { bestRegion } from '../rules/body-region.js';
import { markupVerdict, type MarkupVerdict } from '../rules/markup.js';
import { THRESHOLDS as T } from '../thresholds.js';
import { round, scoresOf } from './scores.js';

/** Moves the labels' scores by what the markup says; returns each block's verdict (null where it says nothing). */
export function applyMarkup(blocks: readonly Block[], labels: Classification[]): Array<MarkupVerdict | null> {
  const n = blocks.length;
  const markup: Array<MarkupVerdict | null> = new Array(n);
  let verdicts = 0;
  for (let i = 0; i < n; i++) {
    const v = markupVerdict(blocks[i].markup, labels[i].score);
    markup[i] = v;
    if (v) verdicts++;
  }
  // No verdict moves nothing (the text path: no block has markup).
  if (verdicts === 0) return markup;
  const textScores = scoresOf(labels);
  let outsideRoot = false;
  for (let i = 0; i < n; i++) {
    const v = markup[i];
    if (!v) continue;
    labels[i].score = round(v.score);
    labels[i].reasons.push(v.reason);
    if (v.reason.rule === 'markup.outside-root') outsideRoot = true;
  }
  // The content root is a guess: when it leaves no article of weight, paragraphs outside it keep their text scores.
  if (outsideRoot) {
    const found = bestRegion(scoresOf(labels), new Set<number>());
    if (!found || found.total < T.minArticleScore) {
      for (let i = 0; i < n; i++) {
        if (markup[i]?.reason.rule !== 'markup.outside-root') continue;
        labels[i].score = textScores[i];
        labels[i].reasons.push({ rule: 'markup.root-too-thin' });
      }
    }
  }
  return markup;
}
