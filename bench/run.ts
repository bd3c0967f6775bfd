/**
 * npm run bench: pagesift against the least any extractor must do and against
 * Mozilla Readability, all measured in this one run on the same corpus pages,
 * plus start-up, batch and growth. Prints one table and the ratio lines of
 * issue 8's targets, and writes them to bench/results.json.
 *   --quick            fewer repetitions (a look while working; writes results.local.json)
 *   --only a,b         run only these sections: floor text html readability startup batch growth
 *                      (writes results.local.json)
 * Process sections run first, while this process is still small (forking a big
 * process costs more); the in-process contenders run last, each in a child
 * process of its own (sections/per-page.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPages } from '../eval/corpus.js';
import { ratios } from './ratios.js';
import { isRow, type SectionResult } from './row.js';
import { measureBatch } from './sections/batch.js';
import { measureGrowth } from './sections/growth.js';
import { measurePerPage, type PerPageSpec } from './sections/per-page.js';
import { measureStartup } from './sections/startup.js';
import { FULL, MB, QUICK } from './settings.js';
import { tableLines } from './table.js';

const SECTIONS = ['startup', 'batch', 'growth', 'floor', 'text', 'html', 'readability'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const only = values.only?.split(',').map((s) => s.trim()) ?? [...SECTIONS];
const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length) {
  process.stderr.write(`bench: unknown section ${unknown.join(', ')} (known: ${SECTIONS.join(' ')})\n`);
  process.exit(64);
}
const wanted = (s: Section) => only.includes(s);
const settings = values.quick ? QUICK : FULL;

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'pagesift.js');
const smallPage = join(root, 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');
const pages = corpusPages();
const textPaths = pages.map((p) => p.textPath);
const htmlPaths = pages.map((p) => p.htmlPath);
const totalMb = (paths: string[]) => paths.reduce((s, p) => s + statSync(p).size, 0) / MB;

const loadAtStart = loadavg()[0];
const header = [
  `pagesift bench${values.quick ? ' --quick' : ''} · ${pages.length} pages (${totalMb(textPaths).toFixed(1)} MB text, ${totalMb(htmlPaths).toFixed(1)} MB HTML)`,
  `node ${process.version} · ${cpus().length} CPUs · load ${loadAtStart.toFixed(1)} at start · commit ${commit()}`,
];
process.stderr.write(header.join('\n') + '\n');
if ((['startup', 'batch', 'text', 'html'] as const).some(wanted)) warnIfStale();

const results: SectionResult[] = [];
const step = (what: string) => process.stderr.write(`  measuring ${what}…\n`);
if (wanted('startup')) {
  step('start-up');
  results.push(...measureStartup({ bin, page: smallPage, starts: settings.starts }));
}
if (wanted('batch')) {
  step('batch');
  results.push(...measureBatch({ bin, pages: textPaths, runs: settings.batchRuns }));
}
if (wanted('growth')) {
  step('growth');
  results.push(...measureGrowth({ pages: textPaths, runs: settings.growthRuns }));
}
// The in-process contenders, each in a process of its own, take turns pass by pass (sections/per-page.ts), so their ratios compare like moments.
const perPage: PerPageSpec[] = [];
if (wanted('floor')) perPage.push({ id: 'floor', section: 1, label: 'floor: read + split + JSON (text)', paths: textPaths, passes: settings.passes });
if (wanted('text')) perPage.push({ id: 'text', section: 2, label: 'pagesift text path', paths: textPaths, passes: settings.passes });
if (wanted('html')) perPage.push({ id: 'html', section: 3, label: 'pagesift HTML path', paths: htmlPaths, passes: settings.passes });
if (wanted('readability')) {
  perPage.push({ id: 'readability-linkedom', section: 4, label: 'Readability + linkedom (HTML)', paths: htmlPaths, passes: settings.passes });
  perPage.push({ id: 'readability-jsdom', section: 4, label: 'Readability + jsdom (HTML)', paths: htmlPaths, passes: settings.jsdomPasses });
}
if (perPage.length) {
  step(perPage.map((p) => p.label).join(', '));
  results.push(...(await measurePerPage(perPage)));
}

results.sort((a, b) => a.section - b.section);
const rows = results.filter(isRow);
const ratioLines = ratios(rows);
process.stdout.write(['', ...header, '', ...tableLines(results, ratioLines)].join('\n') + '\n');

const partial = values.quick || values.only !== undefined;
const out = join(import.meta.dirname, partial ? 'results.local.json' : 'results.json');
const json = {
  commit: commit(),
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAtStart: Number(loadAtStart.toFixed(2)),
  quick: values.quick,
  sections: only,
  ratios: Object.fromEntries(ratioLines.map((r) => [r.name, { value: Number(r.value.toFixed(3)), target: `${r.target.at === 'most' ? '<=' : '>='} ${r.target.value}`, met: r.met }])),
  rows: rows.map((r) => ({ id: r.id, unit: r.unit, median: round(r.value.median), min: round(r.value.min), max: round(r.value.max), runs: r.value.runs, pagesPerSecond: round(r.pagesPerSecond), mbPerSecond: round(r.mbPerSecond), peakRssMb: round(r.peakRssMb), note: r.note })),
  skipped: results.filter((r) => !isRow(r)),
};
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
process.stderr.write(`\nwrote ${out}\n`);

function round(x: number | undefined): number | undefined {
  return x === undefined ? undefined : Number(x.toPrecision(4));
}

function commit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const sha = git('rev-parse', '--short', 'HEAD');
    // The results file a run writes is not a change of the code it measured.
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results.json');
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return 'unknown';
  }
}

/** Start-up, batch and the pagesift rows run the build: say so when src/ changed after the last build. */
function warnIfStale(): void {
  const built = statSync(join(root, 'dist', 'cli.cjs'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
    .map((f) => statSync(join(root, 'src', f)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
  if (built < newest) process.stderr.write('bench: dist/ is older than src/ — run `npm run build` first, or the pagesift rows measure old code\n');
}
