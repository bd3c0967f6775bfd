import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PageWorker } from '../../src/batch/page-worker.js';
import type { Task } from '../../src/batch/task.js';

const crashingWorker = join(import.meta.dirname, 'crashing-worker.mjs');
const task = (path: string): Task => ({ path, outPath: null, skipExisting: false, pretty: false, options: { maxBytes: 1000 } });

describe('PageWorker', () => {
  it('should answer queued messages in the order they were sent, each with its tasks in order', async () => {
    const worker = new PageWorker(crashingWorker);
    try {
      const answers = await Promise.all([['a', 'bb'], ['ccc']].map((paths) => worker.run(paths.map(task))));
      expect(answers.map((outcomes) => outcomes.map((o) => (o.status === 'ok' ? o.json : o.status)))).toEqual([['"a"', '"bb"'], ['"ccc"']]);
    } finally {
      await worker.close();
    }
  });

  it('should fail only the task a dying worker was on and run the ones queued behind it on its replacement', async () => {
    const worker = new PageWorker(crashingWorker);
    try {
      const [[crashed], [before], [after]] = await Promise.all([worker.run([task('crash')]), worker.run([task('queued')]), worker.run([task('later')])]);
      expect(crashed).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', message: 'internal error: worker exited with code 3' } });
      expect(before).toEqual({ status: 'ok', bytes: 6, json: '"queued"' });
      expect(after).toEqual({ status: 'ok', bytes: 5, json: '"later"' });
    } finally {
      await worker.close();
    }
  });

  it('should rerun the tasks of a message that killed its worker one by one, so only the page that kills it again fails', async () => {
    const worker = new PageWorker(crashingWorker);
    try {
      const [lost, after] = await Promise.all([worker.run(['first', 'crash', 'third'].map(task)), worker.run([task('later')])]);
      expect(lost.map((o) => o.status)).toEqual(['ok', 'failed', 'ok']);
      expect(lost[1]).toMatchObject({ error: { code: 'INTERNAL', message: 'internal error: worker exited with code 3' } });
      expect(lost[2]).toEqual({ status: 'ok', bytes: 5, json: '"third"' });
      expect(after).toEqual([{ status: 'ok', bytes: 5, json: '"later"' }]);
    } finally {
      await worker.close();
    }
  });

  it('should send what a worker prints to stderr, never to stdout (the NDJSON)', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const worker = new PageWorker(crashingWorker);
    try {
      await worker.run([task('print')]);
      await vi.waitFor(() => expect(stderr).toHaveBeenCalledWith(Buffer.from('printed by a worker\n')));
      expect(stdout).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
      await worker.close();
    }
  });
});
