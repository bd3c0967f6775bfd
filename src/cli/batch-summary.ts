/** The paragraph batch prints on stderr when it ends. */
import type { BatchTotals } from '../batch/run-batch.js';
import { stderrColors } from './colors.js';

/** Decimal megabytes, as disk and network speeds are quoted. */
const BYTES_PER_MB = 1_000_000;

/** `resumable`: the batch wrote files, so --skip-existing can pick up where it stopped. */
export async function batchSummary(totals: BatchTotals, resumable: boolean): Promise<string> {
  const c = await stderrColors();
  const worked = totals.ok + totals.failed;
  const per = (n: number) => (totals.seconds > 0 ? n / totals.seconds : 0);
  const failed = `${totals.failed} failed`;
  let text =
    `pagesift batch: ${totals.pages} pages: ${totals.ok} ok, ${totals.failed > 0 ? c.red(failed) : failed}, ${totals.skipped} skipped ` +
    `in ${totals.seconds.toFixed(2)} s (${per(worked).toFixed(1)} pages/s, ${(per(totals.bytes) / BYTES_PER_MB).toFixed(2)} MB/s).`;
  if (totals.interrupted) {
    text += ` Interrupted: ${totals.notStarted} pages not started${resumable ? '; run again with --skip-existing to finish' : ''}.`;
  }
  return text + '\n';
}
