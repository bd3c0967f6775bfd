/**
 * `pagesift batch`, the run itself: find the pages, run them on worker threads, show progress,
 * stop cleanly on SIGINT/SIGTERM, write the report, print the summary, end with the exit code.
 */
import { writeFileAtomic } from '../batch/atomic-write.js';
import { discoverPages } from '../batch/discover.js';
import type { PageWorker } from '../batch/page-worker.js';
import { makeOutFolder, makeReportFolder } from '../batch/output-folders.js';
import { failureReport } from '../batch/report.js';
import { defaultJobs, runBatch, startWorkers, type BatchTotals } from '../batch/run-batch.js';
import type { Encoding } from '../decode/decode.js';
import { PagesiftError } from '../errors.js';
import { BatchProgress } from './batch-progress.js';
import { batchSummary } from './batch-summary.js';
import { CommandExit } from './command-exit.js';
import { EXIT } from './exit-codes.js';
import { writeResult } from './output.js';
import { placeWorkerCompiles } from './worker-compiles.js';

export interface BatchFlags {
  out?: string;
  include?: string[];
  exclude?: string[];
  /** Absent: one worker per CPU (run-batch's defaultJobs). */
  jobs?: number;
  unordered?: boolean;
  skipExisting?: boolean;
  report?: string;
  quiet?: boolean;
  pretty?: boolean;
  includeBoilerplate?: boolean;
  input?: 'text' | 'html';
  encoding?: Encoding;
  maxBytes: number;
}

const STOP_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: EXIT.INTERRUPTED, SIGTERM: EXIT.TERMINATED };

export async function batchAction(operands: string[], flags: BatchFlags): Promise<void> {
  if (flags.skipExisting && flags.out === undefined) {
    throw new PagesiftError('USAGE', '--skip-existing needs --out: it compares each output file with its page');
  }
  if (flags.out !== undefined) makeOutFolder(flags.out);
  if (flags.report !== undefined) makeReportFolder(flags.report);
  // The workers start first and load while the pages are found. A batch with fewer pages than jobs stops the
  // extra ones as soon as it knows (about 20 ms of a core each), and makes its compiles as --jobs asked.
  const jobs = flags.jobs ?? defaultJobs();
  placeWorkerCompiles(jobs);
  const workers = startWorkers(jobs);
  let run: { totals: BatchTotals; stoppedBy: NodeJS.Signals | null };
  try {
    run = await findAndRun(operands, flags, workers);
  } catch (error) {
    // runBatch closes the workers once it has them; finding the pages may fail before it does.
    await Promise.all(workers.map((w) => w.close()));
    throw error;
  }

  const { totals, stoppedBy } = run;
  if (!flags.quiet) process.stderr.write(await batchSummary(totals, flags.out !== undefined));
  if (flags.report !== undefined) writeFileAtomic(flags.report, failureReport(totals));
  const code = stoppedBy !== null ? (STOP_EXIT[stoppedBy] ?? EXIT.INTERRUPTED) : totals.failed > 0 ? EXIT.SOME_PAGES_FAILED : EXIT.OK;
  if (code !== EXIT.OK) throw new CommandExit(code);
}

/** Find the pages and run them on `workers`, with progress on stderr and SIGINT/SIGTERM stopping cleanly. */
async function findAndRun(operands: string[], flags: BatchFlags, workers: PageWorker[]): Promise<{ totals: BatchTotals; stoppedBy: NodeJS.Signals | null }> {
  const { pages, emptyGlobs } = await discoverPages(operands, { include: flags.include, exclude: flags.exclude });
  const progress = await BatchProgress.start({ total: pages.length, quiet: flags.quiet === true });
  for (const glob of emptyGlobs) progress.say(`pagesift: ${glob}: no files match`);

  const stop = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal means "now": outputs stay whole (they are renamed into place), temporary files may remain.
    if (stoppedBy !== null) process.exit(STOP_EXIT[signal]);
    stoppedBy = signal;
    stop.abort();
    progress.say(`pagesift: ${signal}: finishing the pages in flight (again to quit now)`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const totals = await runBatch(
      {
        pages,
        outDir: flags.out ?? null,
        workers,
        ordered: flags.unordered !== true,
        skipExisting: flags.skipExisting,
        pretty: flags.out !== undefined && flags.pretty === true,
        options: { input: flags.input, encoding: flags.encoding, maxBytes: flags.maxBytes, includeBoilerplate: flags.includeBoilerplate },
      },
      { writeLine: flags.out === undefined ? (lines) => writeResult(lines, 'latin1') : undefined, onPage: (path, outcome) => progress.page(path, outcome), signal: stop.signal },
    );
    return { totals, stoppedBy };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.stop();
  }
}
