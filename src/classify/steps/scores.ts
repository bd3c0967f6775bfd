/** Block scores as classify's steps keep and read them. */
import type { Classification } from '../labels.js';

/**
 * The labels' scores, in an array of one element kind whatever the values: filled with a fraction first,
 * it holds doubles (an integer stored later stays a double), as a Float64Array would, without the typed
 * array's separate buffer to allocate and free on every page.
 */
export function scoresOf(labels: readonly Classification[]): number[] {
  const scores: number[] = new Array<number>(labels.length).fill(0.5);
  for (let i = 0; i < labels.length; i++) scores[i] = labels[i].score;
  return scores;
}

/** A score as it is kept and printed: two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
