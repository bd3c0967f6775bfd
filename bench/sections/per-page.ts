/**
 * Sections 1–4: one contender over every corpus page, in-process. The first
 * pages once untimed (JIT, regex compilation, lazy modules: start-up has its own
 * section), then timed passes; the figure is the time of a pass divided by the
 * pages in it.
 */
import { statSync } from 'node:fs';
import type { PerPage } from '../contenders.js';
import type { Row } from '../row.js';
import { MB, SECTION_BUDGET_SECONDS } from '../settings.js';
import { scaled, spread, timeRuns } from '../spread.js';

// Enough pages to compile what the first page leaves cold; a full pass of jsdom would cost 15 s.
const WARM_UP_PAGES = 20;

export interface PerPageSpec {
  id: string;
  section: number;
  label: string;
  paths: readonly string[];
  passes: number;
  perPage: PerPage;
}

export function measurePerPage(spec: PerPageSpec): Row {
  const bytes = spec.paths.reduce((sum, p) => sum + statSync(p).size, 0);
  const failures = new Map<string, string>();
  const pass = (paths: readonly string[]) => {
    for (const path of paths) {
      try {
        spec.perPage(path);
      } catch (error) {
        failures.set(path, (error as Error)?.message ?? String(error));
      }
    }
  };
  pass(spec.paths.slice(0, WARM_UP_PAGES));
  const perPass = spread(timeRuns(spec.passes, () => pass(spec.paths), SECTION_BUDGET_SECONDS * 1000));
  const seconds = perPass.median / 1000;
  return {
    id: spec.id,
    section: spec.section,
    label: spec.label,
    unit: 'ms/page',
    value: scaled(perPass, 1 / spec.paths.length),
    pagesPerSecond: spec.paths.length / seconds,
    mbPerSecond: bytes / MB / seconds,
    note: failures.size ? `${failures.size} page(s) threw: ${[...failures.values()][0].slice(0, 60)}` : undefined,
  };
}
