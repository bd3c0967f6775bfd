/**
 * Step 2 of classify, score: every block's content score (rules/prose-score.ts), a data table's
 * rows scored as rows; each block starts out labelled boilerplate, with its cue and score as reasons.
 */
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import type { Classification, Reason } from '../labels.js';
import { dataRows } from '../rules/data-rows.js';
import { proseScore } from '../rules/prose-score.js';
import { THRESHOLDS as T } from '../thresholds.js';
import { round } from './scores.js';

export function scoreBlocks(blocks: readonly Block[], features: readonly Features[], cue: ReadonlyArray<Reason | null>): Classification[] {
  const labels: Classification[] = [];
  const rows = dataRows(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const scored = rows.has(i) && cue[i] === null ? { score: T.dataRowScore, reason: { rule: 'score.data-row' } } : proseScore(features[i], cue[i] !== null);
    const reasons = cue[i] ? [cue[i]!, scored.reason] : [scored.reason];
    labels.push({ label: 'boilerplate', score: round(scored.score), reasons });
  }
  return labels;
}
