/**
 * Section 5: a whole `pagesift extract` process on one small page against
 * `node -e 0`, started alternately so both see the same machine load.
 * Wall time is the figure; CPU time (all threads, mean per start) is printed
 * too because it moves less when other work shares the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Row } from '../row.js';
import { spread } from '../spread.js';

// Linux reports the CPU time of waited-for children in clock ticks of 1/100 s.
const CLOCK_TICKS_PER_SECOND = 100;

export interface StartupSpec {
  bin: string;
  page: string;
  starts: number;
}

export function measureStartup(spec: StartupSpec): Row[] {
  const commands = [
    { id: 'node', label: 'node -e 0', args: ['-e', '0'] },
    { id: 'startup', label: 'pagesift extract <small page>', args: [spec.bin, 'extract', spec.page] },
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const wall = commands.map(() => [] as number[]);
  const cpu = commands.map(() => 0);
  for (let i = 0; i < spec.starts + 1; i++) {
    commands.forEach((c, j) => {
      const cpuBefore = childrenCpuMs();
      const started = performance.now();
      const r = spawnSync(process.execPath, c.args, { stdio: 'ignore', env });
      const ms = performance.now() - started;
      if (r.status !== 0) throw new Error(`${c.label} exited with ${r.status}`);
      // The first round warms the file cache and is not counted.
      if (i === 0) return;
      wall[j].push(ms);
      cpu[j] += childrenCpuMs() - cpuBefore;
    });
  }
  return commands.map((c, j) => ({
    id: c.id,
    section: 5,
    label: c.label,
    unit: 'ms/run',
    value: spread(wall[j]),
    note: existsSync('/proc/self/stat') ? `CPU ${(cpu[j] / spec.starts).toFixed(0)} ms` : undefined,
  }));
}

/** CPU time (user + system) of every child waited for so far, from /proc; 0 where there is no /proc. */
function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), cutime and cstime; this array starts at field 3.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
