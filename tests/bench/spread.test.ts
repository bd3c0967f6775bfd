import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeTurns, timeInterleaved, timeRuns } from '../../bench/spread.js';

// A clock that moves only when a pass says how long it took.
let now = 0;
afterEach(() => vi.restoreAllMocks());
const fakeClock = () => {
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
};
const takes = (ms: number, log: string[], name: string) => () => {
  log.push(name);
  now += ms;
};

describe('timeInterleaved', () => {
  it('should let contenders take turns, each until its runs are made', () => {
    fakeClock();
    const log: string[] = [];
    const times = timeInterleaved([
      { runs: 3, pass: takes(1, log, 'a') },
      { runs: 2, pass: takes(2, log, 'b') },
    ]);
    expect(log).toEqual(['a', 'b', 'a', 'b', 'a']);
    expect(times).toEqual([[1, 1, 1], [2, 2]]);
  });

  it('should stop a contender whose next run would pass its budget, after one run at least', () => {
    fakeClock();
    const log: string[] = [];
    const times = timeInterleaved([
      { runs: 5, pass: takes(40, log, 'slow'), budgetMs: 60 },
      { runs: 3, pass: takes(10, log, 'fast'), budgetMs: 60 },
      { runs: 2, pass: takes(100, log, 'over'), budgetMs: 60 },
    ]);
    expect(times).toEqual([[40], [10, 10, 10], [100]]);
    expect(log).toEqual(['slow', 'fast', 'over', 'fast', 'fast']);
  });
});

describe('timeRuns', () => {
  it('should be one contender taking every turn', () => {
    fakeClock();
    const log: string[] = [];
    expect(timeRuns(4, takes(20, log, 'x'), 50)).toEqual([20, 20]);
  });
});

describe('takeTurns', () => {
  it('should take turns as timeInterleaved does, with the times the runs report', async () => {
    const log: string[] = [];
    const reports = (ms: number, name: string) => async () => {
      log.push(name);
      return ms;
    };
    const times = await takeTurns([
      { runs: 3, run: reports(40, 'slow'), budgetMs: 100 },
      { runs: 2, run: reports(1, 'fast') },
    ]);
    expect(log).toEqual(['slow', 'fast', 'slow', 'fast']);
    expect(times).toEqual([[40, 40], [1, 1]]);
  });
});
