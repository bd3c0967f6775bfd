/**
 * What batch says on stderr while it runs: a progress bar (pages done/total, pages/s, ETA,
 * failures) only while stderr is a terminal, and one line per failed page. cli-progress is
 * loaded only when a bar is drawn, so pipes and `pagesift extract` never load it.
 */
import { createRequire } from 'node:module';
import type { MultiBar, SingleBar } from 'cli-progress';
import type { Outcome } from '../batch/task.js';

export interface ProgressOptions {
  total: number;
  /** No bar and no per-page lines. */
  quiet: boolean;
}

export class BatchProgress {
  private failed = 0;
  private done = 0;
  private readonly started = Date.now();

  private constructor(
    private readonly quiet: boolean,
    private readonly bars: MultiBar | null,
    private readonly bar: SingleBar | null,
  ) {}

  static async start({ total, quiet }: ProgressOptions): Promise<BatchProgress> {
    if (quiet || !process.stderr.isTTY || total === 0) return new BatchProgress(quiet, null, null);
    // Required, not import()ed: the CLI bundle runs as a vm.Script (bin/load-cli.js), which has no import().
    const progress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
    const bars = new progress.MultiBar(
      {
        format: '{bar} {value}/{total} pages | {rate} pages/s | ETA {eta_formatted} | {failed} failed',
        stream: process.stderr,
        clearOnComplete: true,
        etaBuffer: 200,
      },
      progress.Presets.shades_classic,
    );
    const bar = bars.create(total, 0, { rate: '0.0', failed: 0 });
    return new BatchProgress(quiet, bars, bar);
  }

  page(path: string, outcome: Outcome): void {
    this.done++;
    if (outcome.status === 'failed') {
      this.failed++;
      this.say(`pagesift: ${path}: ${outcome.error.message}`);
    }
    const seconds = (Date.now() - this.started) / 1000;
    this.bar?.update(this.done, { rate: seconds > 0 ? (this.done / seconds).toFixed(1) : '0.0', failed: this.failed });
  }

  /** One line above the bar (or plain on stderr when there is none). */
  say(line: string): void {
    if (this.quiet) return;
    if (this.bars) this.bars.log(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  }

  stop(): void {
    this.bars?.stop();
  }
}
