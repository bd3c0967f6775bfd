/** `--reporter text`: one status line per fixture, then what differs, indented; colour when given a colouring chalk. */
import type { ChalkInstance } from 'chalk';
import { changedFields, describeOutcome } from '../describe.js';
import type { CheckReport, Status } from '../outcome.js';

const INDENT = '    ';

export function textReport(report: CheckReport, c: ChalkInstance): string {
  const label: Record<Status, string> = {
    pass: c.green('PASS'),
    fail: c.red.bold('FAIL'),
    broken: c.magenta.bold('BROKEN'),
    updated: c.yellow('UPDATED'),
  };
  const out: string[] = [];
  for (const outcome of report.fixtures) {
    out.push(`${label[outcome.status]} ${outcome.name}${outcome.status === 'pass' ? '' : c.dim(`  ${outcome.expectedFile}`)}`);
    if (outcome.status === 'updated' && outcome.differences.length > 0) out.push(`${INDENT}rewrote expected.json: ${changedFields(outcome).join(', ')}`);
    if (outcome.status !== 'pass') out.push(...describeOutcome(outcome, c).map((line) => INDENT + line));
  }
  return out.join('\n') + '\n';
}
