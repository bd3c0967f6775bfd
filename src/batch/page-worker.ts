/**
 * One worker thread running batch tasks in the order given. Several tasks may be queued: the
 * worker answers them one by one, and a queued task lets it start the next page without
 * waiting for the main thread to send one. A worker that dies mid-task (out of memory, a crash
 * in native code) fails the page it was on with INTERNAL and is replaced; the tasks queued
 * behind that page go to the new worker, so the batch goes on.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Outcome, Task } from './task.js';

/**
 * The worker is tsc's output in this package, found through the package's own name: this
 * module runs bundled into dist/cli.cjs, as dist/batch/page-worker.js, or from src/ under
 * test, and the package root is the one place all three agree on.
 */
export function workerFile(): string {
  const root = dirname(createRequire(import.meta.url).resolve('pagesift/package.json'));
  const file = join(root, 'dist', 'batch', 'worker.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\``);
  return file;
}

interface Queued {
  task: Task;
  resolve: (outcome: Outcome) => void;
}

export class PageWorker {
  private worker: Worker;
  /** Sent to the worker and not yet answered, oldest (the one it is on) first. */
  private readonly queued: Queued[] = [];

  constructor(private readonly file: string) {
    this.worker = this.spawn();
  }

  run(task: Task): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queued.push({ task, resolve });
      this.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners();
    await this.worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', (outcome: Outcome) => this.settle(outcome));
    worker.on('error', (error) => this.crashed(error.message));
    worker.on('exit', (code) => this.crashed(`worker exited with code ${code}`));
    return worker;
  }

  private crashed(message: string): void {
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.worker = this.spawn();
    this.settle({ status: 'failed', bytes: 0, error: { code: 'INTERNAL', message: `internal error: ${message}` } });
    for (const { task } of this.queued) this.worker.postMessage(task);
  }

  private settle(outcome: Outcome): void {
    this.queued.shift()?.resolve(outcome);
  }
}
