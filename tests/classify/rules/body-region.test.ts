import { describe, expect, it } from 'vitest';
import { bestRegion, type Region } from '../../../src/classify/rules/body-region.js';

// bestRegion as it was first written: each block looked up in the stops, the scores cut to `end` by a copy.
function lookupBestRegion(scores: ArrayLike<number>, stops: ReadonlySet<number>): Region | null {
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

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('bestRegion', () => {
  it('should find the region the block-by-block lookup finds, for stops added in any order and any end', () => {
    const next = random(7);
    const SCORES = [-1.5, -1.2, -0.6, -0.3, 0, 0.2, 0.4, 1.21, 3.5, 8];
    for (let k = 0; k < 3000; k++) {
      const n = Math.floor(next() * 40);
      const scores = Float64Array.from({ length: n }, () => SCORES[Math.floor(next() * SCORES.length)]);
      const stops = new Set<number>();
      for (let s = Math.floor(next() * 6); s > 0; s--) stops.add(Math.floor(next() * (n + 3)));
      const end = Math.floor(next() * (n + 1));
      expect(bestRegion(scores, stops)).toEqual(lookupBestRegion(scores, stops));
      expect(bestRegion(scores, stops, end)).toEqual(lookupBestRegion(scores.slice(0, end), stops));
    }
  });
});
