/**
 * Sections 1–4: each contender over every corpus page, each in a child process of
 * its own (contender-process.ts) so that no contender runs in another's heap. Each
 * warms up untimed first (JIT, regex compilation, lazy modules: start-up has its own
 * section), then the contenders take turns making timed passes; the figure is the
 * time of a pass divided by the pages in it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContenderId } from '../contenders.js';
import type { Row } from '../row.js';
import { MB, SECTION_BUDGET_SECONDS } from '../settings.js';
import { scaled, spread, takeTurns } from '../spread.js';
import type { ContenderJob, PassResult } from './contender-process.js';

// Untimed warm-up per contender, at most: three passes of pagesift, one of linkedom, some 25 pages of jsdom.
const WARM_UP_MS = 3_000;
const CHILD = join(import.meta.dirname, 'contender-process.ts');

export interface PerPageSpec {
  id: ContenderId;
  section: number;
  label: string;
  paths: readonly string[];
  passes: number;
}

/**
 * Every contender's rows, their timed passes taking turns (takeTurns), so the
 * ratios between them compare passes run side by side.
 */
export async function measurePerPage(specs: readonly PerPageSpec[]): Promise<Row[]> {
  const children: ChildProcess[] = [];
  try {
    // One at a time, so no warm-up shares the CPUs with another.
    for (const spec of specs) children.push(await startContender(spec));
    const failures = specs.map(() => new Map<string, string>());
    const times = await takeTurns(
      specs.map((spec, k) => ({
        runs: spec.passes,
        budgetMs: SECTION_BUDGET_SECONDS * 1000,
        run: async () => {
          const result = await ask(children[k]);
          for (const [path, message] of Object.entries(result.failures)) failures[k].set(path, message);
          return result.ms;
        },
      })),
    );
    return specs.map((spec, k) => {
      const perPass = spread(times[k]);
      const seconds = perPass.median / 1000;
      const bytes = spec.paths.reduce((sum, p) => sum + statSync(p).size, 0);
      return {
        id: spec.id,
        section: spec.section,
        label: spec.label,
        unit: 'ms/page',
        value: scaled(perPass, 1 / spec.paths.length),
        pagesPerSecond: spec.paths.length / seconds,
        mbPerSecond: bytes / MB / seconds,
        note: failures[k].size ? `${failures[k].size} page(s) threw: ${[...failures[k].values()][0].slice(0, 60)}` : undefined,
      };
    });
  } finally {
    for (const child of children) child.kill();
  }
}

/** A contender's process, warmed up and waiting for its first pass. */
async function startContender(spec: PerPageSpec): Promise<ChildProcess> {
  // tsx runs the child's TypeScript, under the bench and under vitest alike. Its stdout is not the
  // bench's: the table is printed there.
  const child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const job: ContenderJob = { contender: spec.id, paths: [...spec.paths], warmUpMs: WARM_UP_MS };
  child.send(job);
  await reply(child);
  return child;
}

async function ask(child: ChildProcess): Promise<PassResult> {
  child.send('pass');
  return (await reply(child)) as PassResult;
}

/** The child's next message; a child that dies first fails the bench with its exit code. */
async function reply(child: ChildProcess): Promise<unknown> {
  // Both listeners go once the race is settled: a pass each, they would pile up on the child.
  const settled = new AbortController();
  const exited = once(child, 'exit', { signal: settled.signal }).then(([code]) => {
    throw new Error(`bench contender process exited with ${code} before answering`);
  });
  try {
    const [message] = await Promise.race([once(child, 'message', { signal: settled.signal }), exited]);
    return message;
  } finally {
    settled.abort();
  }
}
