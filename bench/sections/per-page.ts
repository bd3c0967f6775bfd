/**
 * Sections 1–4: each contender over every corpus page, in-process. The first
 * pages once untimed (JIT, regex compilation, lazy modules: start-up has its own
 * section), then timed passes, the contenders taking turns; the figure is the
 * time of a pass divided by the pages in it.
 */
import { statSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { PerPage } from '../contenders.js';
import type { Row } from '../row.js';
import { MB, SECTION_BUDGET_SECONDS } from '../settings.js';
import { scaled, spread, timeInterleaved } from '../spread.js';

// A full collection before each pass, so no contender pays for the garbage the one before it left (jsdom leaves much).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

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

/**
 * Every contender's rows, their timed passes taking turns (timeInterleaved), so the
 * ratios between them compare passes run side by side.
 */
export function measurePerPage(specs: readonly PerPageSpec[]): Row[] {
  const contenders = specs.map((spec) => {
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
    return { spec, bytes, failures, pass };
  });
  const times = timeInterleaved(
    contenders.map((c) => ({ runs: c.spec.passes, pass: () => c.pass(c.spec.paths), budgetMs: SECTION_BUDGET_SECONDS * 1000, before: collectGarbage })),
  );
  return contenders.map(({ spec, bytes, failures }, k) => {
    const perPass = spread(times[k]);
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
  });
}
