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
  return timeInterleaved([{ runs, pass, budgetMs }])[0];
}

export interface Timed {
  runs: number;
  pass: () => void;
  budgetMs?: number;
  /** Run before each pass, outside its time. */
  before?: () => void;
}

/**
 * Like timeRuns for several contenders at once, taking turns: round after round, each
 * makes one run while it has runs left within its budget. A ratio of two contenders
 * then compares runs made minutes apart at most, not one contender's runs in a fast
 * spell of the machine with the other's in a slow one (this machine's speed drifts by
 * a fifth within minutes).
 */
export function timeInterleaved(contenders: readonly Timed[]): number[][] {
  const times = contenders.map(() => [] as number[]);
  const totals = contenders.map(() => 0);
  // Another run fits when the mean run so far, once more, keeps the total within the budget.
  const another = (c: Timed, k: number) => {
    const i = times[k].length;
    return i < c.runs && (i === 0 || totals[k] * (1 + 1 / i) <= (c.budgetMs ?? Infinity));
  };
  for (let more = true; more; ) {
    more = false;
    contenders.forEach((c, k) => {
      if (!another(c, k)) return;
      c.before?.();
      const started = performance.now();
      c.pass();
      const ms = performance.now() - started;
      times[k].push(ms);
      totals[k] += ms;
      more = true;
    });
  }
  return times;
}

/** Scale every figure of a spread, e.g. from ms per pass to ms per page. */
export function scaled(s: Spread, factor: number): Spread {
  return { median: s.median * factor, min: s.min * factor, max: s.max * factor, runs: s.runs };
}
