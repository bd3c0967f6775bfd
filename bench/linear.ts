/**
 * Is extract() linear in its input? Times it on inputs of growing size (doubling) for shapes
 * that break naive extractors (one huge line, many lines, many quotes, regex traps) and prints
 * the time ratio of each doubling: ~2 is linear, ~4 quadratic. Issue 7 allows at most ~2.5.
 *
 *   npm run bench:linear                   every shape, 16 kB to 2 MB
 *   npm run bench:linear -- spaces dashes  only these shapes
 *   npm run bench:linear -- --max 8MB      larger inputs
 *
 * A benchmark, not a test: timings depend on the machine, so nothing here fails a build.
 */
import { extract } from '../src/pipeline.js';
import { parseByteSize } from '../src/cli/parse-size.js';
import type { InputFormat } from '../src/decode/detect-format.js';

const PROSE = 'The minister said on Thursday that the two governments had agreed to work together on the matter, and that talks would go on. ';

interface Shape {
  /** A page of about `size` characters. */
  page: (size: number) => string;
  /** Force the input format (text mislabelled as HTML takes the HTML path). */
  input?: InputFormat;
}

const SHAPES: Record<string, Shape> = {
  'one-line': { page: (n) => fill(PROSE, n) },
  'short-lines': { page: (n) => fill('Home\nWorld news\nShare this\n', n) },
  // Numbered, so that no paragraph repeats another: repeats are furniture, not body.
  paragraphs: { page: (n) => numbered((i) => `${PROSE.repeat(4)}(${i})\n\n`, n) },
  'quote-paragraphs': { page: (n) => numbered((i) => `"India and the US held meeting number ${i} in Washington on drug policy today," the MEA posted on X.\n\n${PROSE}(${i})\n\n`, n) },
  'quote-marks-one-line': { page: (n) => fill(`He said "we will go on with the talks" and "they agree" on X. `, n) },
  'unclosed-quotes': { page: (n) => fill('“ the minister said on X that talks ', n) },
  'unclosed-quote-lines': { page: (n) => fill(`“${PROSE}\n\n`, n) },
  spaces: { page: (n) => `Title of the page here\n\nA${' '.repeat(n)}b.\n` },
  'space-word': { page: (n) => fill('a ', n) },
  dashes: { page: (n) => fill('-', n) },
  'dash-lines': { page: (n) => fill('— – - — –\n', n) },
  digits: { page: (n) => fill('2026', n) },
  'digit-words': { page: (n) => fill('22 01 2026 13 30 ', n) },
  'capital-words': { page: (n) => fill('Amit Shah Union Home Minister ', n) },
  'on-on-on': { page: (n) => fill('On ', n) },
  'in-a-post-on': { page: (n) => fill('In a post on ', n) },
  'by-by-by': { page: (n) => fill('By ', n) },
  'photo-lines': { page: (n) => fill('Photo: AFP/Getty Images\n', n) },
  'related-lists': { page: (n) => fill('Related\nA headline of some other story here\nAnother headline of another story here\n', n) },
  'repeated-lines': { page: (n) => fill('The same line of the page, again and again\n', n) },
  // One short line repeated under a list heading: the card-list reader collects its positions.
  'card-separators': { page: (n) => `A headline of the story\n${PROSE}\nRelated\n${fill('Love it Download\n', n)}` },
  commas: { page: (n) => fill(',', n) },
  'long-word': { page: (n) => 'x'.repeat(n) },
  'lt-signs-as-html': { page: (n) => fill('a < b ', n), input: 'html' },
  'unclosed-script-as-html': { page: (n) => fill('<script a ', n), input: 'html' },
  'quote-marks-as-html': { page: (n) => fill(`He said "we will go on with the talks" and "they agree" on X. `, n), input: 'html' },
  'paragraphs-as-html': { page: (n) => numbered((i) => `<p>${PROSE.repeat(4)}(${i})</p>\n`, n), input: 'html' },
  'tags-as-html': { page: (n) => fill(`<p>${PROSE}</p>\n<div><a href="/x">Home</a></div>\n`, n), input: 'html' },
};

// One measurement over this many milliseconds is enough; below it, take the best of a few runs.
const SLOW_MS = 2000;
// A shape this slow at one size has answered the question; twice the size could take minutes.
const GIVE_UP_MS = 5000;
const REPEATS = 5;
// Runs shorter than this are timer and scheduler noise; they are shown but not fitted.
const NOISE_MS = 5;
// Issue 7: doubling the input may at most ~2.5× the time.
const MAX_RATIO = 2.5;
// Collect garbage before each run (node --expose-gc) so one run does not pay for the last one's.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * The time ratio per doubling from a least-squares fit of log(time) on log(size): one noisy
 * measurement moves a fitted slope far less than it moves one doubling's ratio.
 */
function doublingRatio(points: ReadonlyArray<[number, number]>): number | null {
  if (points.length < 3) return null;
  const xs = points.map(([size]) => Math.log2(size));
  const ys = points.map(([, ms]) => Math.log2(ms));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return 2 ** (num / den);
}

function numbered(unit: (i: number) => string, size: number): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    parts.push(unit(i));
    length += parts[i].length;
  }
  return parts.join('').slice(0, size);
}

function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

// CPU time, not wall time: on a shared machine other processes inflate wall time at random.
function timeOnce(page: string, input: InputFormat | undefined): number {
  gc();
  const t = process.cpuUsage();
  extract(page, { input });
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

function time(page: string, input: InputFormat | undefined): number {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const ms = timeOnce(page, input);
    best = Math.min(best, ms);
    if (ms > SLOW_MS) break;
  }
  return best;
}

function main(argv: string[]): void {
  const maxAt = argv.indexOf('--max');
  const max = maxAt === -1 ? 2 * 1024 * 1024 : parseByteSize(argv[maxAt + 1]);
  const names = argv.filter((a, i) => !a.startsWith('--') && (maxAt === -1 || i !== maxAt + 1));
  const shapes = names.length ? names : Object.keys(SHAPES);
  let worst = 0;
  extract(SHAPES['paragraphs'].page(64 * 1024)); // warm the JIT
  for (const name of shapes) {
    const shape = SHAPES[name];
    if (!shape) throw new Error(`no shape "${name}"; shapes: ${Object.keys(SHAPES).join(', ')}`);
    const cells: string[] = [];
    let previous: number | null = null;
    const points: Array<[number, number]> = [];
    for (let size = 16 * 1024; size <= max; size *= 2) {
      const ms = time(shape.page(size), shape.input);
      // Ratios of runs under a few milliseconds are noise.
      const ratio = previous !== null && previous >= NOISE_MS ? ms / previous : null;
      if (ms >= NOISE_MS) points.push([size, ms]);
      cells.push(`${kb(size)} ${ms.toFixed(1)}ms${ratio !== null ? ` ×${ratio.toFixed(2)}` : ''}`);
      previous = ms;
      if (ms > GIVE_UP_MS) break;
    }
    const ratio = doublingRatio(points);
    worst = Math.max(worst, ratio ?? 0);
    const verdict = ratio === null ? 'too fast to tell' : `×${ratio.toFixed(2)} per doubling${ratio > MAX_RATIO ? ' SUPER-LINEAR' : ''}`;
    process.stdout.write(`${name.padEnd(22)} ${verdict}\n    ${cells.join(' | ')}\n`);
  }
  process.stdout.write(`\nworst fitted ratio over all shapes: ×${worst.toFixed(2)} per doubling (linear ≈ 2, allowed ≤ ${MAX_RATIO})\n`);
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024}MB` : `${bytes / 1024}kB`;
}

main(process.argv.slice(2));
