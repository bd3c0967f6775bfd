/**
 * The title: the nearest headline-shaped block above the byline (or the body
 * when no byline is found). A headline has a few words, no final period, and
 * often appears again on the page (browser title, breadcrumb, bullet echo).
 */
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import { THRESHOLDS as T } from '../thresholds.js';

export function findTitle(
  blocks: readonly Block[],
  features: readonly Features[],
  below: number,
  skip: (i: number) => boolean,
): number | null {
  const floor = Math.max(0, below - T.titleSearchWindow);
  let fallback: number | null = null;
  for (let i = below - 1; i >= floor; i--) {
    if (skip(i)) continue;
    const f = features[i];
    if (!headlineShaped(blocks[i].text, f)) continue;
    // A bullet that echoes another block is the echo; the original above it is the title.
    if (f.bullet && f.repeats > 0) continue;
    if (fallback === null) fallback = i;
    // A sentence-cased standfirst below the title often has no final period either; prefer a
    // block that the page repeats elsewhere, or that is followed by a byline or date.
    if (f.repeats > 0) return i;
  }
  return fallback;
}

export function headlineShaped(text: string, f: Features): boolean {
  if (f.words < T.titleMinWords && !(f.unspacedScript && f.chars >= 8)) return false;
  if (f.words > T.titleMaxWords) return false;
  if (/[.:;,]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (f.date && f.chars - f.date.text.length < 20) return false;
  return true;
}
