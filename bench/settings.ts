/**
 * How much each section repeats. Full runs give a median worth comparing across
 * commits; --quick is for a look while working. Budgets are for this 2-core machine:
 * a full run takes a few minutes.
 */
export interface Settings {
  /** Timed passes over the whole corpus, per in-process contender. */
  passes: number;
  /** Readability + jsdom costs ~90 ms a page: fewer passes keep the run short. */
  jsdomPasses: number;
  /** Process starts per command (interleaved with `node -e 0`). */
  starts: number;
  /** Runs of each batch configuration. */
  batchRuns: number;
  /** Timed runs per growth size (the 10 MB dump gets a third of these, at least one). */
  growthRuns: number;
}

export const FULL: Settings = { passes: 5, jsdomPasses: 3, starts: 30, batchRuns: 2, growthRuns: 6 };
export const QUICK: Settings = { passes: 2, jsdomPasses: 1, starts: 10, batchRuns: 1, growthRuns: 3 };

/** Pages in the big batch and in the small one whose peak memory it is compared with. */
export const BATCH_PAGES = 10_000;
export const BATCH_SMALL_PAGES = 1_000;

/** Sizes of the synthetic dump for the growth section. */
export const GROWTH_SIZES = [100 * 1024, 1024 * 1024, 10 * 1024 * 1024] as const;

/** Megabyte as used in every MB/s and ms/MB figure. */
export const MB = 1024 * 1024;
