/**
 * tsx bench/regex-first-use.ts [page]: which regexes make a one-page run slow.
 * V8 compiles a regex on its first execution (and again, to machine code, soon
 * after); a case-insensitive Unicode regex with a big alternation or a \p{…}
 * class costs milliseconds there, paid by every `pagesift extract`. This times
 * every RegExp execution during a first and a second extract of the same page
 * and lists the regexes by how much more the first run spent in them: the
 * median over several fresh processes, since one process is at the mercy of GC.
 * A diagnostic, not a benchmark: the timing wrapper slows every match a little.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spread } from './spread.js';

// Regexes listed, most costly first; fresh processes measured.
const TOP = 15;
const PROCESSES = 5;

const page = process.argv[2] ?? join(import.meta.dirname, '..', 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');
if (process.env.PAGESIFT_REGEX_CHILD) {
  process.stdout.write(JSON.stringify(await measureOnce()));
} else {
  report();
}

/** In a fresh process: ms of first run minus ms of second run, per regex. */
async function measureOnce(): Promise<Record<string, number>> {
  const spent = new Map<string, [first: number, second: number]>();
  let run: 0 | 1 = 0;

  // Every regex use (test, match, replace, split) goes through exec once exec is replaced.
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function timedExec(this: RegExp, text: string) {
    const started = performance.now();
    const result = exec.call(this, text);
    const key = `/${this.source.length > 80 ? `${this.source.slice(0, 79)}…` : this.source}/${this.flags}  (${this.source.length} chars)`;
    const entry = spent.get(key) ?? [0, 0];
    entry[run] += performance.now() - started;
    spent.set(key, entry);
    return result;
  };

  const { extract } = await import('../src/index.js');
  const bytes = readFileSync(page);
  extract(bytes);
  run = 1;
  extract(bytes);

  return Object.fromEntries([...spent].map(([key, [first, second]]) => [key, first - second]));
}

function report(): void {
  const samples = new Map<string, number[]>();
  const totals: number[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], page], { encoding: 'utf8', env: { ...process.env, PAGESIFT_REGEX_CHILD: '1' } });
    const extra: Record<string, number> = JSON.parse(out);
    totals.push(Object.values(extra).reduce((a, b) => a + b, 0));
    for (const [key, ms] of Object.entries(extra)) samples.set(key, [...(samples.get(key) ?? []), ms]);
  }
  const total = spread(totals);
  console.log(`first extract of ${page}: ${total.median.toFixed(1)} ms more in regexes than the second (median of ${PROCESSES} processes, ${total.min.toFixed(1)}–${total.max.toFixed(1)}; ${samples.size} regexes)`);
  console.log('  extra ms (median, min–max)  regex');
  const rows = [...samples].map(([key, ms]) => ({ key, extra: spread(ms) })).sort((a, b) => b.extra.median - a.extra.median);
  for (const r of rows.slice(0, TOP)) {
    console.log(`${r.extra.median.toFixed(2).padStart(10)}  ${`${r.extra.min.toFixed(1)}–${r.extra.max.toFixed(1)}`.padEnd(14)}  ${r.key}`);
  }
}
