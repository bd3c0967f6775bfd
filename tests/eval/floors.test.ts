/**
 * The accuracy gate: every figure pinned in eval/floors.json must still be met.
 * Raise floors with `npm run floors:raise`; it refuses to lower one without --allow-lower.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../eval/corpus.js';
import { belowFloors, raiseFloors, readFloors } from '../../eval/floors.js';
import { measure } from '../../eval/metrics.js';

const corpusHere = existsSync(CORPUS_DIR);

describe('accuracy floors', () => {
  it('should find the benchmark corpus when running in CI', () => {
    if (process.env.CI) expect(corpusHere, `corpus missing at ${CORPUS_DIR}`).toBe(true);
  });
  it.runIf(corpusHere)('should meet every pinned floor (text and HTML corpus, fixtures)', () => {
    expect(belowFloors(readFloors(), measure())).toEqual([]);
  }, 120_000);
});

describe('raising floors', () => {
  it('should raise a floor to the new measurement, three decimals down', () => {
    expect(raiseFloors({ a: 0.9 }, { a: 0.95678 }, false).next).toEqual({ a: 0.956 });
  });
  it('should refuse to lower a floor unless allowed', () => {
    const kept = raiseFloors({ a: 0.9 }, { a: 0.85 }, false);
    expect(kept.next).toEqual({ a: 0.9 });
    expect(kept.lowered).toEqual(['a: 0.9 -> 0.85']);
    expect(raiseFloors({ a: 0.9 }, { a: 0.85 }, true).next).toEqual({ a: 0.85 });
  });
  it('should report a measurement below its floor', () => {
    expect(belowFloors({ a: 0.9, b: 0.5 }, { a: 0.89, b: 0.5 })).toEqual(['a: 0.8900 < floor 0.9']);
  });
});
