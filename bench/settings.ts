/**
 * How much each section repeats. Full runs give a median worth comparing across
 * commits; --quick is for a look while working. Budgets are for this 2-core machine:
 * a full run takes a few minutes.
 */
export interface Settings {
  /** Timed passes over the whole corpus, per in-process contender, within SECTION_BUDGET_SECONDS. */
  passes: number;
  /** Readability + jsdom costs ~90 ms a page: fewer passes keep the run short. */
  jsdomPasses: number;
  /** Process starts per command (interleaved with `node -e 0`). */
  starts: number;
  /** Runs of each batch configuration, within BATCH_BUDGET_SECONDS. */
  batchRuns: number;
  /** Timed runs per growth size, within SECTION_BUDGET_SECONDS. */
  growthRuns: number;
}

// Nine passes: one pass of the HTML rows moved by 10–20 % from the next on this machine (HTML 2.97–3.69,
// linkedom 16.0–20.5 ms/page in five), and the median of nine moves less.
export const FULL: Settings = { passes: 9, jsdomPasses: 3, starts: 30, batchRuns: 3, growthRuns: 6 };
export const QUICK: Settings = { passes: 2, jsdomPasses: 1, starts: 10, batchRuns: 1, growthRuns: 3 };

/** Pages in the big batch and in the small one whose peak memory it is compared with. */
export const BATCH_PAGES = 10_000;
export const BATCH_SMALL_PAGES = 1_000;

/**
 * Seconds one contender's timed passes may take in all (at least one pass is made):
 * Readability + jsdom on a loaded machine would otherwise take minutes alone.
 */
export const SECTION_BUDGET_SECONDS = 60;

/**
 * Seconds one batch configuration may take in all: further runs are skipped once the next would pass it.
 * 10,000 pages with --jobs 1 take about 30 s: 90 lets that row have more than the one run 60 allowed.
 */
export const BATCH_BUDGET_SECONDS = 90;

/** Sizes of the synthetic dump for the growth section. */
export const GROWTH_SIZES = [100 * 1024, 1024 * 1024, 10 * 1024 * 1024] as const;

/** Megabyte as used in every MB/s and ms/MB figure. */
export const MB = 1024 * 1024;
