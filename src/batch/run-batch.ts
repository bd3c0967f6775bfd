/**
 * Run a batch: lanes that each take the next few pages until none is left or the batch is stopped (then
 * the pages in flight still finish, so every output is whole), LANES_PER_WORKER lanes per worker thread.
 * The library side never prints: lines and per-page events go to the caller's hooks.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { asUtf8Bytes, errorLine, okLine } from '../stream/result-line.js';
import type { FoundPage } from './discover.js';
import { OrderedOutput } from './ordered-output.js';
import { outputPaths } from './output-path.js';
import { PageWorker, workerFile } from './page-worker.js';
import type { Outcome, PageFailure, PageOptions, Task } from './task.js';

export interface BatchPlan {
  pages: readonly FoundPage[];
  /** Write one JSON per page under this folder; null for NDJSON lines through hooks.writeLine. */
  outDir: string | null;
  jobs?: number;
  /** NDJSON lines in input order (default) or as pages finish. */
  ordered?: boolean;
  skipExisting?: boolean;
  pretty?: boolean;
  options: PageOptions;
  /**
   * Workers started ahead (startWorkers), while the pages were still being found; runBatch owns them from here
   * and closes those the pages do not need. Absent: runBatch starts workerCount(pages, jobs) itself.
   */
  workers?: PageWorker[];
}

export interface BatchHooks {
  /**
   * Receives the NDJSON output when there is no outDir, one or more whole lines at a time, as UTF-8 bytes
   * in a Latin-1 string (result-line.ts's asUtf8Bytes); resolve when written (backpressure).
   */
  writeLine?: (lines: string) => Promise<void>;
  /** Called as each page finishes: for progress and failure messages. */
  onPage?: (path: string, outcome: Outcome) => void;
  /** Abort to stop taking new pages (SIGINT). */
  signal?: AbortSignal;
}

export interface BatchTotals {
  pages: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Pages never started because the batch was stopped. */
  notStarted: number;
  /** Page bytes read (after gunzip). */
  bytes: number;
  seconds: number;
  interrupted: boolean;
  failures: (PageFailure & { path: string })[];
}

/**
 * Pages sent to each worker ahead of the one it is on: with one, a worker that finishes a page
 * waits for the main thread to wake and send the next (about 1 ms a page on a busy machine,
 * 9 % of a worker's time in a profile); with two it never waits.
 */
const LANES_PER_WORKER = 2;

/**
 * Most pages a lane sends in one message. Each message wakes the main thread once, which cost it
 * about 0.1 ms (as much CPU as the rest of its work on a page), taken from the workers with
 * --jobs 2 on two cores. Main-thread CPU on 10,000 text pages with --jobs 2: 1.6-1.9 s with one
 * page per message, 1.1-1.2 s with 4, 0.7-0.8 s with 16; but the NDJSON results then reach the
 * main thread in bursts and its heap grows: peak memory on 10,000 pages with --jobs 1 was about
 * 150 MB with 4 and 180 MB with 8 or 16 (base: 150-165 MB), and the 10k/1k memory ratio is a target.
 * Since lines cross as UTF-8 bytes in one-byte strings (half the size; task.ts), 8 costs no memory:
 * 10k --jobs 1 peak 139-142 MB against 137-139 MB with 4, 1k 103-104 MB either way; main-thread CPU
 * on 3,000 pages --jobs 2 (with ~90 ms start-up) 180-190 ms against 230-240 ms.
 */
const MAX_PAGES_PER_MESSAGE = 8;

/**
 * Near the end a lane takes at most this share of the pages left per lane, so that the last
 * pages still spread over every worker (a batch of 10 pages and 2 jobs is not 8 pages and 2).
 */
const SHARES_PER_LANE = 4;

export function defaultJobs(): number {
  return availableParallelism();
}

/** The worker threads a batch of `pages` starts: `jobs` (default: one per CPU), never more than the pages, at least one. */
export function workerCount(pages: number, jobs: number = defaultJobs()): number {
  return Math.max(1, Math.min(jobs, pages));
}

/**
 * `jobs` worker threads, started before the batch knows its pages: a worker takes about 50 ms to start and load
 * its bundle, which it then spends while the main thread finds the pages (about 70 ms for 10,000) instead of after.
 */
export function startWorkers(jobs: number = defaultJobs()): PageWorker[] {
  const file = workerFile();
  return Array.from({ length: Math.max(1, jobs) }, () => new PageWorker(file));
}

export async function runBatch(plan: BatchPlan, hooks: BatchHooks = {}): Promise<BatchTotals> {
  const started = performance.now();
  const { pages } = plan;
  const jobs = workerCount(pages.length, plan.workers?.length ?? plan.jobs);
  const outPaths = plan.outDir === null ? null : outputPaths(pages.map((p) => p.rel), plan.outDir);
  const writeLine = hooks.writeLine ?? (async () => {});
  const output = new OrderedOutput(plan.ordered ?? true, jobs, writeLine);
  const totals: BatchTotals = { pages: pages.length, ok: 0, failed: 0, skipped: 0, notStarted: 0, bytes: 0, seconds: 0, interrupted: false, failures: [] };

  const ready = plan.workers ?? (pages.length > 0 ? startWorkers(jobs) : []);
  // More workers than pages (or no pages at all): the ones without a page stop at once.
  const workers = ready.slice(0, pages.length > 0 ? jobs : 0);
  for (const idle of ready.slice(workers.length)) void idle.close();
  const lanes = workers.length * LANES_PER_WORKER;
  const task = (index: number): Task => ({
    path: pages[index].path,
    outPath: outPaths?.[index] ?? null,
    skipExisting: plan.skipExisting ?? false,
    pretty: plan.pretty ?? false,
    options: plan.options,
  });

  let next = 0;
  const lane = async (worker: PageWorker): Promise<void> => {
    for (;;) {
      if (outPaths === null && output.full) await output.room();
      if (hooks.signal?.aborted || next >= pages.length) return;
      const first = next;
      const left = pages.length - first;
      next += Math.max(1, Math.min(MAX_PAGES_PER_MESSAGE, Math.floor(left / (lanes * SHARES_PER_LANE))));
      const indices = Array.from({ length: next - first }, (_, k) => first + k);
      const outcomes = await worker.run(indices.map(task));
      const lines: string[] = [];
      indices.forEach((index, k) => {
        const { path } = pages[index];
        count(totals, path, outcomes[k]);
        hooks.onPage?.(path, outcomes[k]);
        if (outPaths === null) lines.push(ndjsonLine(path, outcomes[k]));
      });
      // The message's lines are written together, in order, and waited for before the lane takes more pages.
      if (outPaths === null) await output.add(first, lines.join(''), lines.length);
    }
  };

  try {
    await Promise.all(workers.flatMap((worker) => Array.from({ length: LANES_PER_WORKER }, () => lane(worker))));
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
  totals.notStarted = pages.length - next;
  totals.interrupted = totals.notStarted > 0;
  totals.seconds = (performance.now() - started) / 1000;
  return totals;
}

function count(totals: BatchTotals, path: string, outcome: Outcome): void {
  totals.bytes += outcome.bytes;
  if (outcome.status === 'ok') totals.ok++;
  else if (outcome.status === 'skipped') totals.skipped++;
  else {
    totals.failed++;
    totals.failures.push({ path, ...outcome.error });
  }
}

/** A page's NDJSON line: an ok page's comes from its worker; a failed page's (rare) is made here. */
function ndjsonLine(path: string, outcome: Outcome): string {
  if (outcome.status === 'failed') return asUtf8Bytes(errorLine('path', path, outcome.error));
  // Without an outDir nothing is skipped and every ok outcome carries its line.
  return outcome.status === 'ok' && outcome.line !== null ? outcome.line : asUtf8Bytes(okLine('path', path, 'null'));
}
