/**
 * One in-process contender of sections 1–4, in a process of its own, making a
 * timed pass over its pages each time the bench asks. Alone, it pays for its
 * own garbage and no other contender's: jsdom keeps hundreds of MB alive between
 * pages, and in a shared process every later pass of every contender ran in that
 * heap (pagesift's text path 1.26 → 1.77 ms/page after three jsdom passes).
 * No forced collection before a pass either: that left V8 to regrow its heap
 * during the pass, which cost pagesift's HTML path 12%.
 *
 * Messages: in, a ContenderJob first and then 'pass' per timed pass; out, 'ready'
 * once warm, then a PassResult per pass.
 */
import { CONTENDERS, type ContenderId } from '../contenders.js';

export interface ContenderJob {
  contender: ContenderId;
  paths: string[];
  warmUpMs: number;
}

export interface PassResult {
  ms: number;
  /** The first error message of a page that threw, by page, in this pass. */
  failures: Record<string, string>;
}

// Warm-up ends after this many passes even with time left: later passes change nothing.
const MAX_WARM_UP_PASSES = 3;

if (!process.send) throw new Error('contender-process: run by the bench, with an IPC channel');

let perPage: ((path: string) => void) | undefined;
let paths: string[] = [];

process.on('message', (message: ContenderJob | 'pass') => {
  if (message === 'pass') {
    process.send!(timedPass());
    return;
  }
  void start(message);
});

async function start(job: ContenderJob): Promise<void> {
  paths = job.paths;
  perPage = await CONTENDERS[job.contender]();
  warmUp(job.warmUpMs);
  process.send!('ready');
}

/** Pages in turn, untimed, until warmUpMs have passed or MAX_WARM_UP_PASSES passes are made (JIT, regex compilation, lazy modules). */
function warmUp(warmUpMs: number): void {
  const until = performance.now() + warmUpMs;
  for (let i = 0; i < paths.length * MAX_WARM_UP_PASSES && performance.now() < until; i++) {
    try {
      perPage!(paths[i % paths.length]);
    } catch {
      // Counted in the timed passes.
    }
  }
}

function timedPass(): PassResult {
  const failures: Record<string, string> = {};
  const started = performance.now();
  for (const path of paths) {
    try {
      perPage!(path);
    } catch (error) {
      failures[path] = (error as Error)?.message ?? String(error);
    }
  }
  return { ms: performance.now() - started, failures };
}
