/**
 * NDJSON lines in input order (--ordered) or as pages finish (--unordered). In order, a page
 * that finishes early waits in memory for the ones before it; `room()` holds back new pages
 * while too many wait, so one slow page cannot make memory grow with the size of the batch.
 */

/** Lines allowed to wait for a slow page before new pages are held back: a few per worker keeps every worker busy. */
const WAITING_LINES_PER_JOB = 16;

export class OrderedOutput {
  private readonly waiting = new Map<number, string>();
  private next = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly roomWaiters: (() => void)[] = [];
  private readonly maxWaiting: number;

  constructor(
    private readonly ordered: boolean,
    jobs: number,
    private readonly write: (line: string) => Promise<void>,
  ) {
    this.maxWaiting = jobs * WAITING_LINES_PER_JOB;
  }

  /** Resolves when a new page may start without overfilling the waiting lines. */
  async room(): Promise<void> {
    while (this.ordered && this.waiting.size >= this.maxWaiting) await new Promise<void>((r) => this.roomWaiters.push(r));
  }

  /** Queue the line of page `index` (ending in its newline); resolves once it (and all before it) are written. */
  add(index: number, line: string): Promise<void> {
    if (this.ordered) this.waiting.set(index, line);
    this.writing = this.writing.then(() => (this.ordered ? this.flush() : this.write(line)));
    return this.writing;
  }

  /** Every line now due, in one write: pages arrive a few per message, so their lines are due together. */
  private async flush(): Promise<void> {
    const due: string[] = [];
    while (this.waiting.has(this.next)) {
      due.push(this.waiting.get(this.next) as string);
      this.waiting.delete(this.next);
      this.next++;
    }
    if (due.length > 0) await this.write(due.join(''));
    for (const wake of this.roomWaiters.splice(0)) wake();
  }
}
