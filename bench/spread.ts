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
  for (const k of turns(contenders, times)) {
    const started = performance.now();
    contenders[k].pass();
    times[k].push(performance.now() - started);
  }
  return times;
}

export interface TimedElsewhere {
  runs: number;
  /** One run, made and timed elsewhere (another process): resolves to its milliseconds. */
  run: () => Promise<number>;
  budgetMs?: number;
}

/** timeInterleaved for runs that time themselves, such as a pass made by a child process. */
export async function takeTurns(contenders: readonly TimedElsewhere[]): Promise<number[][]> {
  const times = contenders.map(() => [] as number[]);
  for (const k of turns(contenders, times)) times[k].push(await contenders[k].run());
  return times;
}

/**
 * Whose run comes next: round after round, each contender in order while it has runs
 * left and the next fits its budget. Reads `times` as the caller fills it.
 */
function* turns(contenders: readonly { runs: number; budgetMs?: number }[], times: readonly number[][]): Generator<number> {
  // Another run fits when the mean run so far, once more, keeps the total within the budget.
  const another = (k: number) => {
    const made = times[k].length;
    const total = times[k].reduce((a, b) => a + b, 0);
    return made < contenders[k].runs && (made === 0 || total * (1 + 1 / made) <= (contenders[k].budgetMs ?? Infinity));
  };
  for (let more = true; more; ) {
    more = false;
    for (let k = 0; k < contenders.length; k++) {
      if (!another(k)) continue;
      yield k;
      more = true;
    }
  }
}

/** Scale every figure of a spread, e.g. from ms per pass to ms per page. */
export function scaled(s: Spread, factor: number): Spread {
  return { median: s.median * factor, min: s.min * factor, max: s.max * factor, runs: s.runs };
}
