import { describe, expect, it } from 'vitest';
import { corpusScore, shingleScore, tokenize } from '../../src/metrics/shingle-f1.js';

describe('shingle metric (the benchmark evaluate.py)', () => {
  it('should tokenize like Python \\w+, splitting at combining marks', () => {
    expect(tokenize("it's 2026, naïve_x")).toEqual(['it', 's', '2026', 'naïve_x']);
    expect(tokenize('नमस्ते')).toEqual(['नमस', 'त']);
  });
  it('should score identical texts as all true positives', () => {
    expect(shingleScore('one two three four five', 'one two three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('should normalise counts to sum to one', () => {
    const s = shingleScore('a b c d e f', 'a b c d x y');
    expect(s.tp + s.fp + s.fn).toBeCloseTo(1);
    expect(s.tp).toBeCloseTo(1 / 5);
  });
  it('should treat a short text as one shingle of all its tokens', () => {
    expect(shingleScore('a b', 'a b')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('should drop pages with no output from precision but count them in recall', () => {
    const pages = [shingleScore('a b c d e', 'a b c d e'), shingleScore('a b c d e', '')];
    const s = corpusScore(pages);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});
