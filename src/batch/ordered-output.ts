/**
 * NDJSON lines in input order (--ordered) or as pages finish (--unordered). In order, a page
 * that finishes early waits in memory for the ones before it; `room()` holds back new pages
 * while too many wait, so one slow page cannot make memory grow with the size of the batch.
 * Lines arrive a message (a few pages in a row) at a time and are queued that way: one entry,
 * one promise and one write per message, not per page (the main thread's work per page is taken
 * from the workers with a worker on every core).
 */

/** Lines allowed to wait for a slow page before new pages are held back: a few per worker keeps every worker busy. */
const WAITING_LINES_PER_JOB = 16;

interface Run {
  lines: string;
  pages: number;
}

export class OrderedOutput {
  /** Runs of pages waiting for the ones before them, by their first page. */
  private readonly waiting = new Map<number, Run>();
  private waitingPages = 0;
  private next = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly roomWaiters: (() => void)[] = [];
  private readonly maxWaiting: number;

  constructor(
    private readonly ordered: boolean,
    jobs: number,
    private readonly write: (lines: string) => Promise<void>,
  ) {
    this.maxWaiting = jobs * WAITING_LINES_PER_JOB;
  }

  /** Too many lines wait for a slow page for a new page to start: see `room()`. */
  get full(): boolean {
    return this.ordered && this.waitingPages >= this.maxWaiting;
  }

  /** Resolves when a new page may start without overfilling the waiting lines. */
  async room(): Promise<void> {
    while (this.full) await new Promise<void>((r) => this.roomWaiters.push(r));
  }

  /**
   * Queue the lines of `pages` pages in a row from page `index` (each ending in its newline);
   * resolves once they (and all before them) are written.
   */
  add(index: number, lines: string, pages = 1): Promise<void> {
    if (!this.ordered) return (this.writing = this.writing.then(() => this.write(lines)));
    this.waiting.set(index, { lines, pages });
    this.waitingPages += pages;
    return (this.writing = this.writing.then(() => this.flush()));
  }

  /** Every line now due, in one write. */
  private flush(): Promise<void> | void {
    const due: string[] = [];
    for (let run = this.waiting.get(this.next); run !== undefined; run = this.waiting.get(this.next)) {
      due.push(run.lines);
      this.waiting.delete(this.next);
      this.waitingPages -= run.pages;
      this.next += run.pages;
    }
    if (due.length === 0) return;
    return this.write(due.join('')).then(() => {
      for (const wake of this.roomWaiters.splice(0)) wake();
    });
  }
}
