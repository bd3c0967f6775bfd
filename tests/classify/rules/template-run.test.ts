/**
 * templateRun counts a repeated line's copies over the stretch after the region and compares them with its repeats,
 * where it once recorded where every repeated line of the page is printed first and last. Checked against that former
 * form on random pages of few distinct lines (so most repeat, some inside the stretch only, some outside it too).
 */
import { describe, expect, it } from 'vitest';
import type { Features } from '../../../src/features/features.js';
import { withEnd, type Region } from '../../../src/classify/rules/body-region.js';
import { templateRun } from '../../../src/classify/rules/template-run.js';

type Limits = Parameters<typeof templateRun>[2];

function former(region: Region, features: readonly Features[], limits: Limits): Region {
  const { length, stop, furniture, minBlocks, minShare } = limits;
  let end = region.end;
  while (end < length && !stop(end) && !furniture(end)) end++;
  if (end >= length || !stop(end) || end - region.end < minBlocks) return region;
  const span = new Map<string, [number, number]>();
  features.forEach((f, i) => {
    if (f.repeats === 0) return;
    const s = span.get(f.key);
    if (s) s[1] = i;
    else span.set(f.key, [i, i]);
  });
  let inside = 0;
  for (let i = region.end; i < end; i++) {
    const s = span.get(features[i].key);
    if (s && s[0] >= region.end && s[1] < end) inside++;
  }
  return inside / (end - region.end) >= minShare ? withEnd(region, end) : region;
}

// A small deterministic generator (xorshift), so a failure can be replayed.
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

describe('templateRun', () => {
  it('should extend the region exactly where the first and last copies of each line said it should', () => {
    const next = random(20261206);
    let extended = 0;
    for (let page = 0; page < 3000; page++) {
      const n = 20 + Math.floor(next() * 60);
      const distinct = 3 + Math.floor(next() * 40);
      const keys = Array.from({ length: n }, () => `line ${Math.floor(next() * distinct)}`);
      const count = new Map<string, number>();
      for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
      const features = keys.map((key) => ({ key, repeats: count.get(key)! - 1 }) as Features);
      const start = Math.floor(next() * (n / 3));
      const region: Region = { start, end: start + 1 + Math.floor(next() * 5), total: 3 };
      const stopAt = region.end + Math.floor(next() * (n - region.end));
      const furnitureAt = next() < 0.3 ? region.end + Math.floor(next() * (n - region.end)) : -1;
      const limits: Limits = { length: n, stop: (i) => i === stopAt, furniture: (i) => i === furnitureAt, minBlocks: 5, minShare: next() < 0.5 ? 0.6 : 0.3 };
      const found = templateRun(region, features, limits);
      expect(found).toEqual(former(region, features, limits));
      if (found.end !== region.end) extended++;
    }
    // Both outcomes are met often enough to tell the two forms apart.
    expect(extended).toBeGreaterThan(100);
  });
});
