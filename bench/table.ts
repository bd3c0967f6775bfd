/** The printed table: one line per row or skipped section, then the ratio lines. */
import type { Ratio } from './ratios.js';
import { isRow, type Row, type SectionResult } from './row.js';

const num = (x: number | undefined, digits: number) => (x === undefined ? '' : x.toFixed(digits));
// Enough digits to tell apart a floor of 0.03 ms/page and an extractor of 90 ms/page.
const fig = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

export function tableLines(results: readonly SectionResult[], ratioLines: readonly Ratio[]): string[] {
  const head = ['', 'median', 'unit', 'spread (min–max)', 'runs', 'pages/s', 'MB/s', 'peak RSS MB', 'note'];
  const cells = results.filter(isRow).map(rowCells);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const leftAligned = new Set([0, 2, 3, 8]);
  const line = (c: string[]) => c.map((x, i) => (leftAligned.has(i) ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ').trimEnd();
  const body = results.map((r) => (isRow(r) ? line(rowCells(r)) : `${`${r.section} ${r.label}`.padEnd(widths[0])}  skipped: ${r.reason}`));
  const out = [line(head), ...body, ''];
  const nameWidth = Math.max(0, ...ratioLines.map((r) => r.name.length));
  for (const r of ratioLines) {
    const target = `${r.target.at === 'most' ? '≤' : '≥'} ${r.target.value}x`;
    out.push(`${r.name.padEnd(nameWidth)}  ${r.value.toFixed(2).padStart(8)}x   target ${target.padEnd(7)} ${r.met ? 'met' : 'NOT MET'}`);
  }
  return out;
}

function rowCells(r: Row): string[] {
  return [
    `${r.section} ${r.label}`,
    fig(r.value.median),
    r.unit,
    `${fig(r.value.min)}–${fig(r.value.max)}`,
    String(r.value.runs),
    num(r.pagesPerSecond, 0),
    num(r.mbPerSecond, 1),
    num(r.peakRssMb, 0),
    r.note ?? '',
  ];
}
