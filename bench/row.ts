/** One line of the benchmark table. Ratios look rows up by id. */
import type { Spread } from './spread.js';

export interface Row {
  /** Stable key, used by ratios and in results.json: 'floor', 'text', 'batch-10k-jobs2', … */
  id: string;
  /** Which of the seven sections it belongs to, 1–7. */
  section: number;
  label: string;
  unit: 'ms/page' | 'ms/run' | 'ms/MB' | 's';
  value: Spread;
  pagesPerSecond?: number;
  mbPerSecond?: number;
  peakRssMb?: number;
  /** Extra facts worth a glance (CPU time of a process, pages that threw). */
  note?: string;
}

/** A section that could not run says why, in place of its rows. */
export interface Skipped {
  section: number;
  label: string;
  reason: string;
}

export type SectionResult = Row | Skipped;

export const isRow = (r: SectionResult): r is Row => 'id' in r;
