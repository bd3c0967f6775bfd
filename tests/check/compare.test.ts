import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/check/compare.js';
import type { Result } from '../../src/validate/schema.js';

const seed: Result = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'darpan-india-us-drug-policy', 'expected.json'), 'utf8'));
const edit = (change: (r: Result) => void): Result => {
  const copy: Result = structuredClone(seed);
  change(copy);
  return copy;
};
const paths = (expected: Result, actual: Result, options = {}) => compareResults(expected, actual, options).differences.map((d) => d.path);

describe('compareResults', () => {
  it('should find no difference between a result and itself', () => {
    expect(paths(seed, structuredClone(seed))).toEqual([]);
  });
  it('should ignore source.name, which says where the page came from', () => {
    expect(paths(seed, edit((r) => (r.source.name = 'fixtures/page/input.txt')))).toEqual([]);
  });
  it('should compare source bytes and format', () => {
    expect(paths(seed, edit((r) => (r.source.bytes += 1)))).toEqual(['source.bytes']);
  });
  it('should name each changed field in report order', () => {
    const actual = edit((r) => {
      r.article.body.pop();
      r.article.title = 'Another title';
      r.warnings.push('no byline');
    });
    expect(paths(seed, actual)).toEqual(['title', `body[${seed.article.body.length - 1}]`, 'warnings[0]']);
  });
  it('should compare only the fields asked for', () => {
    const actual = edit((r) => {
      r.article.title = 'Another title';
      r.article.published = '2026-01-23';
    });
    expect(paths(seed, actual, { fields: ['published', 'body'] })).toEqual(['published']);
  });
  it('should pass a body within the F1 tolerance while the title must still match', () => {
    const actual = edit((r) => {
      r.article.body.splice(4, 1);
      r.article.title = 'Another title';
    });
    const comparison = compareResults(seed, actual, { minBodyF1: 0.9 });
    expect(comparison.differences.map((d) => d.path)).toEqual(['title']);
    expect(comparison.bodyF1?.f1).toBeGreaterThan(0.9);
    expect(comparison.bodyF1?.f1).toBeLessThan(1);
  });
  it('should fail a body below the F1 tolerance and show its paragraphs', () => {
    const actual = edit((r) => r.article.body.splice(0, 6));
    const comparison = compareResults(seed, actual, { minBodyF1: 0.95 });
    expect(comparison.bodyF1?.f1).toBeLessThan(0.95);
    expect(comparison.differences.filter((d) => d.change === 'dropped')).toHaveLength(6);
  });
});
