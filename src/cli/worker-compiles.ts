/**
 * Where a batch's workers run V8's optimising compiler. By default TurboFan compiles a hot function on
 * background threads while the worker goes on in a slower tier. With a worker on every core no core is
 * left for those threads: perf over 3,000 pages with --jobs 2 on two cores put TurboFan at 20% of the
 * run's CPU (about 0.5 s a worker, `--trace-opt`: ~220 compiles in its first 1,000 pages), competing with
 * the workers it compiles for. Compiled on the worker's own thread, the work is the same and each worker
 * gets its fast code without waiting for a turn: 10,000 pages with --jobs 2 took 6.09 and 6.11 s against
 * 6.24 and 6.33 s (runs alternating). With a core to spare (--jobs 1 on two cores) the background threads
 * are free, and compiling in place was slower (10.36 and 10.44 s against 9.83 and 10.24 s), so they stay.
 *
 * Process-wide, but read when an isolate starts: set before the workers start, it changes only theirs;
 * the main thread's isolate keeps compiling in the background. CLI only: the library keeps V8's defaults.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** Whether `workers` threads take every core, so their compiles are better made in place. */
export function compilesInPlace(workers: number, cores: number = availableParallelism()): boolean {
  return workers >= cores;
}

/** Before a batch starts `workers` worker threads. */
export function placeWorkerCompiles(workers: number): void {
  if (compilesInPlace(workers)) setFlagsFromString('--no-concurrent-recompilation');
}
