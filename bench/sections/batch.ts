/**
 * Section 6: `pagesift batch` over the corpus repeated to 10,000 pages, with
 * one worker and with two: pages per second and peak memory, and peak memory
 * at 1,000 pages to show it does not grow with the number of pages.
 * Results go to stdout as NDJSON, discarded, so disk writes do not blur the figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replicatePages } from '../replicate.js';
import type { Row, SectionResult } from '../row.js';
import { BATCH_BUDGET_SECONDS, BATCH_PAGES, BATCH_SMALL_PAGES } from '../settings.js';
import { spread, timeInterleaved } from '../spread.js';

export interface BatchSpec {
  bin: string;
  pages: readonly string[];
  runs: number;
}

const PRELOAD = join(import.meta.dirname, '..', 'peak-rss.cjs');
const JOBS = [1, 2] as const;

export function measureBatch(spec: BatchSpec): SectionResult[] {
  // `pagesift --help` lists the commands; `batch --help` alone would print the top help and exit 0.
  const commands = spawnSync(process.execPath, [spec.bin, '--help'], { encoding: 'utf8' }).stdout;
  if (!/^\s+batch\b/m.test(commands)) return [{ section: 6, label: 'batch', reason: 'batch command not available' }];
  const help = spawnSync(process.execPath, [spec.bin, 'batch', '--help'], { encoding: 'utf8' });
  const quiet = /--quiet\b/.test(help.stdout) ? ['--quiet'] : [];
  const work = mkdtempSync(join(tmpdir(), 'pagesift-bench-'));
  try {
    const rows: Row[] = [];
    for (const count of [BATCH_SMALL_PAGES, BATCH_PAGES]) {
      const dir = join(work, String(count));
      replicatePages(spec.pages, count, dir);
      rows.push(...runBatches(spec, dir, count, quiet, join(work, 'rss')));
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `--jobs 1` and `--jobs 2` over the same folder, their runs taking turns so jobs2 / jobs1 compares neighbouring runs. */
function runBatches(spec: BatchSpec, dir: string, count: number, extra: string[], rssFile: string): Row[] {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', PAGESIFT_BENCH_RSS_FILE: rssFile };
  delete env.NODE_OPTIONS;
  const configs = JOBS.map((jobs) => ({ jobs, rssKb: [] as number[] }));
  // More runs only while they fit the budget: 10,000 pages take minutes on a slow build.
  const times = timeInterleaved(
    configs.map((c) => ({
      runs: spec.runs,
      budgetMs: BATCH_BUDGET_SECONDS * 1000,
      pass: () => {
        const r = spawnSync(process.execPath, ['-r', PRELOAD, spec.bin, 'batch', dir, '--jobs', String(c.jobs), ...extra], { stdio: ['ignore', 'ignore', 'pipe'], env });
        if (r.status !== 0) throw new Error(`pagesift batch exited with ${r.status}: ${String(r.stderr).slice(0, 300)}`);
        c.rssKb.push(Number(readFileSync(rssFile, 'utf8')));
      },
    })),
  );
  const small = count < BATCH_PAGES;
  return configs.map(({ jobs, rssKb }, k) => {
    const time = spread(times[k].map((x) => x / 1000));
    return {
      id: `batch-${small ? '1k' : '10k'}-jobs${jobs}`,
      section: 6,
      label: `batch ${count.toLocaleString('en')} pages --jobs ${jobs}`,
      unit: 's',
      value: time,
      pagesPerSecond: count / time.median,
      peakRssMb: Math.max(...rssKb) / 1024,
    };
  });
}
