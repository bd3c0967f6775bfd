/**
 * Step 2 of classify, score: every block's content score (rules/prose-score.ts), a data table's
 * rows scored as rows; each block starts out labelled boilerplate, with its cue and score as reasons.
 */
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import type { Classification, Reason } from '../labels.js';
import { dataRows } from '../rules/data-rows.js';
import { proseScore, scoredBlock } from '../rules/prose-score.js';
import { THRESHOLDS as T } from '../thresholds.js';
import { round } from './scores.js';

// One object for every data row (rows are scored alike).
const DATA_ROW = scoredBlock(T.dataRowScore, { rule: 'score.data-row' });

export function scoreBlocks(blocks: readonly Block[], features: readonly Features[], cue: ReadonlyArray<Reason | null>): Classification[] {
  // One slot per block, filled in order: pushed onto an empty array, the labels were copied four times as it grew and
  // left in a store of 222 slots for a page's 157.
  const labels: Classification[] = new Array<Classification>(blocks.length);
  const rows = dataRows(blocks);
  // Most pages have no table or data list: no block is looked up then.
  const anyRows = rows.size > 0;
  for (let i = 0; i < blocks.length; i++) {
    const c = cue[i];
    const scored = c === null && anyRows && rows.has(i) ? DATA_ROW : proseScore(features[i], c !== null);
    labels[i] = { label: 'boilerplate', score: round(scored.score), reasons: c !== null ? [c, scored.reason] : scored.alone };
  }
  return labels;
}
