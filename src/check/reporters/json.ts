/** `--reporter json`: the whole report, for tools. Values are the JSON values compared, not their rendering. */
import type { CheckReport } from '../outcome.js';

export function jsonReport(report: CheckReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
