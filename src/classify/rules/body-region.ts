/**
 * The body is one run of blocks: the run whose content scores add up to the
 * most (maximum-sum subarray), never crossing a hard stop such as a related-list
 * or comments heading. Short furniture inside an article (an ad label, a
 * subheading) is bridged because the paragraphs around it outweigh it.
 */
export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
  total: number;
}

export function bestRegion(scores: readonly number[], stops: ReadonlySet<number>): Region | null {
  let best: Region | null = null;
  let runStart = 0;
  let run = 0;
  for (let i = 0; i < scores.length; i++) {
    if (stops.has(i)) {
      run = 0;
      runStart = i + 1;
      continue;
    }
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += scores[i];
    if (run > 0 && (!best || run > best.total)) best = { start: runStart, end: i + 1, total: run };
  }
  return best;
}
