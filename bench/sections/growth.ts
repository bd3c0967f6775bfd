/**
 * Section 7: one synthetic dump — corpus text pages one after another, cut at a
 * line end — at 100 KB, 1 MB and 10 MB. Time per MB must stay flat: a heuristic
 * that compares every block with every other, or a regex that backtracks,
 * shows up here as a rising line.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.js';
import type { Row } from '../row.js';
import { GROWTH_SIZES, MB, SECTION_BUDGET_SECONDS } from '../settings.js';
import { scaled, spread, timeRuns } from '../spread.js';

export interface GrowthSpec {
  pages: readonly string[];
  runs: number;
}

export function measureGrowth(spec: GrowthSpec): Row[] {
  const corpus = spec.pages.map((p) => readFileSync(p, 'utf8').trim()).join('\n\n');
  return GROWTH_SIZES.map((size) => {
    const dump = Buffer.from(syntheticDump(corpus, size));
    extract(dump, { input: 'text' });
    const perRun = spread(timeRuns(spec.runs, () => extract(dump, { input: 'text' }), SECTION_BUDGET_SECONDS * 1000));
    return {
      id: `growth-${label(size)}`,
      section: 7,
      label: `growth: one ${label(size)} text dump`,
      unit: 'ms/MB',
      value: scaled(perRun, MB / dump.length),
      mbPerSecond: dump.length / MB / (perRun.median / 1000),
    };
  });
}

/** The corpus text repeated until `bytes` long, cut at the last line end before that. */
function syntheticDump(corpus: string, bytes: number): string {
  const copies = Math.ceil(bytes / Buffer.byteLength(corpus)) + 1;
  const whole = Buffer.from(Array.from({ length: copies }, () => corpus).join('\n\n')).subarray(0, bytes).toString('utf8');
  return whole.slice(0, whole.lastIndexOf('\n'));
}

function label(bytes: number): string {
  return bytes >= MB ? `${bytes / MB}MB` : `${bytes / 1024}KB`;
}
