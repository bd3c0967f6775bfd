import { describe, expect, it } from 'vitest';
import { OrderedOutput } from '../../src/batch/ordered-output.js';

describe('OrderedOutput', () => {
  it('should write lines in page order whatever order pages finish in, the lines due together in one write', async () => {
    const written: string[] = [];
    const output = new OrderedOutput(true, 1, async (line) => void written.push(line));
    const done = [output.add(2, 'c'), output.add(0, 'a')];
    expect(written).toEqual([]);
    await Promise.all(done);
    expect(written).toEqual(['a']);
    await output.add(1, 'b');
    expect(written).toEqual(['a', 'bc']);
  });
  it('should queue the pages of one message as one run, written once the pages before it are', async () => {
    const written: string[] = [];
    const output = new OrderedOutput(true, 1, async (lines) => void written.push(lines));
    const later = output.add(3, 'de', 2);
    await output.add(0, 'abc', 3);
    await later;
    expect(written).toEqual(['abcde']);
    await output.add(5, 'f');
    expect(written).toEqual(['abcde', 'f']);
  });
  it('should count waiting pages, not runs, against the limit', () => {
    const output = new OrderedOutput(true, 1, async () => {});
    void output.add(1, 'x'.repeat(15), 15);
    expect(output.full).toBe(false);
    void output.add(16, 'y');
    expect(output.full).toBe(true);
  });
  it('should write lines as they come when unordered', async () => {
    const written: string[] = [];
    const output = new OrderedOutput(false, 1, async (line) => void written.push(line));
    await Promise.all([output.add(2, 'c'), output.add(0, 'a')]);
    expect(written).toEqual(['c', 'a']);
  });
  it('should hold back new pages while too many lines wait for a slow one', async () => {
    const output = new OrderedOutput(true, 1, async () => {});
    for (let i = 1; i <= 16; i++) void output.add(i, String(i));
    let roomGiven = false;
    const room = output.room().then(() => (roomGiven = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(roomGiven).toBe(false);
    await output.add(0, '0');
    await room;
    expect(roomGiven).toBe(true);
  });
});
