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
