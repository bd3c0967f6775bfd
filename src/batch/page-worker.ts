/**
 * One worker thread running batch tasks in the order given, a few pages per message (one message
 * costs the main thread a wake-up, about as much as writing a page's line). Several messages may
 * be queued: the worker answers them one by one, and a queued message lets it start the next
 * pages without waiting for the main thread to send them. A worker that dies mid-message (out of
 * memory, a crash in native code) is replaced, and the pages of that message are run again one
 * per message on the replacement, so the page that kills a worker again is the one failed with
 * INTERNAL and the others get their own outcomes; the messages queued behind go to the new worker
 * too, so the batch goes on.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Outcome, Task } from './task.js';

/**
 * The worker is the bundle of worker.ts and the library (dist/batch-worker.cjs, `npm run bundle`),
 * found through the package's own name: this module runs bundled into dist/cli.cjs, as
 * dist/batch/page-worker.js, or from src/ under test, and the package root is the one place all three
 * agree on. One CommonJS file, not tsc's ES modules: a worker loads it in about 40 ms against about 120
 * for the ES loader's sixty modules, paid by every worker of every batch before its first page.
 */
export function workerFile(): string {
  const root = dirname(createRequire(import.meta.url).resolve('pagesift/package.json'));
  const file = join(root, 'dist', 'batch-worker.cjs');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\``);
  return file;
}

/**
 * A worker's young generation, where each page's short-lived strings and arrays are made. Left to V8,
 * it grows over a long batch towards 48 MB a worker, so peak memory at 10,000 pages was 1.5x that at
 * 1,000 with two workers (138-144 -> 210-211 MB); at 16 MB it stays 1.3x (139 -> 176-179 MB), with the
 * same pages/s within this machine's noise (several runs of each, session 4).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

interface Queued {
  tasks: Task[];
  resolve: (outcomes: Outcome[]) => void;
}

export class PageWorker {
  private worker: Worker;
  /** Sent to the worker and not yet answered, oldest (the one it is on) first. */
  private readonly queued: Queued[] = [];

  constructor(private readonly file: string) {
    this.worker = this.spawn();
  }

  /** The outcomes of `tasks`, in their order. */
  run(tasks: Task[]): Promise<Outcome[]> {
    return new Promise((resolve) => {
      this.queued.push({ tasks, resolve });
      this.worker.postMessage(tasks);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners();
    await this.worker.terminate();
  }

  private spawn(): Worker {
    // A worker prints nothing, but anything it did print goes to stderr: stdout holds the NDJSON only. Forwarded by hand,
    // not piped (a pipe, and Node's default for a worker's output, looks up process.stdout, which creates its stream):
    // without a process.stdout the lines are written straight to the descriptor (cli/output.ts's writeResult), which
    // took the main thread's CPU on 10,000 pages with --jobs 2 from 430-450 to 380-400 ms (three runs each).
    const worker = new Worker(this.file, { stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    worker.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    worker.on('message', (outcomes: Outcome[]) => this.queued.shift()?.resolve(outcomes));
    worker.on('error', (error) => this.crashed(error.message));
    worker.on('exit', (code) => this.crashed(`worker exited with code ${code}`));
    return worker;
  }

  private crashed(message: string): void {
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.worker = this.spawn();
    const lost = this.queued.shift();
    if (lost?.tasks.length === 1) lost.resolve([{ status: 'failed', bytes: 0, error: { code: 'INTERNAL', message: `internal error: ${message}` } }]);
    else if (lost) this.queued.unshift(...onePerMessage(lost));
    for (const { tasks } of this.queued) this.worker.postMessage(tasks);
  }
}

/** The pages of one message as messages of one page each, whose outcomes answer the original together. */
function onePerMessage(message: Queued): Queued[] {
  const outcomes: Outcome[] = [];
  let left = message.tasks.length;
  return message.tasks.map((task, i) => ({
    tasks: [task],
    resolve: ([outcome]) => {
      outcomes[i] = outcome;
      if (--left === 0) message.resolve(outcomes);
    },
  }));
}
