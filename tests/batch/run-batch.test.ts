import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageWorker } from '../../src/batch/page-worker.js';
import { runBatch, startWorkers } from '../../src/batch/run-batch.js';

const seed = new URL('../../fixtures/darpan-india-us-drug-policy/input.txt', import.meta.url).pathname;
const options = { maxBytes: 10_000_000 };

describe('runBatch with workers started ahead (startWorkers)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should run the pages on them and close every one, the ones without a page too', async () => {
    const close = vi.spyOn(PageWorker.prototype, 'close');
    const lines: string[] = [];
    const totals = await runBatch(
      { pages: [{ path: seed, rel: 'seed.txt' }], outDir: null, options, workers: startWorkers(3) },
      { writeLine: async (line) => void lines.push(line) },
    );
    expect(totals).toMatchObject({ pages: 1, ok: 1, failed: 0 });
    expect(lines.join('')).toContain('"path":');
    expect(close).toHaveBeenCalledTimes(3);
  });

  it('should close them all when there is no page', async () => {
    const close = vi.spyOn(PageWorker.prototype, 'close');
    const totals = await runBatch({ pages: [], outDir: null, options, workers: startWorkers(2) });
    expect(totals).toMatchObject({ pages: 0, ok: 0 });
    expect(close).toHaveBeenCalledTimes(2);
  });
});
