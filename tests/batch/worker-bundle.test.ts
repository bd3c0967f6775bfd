/** The batch worker as batches start it: dist/batch-worker.cjs, worker.ts bundled with the library by `npm run bundle`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageWorker, workerFile } from '../../src/batch/page-worker.js';
import { processPage } from '../../src/batch/process-page.js';
import type { Task } from '../../src/batch/task.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string, file: string) => join(root, 'fixtures', name, file);
const task = (path: string): Task => ({ path, outPath: null, skipExisting: false, pretty: false, options: {} });

describe('batch worker bundle', () => {
  it('should be the file batches start', () => {
    expect(workerFile()).toBe(join(root, 'dist', 'batch-worker.cjs'));
  });

  it('should hold ASCII only, like the CLI bundle, so V8 keeps its source and literals one byte a character', () => {
    for (const bundle of ['batch-worker.cjs', 'cli.cjs']) expect(readFileSync(join(root, 'dist', bundle), 'latin1')).not.toMatch(/[^\x00-\x7f]/);
  });

  it('should answer text and HTML pages with the lines the library gives in this process', async () => {
    const tasks = [task(fixture('darpan-india-us-drug-policy', 'input.txt')), task(fixture('html-figure-with-credit', 'input.html'))];
    const worker = new PageWorker(workerFile());
    try {
      const outcomes = await worker.run(tasks);
      expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok']);
      expect(outcomes).toEqual(tasks.map((t) => processPage(t)));
    } finally {
      await worker.close();
    }
  });
});
