/** What checking one fixture, and a whole folder, came to: the data every reporter prints. */
import type { Difference } from './differences.js';

export type Status =
  | 'pass' // matches the expected file
  | 'fail' // extracted, and differs from the expected file
  | 'broken' // cannot be checked: no input, or the expected file is missing, not JSON, or off-schema
  | 'updated'; // differed (or was missing) and --update rewrote it

export interface FixtureOutcome {
  name: string;
  /** The input file, or null when the fixture has none. */
  input: string | null;
  expectedFile: string;
  status: Status;
  differences: Difference[];
  /** With --min-body-f1, when the body differs: its shingle F1 against the expected body, and the least allowed. */
  bodyF1?: { f1: number; min: number };
  /** Why a fixture is broken, or what --update did to a broken one. */
  problem?: string;
}

export interface CheckReport {
  root: string;
  fixtures: FixtureOutcome[];
  totals: Record<Status, number>;
}

export function totalsOf(fixtures: readonly FixtureOutcome[]): Record<Status, number> {
  const totals: Record<Status, number> = { pass: 0, fail: 0, broken: 0, updated: 0 };
  for (const f of fixtures) totals[f.status]++;
  return totals;
}
