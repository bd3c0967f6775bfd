/** --report: every failed page with its path, error code and message, as a JSON list. */
import type { BatchTotals } from './run-batch.js';

export function failureReport(totals: BatchTotals): string {
  return JSON.stringify(totals.failures.map(({ path, code, message }) => ({ path, code, message })), null, 2) + '\n';
}
