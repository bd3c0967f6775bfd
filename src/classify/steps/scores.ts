/** Block scores as classify's steps keep and read them. */
import type { Classification } from '../labels.js';

/** The labels' scores, in an array of one element kind whatever the values. */
export function scoresOf(labels: readonly Classification[]): Float64Array {
  const scores = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) scores[i] = labels[i].score;
  return scores;
}

/** A score as it is kept and printed: two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
