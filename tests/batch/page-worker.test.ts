import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageWorker } from '../../src/batch/page-worker.js';
import type { Task } from '../../src/batch/task.js';

const crashingWorker = join(import.meta.dirname, 'crashing-worker.mjs');
const task = (path: string): Task => ({ path, outPath: null, skipExisting: false, pretty: false, options: { maxBytes: 1000 } });

describe('PageWorker', () => {
  it('should answer queued tasks in the order they were sent', async () => {
    const worker = new PageWorker(crashingWorker);
    try {
      const outcomes = await Promise.all(['a', 'bb', 'ccc'].map((p) => worker.run(task(p))));
      expect(outcomes.map((o) => (o.status === 'ok' ? o.json : o.status))).toEqual(['"a"', '"bb"', '"ccc"']);
    } finally {
      await worker.close();
    }
  });

  it('should fail only the task a dying worker was on and run the ones queued behind it on its replacement', async () => {
    const worker = new PageWorker(crashingWorker);
    try {
      const [crashed, before, after] = await Promise.all([worker.run(task('crash')), worker.run(task('queued')), worker.run(task('later'))]);
      expect(crashed).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', message: 'internal error: worker exited with code 3' } });
      expect(before).toEqual({ status: 'ok', bytes: 6, json: '"queued"' });
      expect(after).toEqual({ status: 'ok', bytes: 5, json: '"later"' });
    } finally {
      await worker.close();
    }
  });
});
