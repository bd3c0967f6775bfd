/** Repeated measurements and their summary: the median, and the spread as min–max. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/**
 * Milliseconds each call of `pass` took: `runs` calls, or fewer (at least one)
 * when the next would take the total past `budgetMs`.
 */
export function timeRuns(runs: number, pass: () => void, budgetMs = Infinity): number[] {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs && (i === 0 || total * (1 + 1 / i) <= budgetMs); i++) {
    const started = performance.now();
    pass();
    times.push(performance.now() - started);
    total += times[i];
  }
  return times;
}

/** Scale every figure of a spread, e.g. from ms per pass to ms per page. */
export function scaled(s: Spread, factor: number): Spread {
  return { median: s.median * factor, min: s.min * factor, max: s.max * factor, runs: s.runs };
}
