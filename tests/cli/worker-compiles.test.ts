import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/batch/run-batch.js';
import { compilesInPlace } from '../../src/cli/worker-compiles.js';

describe('compilesInPlace', () => {
  it('should compile in the workers only when they take every core', () => {
    expect(compilesInPlace(2, 2)).toBe(true);
    expect(compilesInPlace(8, 2)).toBe(true);
    expect(compilesInPlace(1, 2)).toBe(false);
    expect(compilesInPlace(3, 4)).toBe(false);
    expect(compilesInPlace(1, 1)).toBe(true);
  });
});

describe('workerCount', () => {
  it('should start the workers asked for, never more than the pages, at least one', () => {
    expect(workerCount(100, 2)).toBe(2);
    expect(workerCount(1, 4)).toBe(1);
    expect(workerCount(0, 4)).toBe(1);
    expect(workerCount(100)).toBeGreaterThanOrEqual(1);
  });
});
