/**
 * The ratio lines the targets are written in (issue 8). Each ratio is
 * "how many times" as printed, with the target it must meet; a ratio whose rows
 * were not measured (skipped section, --only) is left out.
 */
import type { Row } from './row.js';

export interface Ratio {
  name: string;
  value: number;
  /** The target, and whether lower or higher is better. */
  target: { at: 'most' | 'least'; value: number };
  met: boolean;
}

interface RatioSpec {
  name: string;
  /** value = figure(numerator) / figure(denominator) */
  of: [string, string];
  figure: (r: Row) => number | undefined;
  target: Ratio['target'];
}

const median = (r: Row) => r.value.median;
const throughput = (r: Row) => r.pagesPerSecond;
const rss = (r: Row) => r.peakRssMb;

const SPECS: readonly RatioSpec[] = [
  { name: 'text path / floor', of: ['text', 'floor'], figure: median, target: { at: 'most', value: 4 } },
  { name: 'readability-linkedom / pagesift-html', of: ['readability-linkedom', 'html'], figure: median, target: { at: 'least', value: 5 } },
  { name: 'readability-jsdom / pagesift-html', of: ['readability-jsdom', 'html'], figure: median, target: { at: 'least', value: 30 } },
  { name: 'readability-linkedom / text path', of: ['readability-linkedom', 'text'], figure: median, target: { at: 'least', value: 50 } },
  { name: 'start-up / node', of: ['startup', 'node'], figure: median, target: { at: 'most', value: 1.6 } },
  { name: 'jobs2 / jobs1', of: ['batch-10k-jobs2', 'batch-10k-jobs1'], figure: throughput, target: { at: 'least', value: 1.7 } },
  { name: 'peak RSS 10k / 1k (jobs 1)', of: ['batch-10k-jobs1', 'batch-1k-jobs1'], figure: rss, target: { at: 'most', value: 1.5 } },
  { name: 'peak RSS 10k / 1k (jobs 2)', of: ['batch-10k-jobs2', 'batch-1k-jobs2'], figure: rss, target: { at: 'most', value: 1.5 } },
  { name: '10MB / 1MB per-MB', of: ['growth-10MB', 'growth-1MB'], figure: median, target: { at: 'most', value: 1.3 } },
];

export function ratios(rows: readonly Row[]): Ratio[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Ratio[] = [];
  for (const spec of SPECS) {
    const [a, b] = spec.of.map((id) => byId.get(id));
    const x = a && spec.figure(a);
    const y = b && spec.figure(b);
    if (x === undefined || y === undefined || !y) continue;
    const value = x / y;
    out.push({ name: spec.name, value, target: spec.target, met: spec.target.at === 'most' ? value <= spec.target.value : value >= spec.target.value });
  }
  return out;
}
