/** `pagesift check <fixtures-dir>`: extract every fixture and compare with its expected file. Wires options only. */
import type { ChalkInstance } from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { FIELDS, isField, type Field } from '../../check/fields.js';
import type { CheckReport } from '../../check/outcome.js';
import { CommandExit } from '../command-exit.js';
import { CHECK_EXIT } from '../exit-codes.js';
import { writeOut } from '../output.js';

const REPORTERS = ['text', 'json', 'junit', 'github'] as const;
type Reporter = (typeof REPORTERS)[number];

interface CheckFlags {
  update?: boolean;
  only?: string;
  minBodyF1?: number;
  fields?: Field[];
  reporter: Reporter;
}

export function checkCommand(): Command {
  return new Command('check')
    .description('extract every fixture (<name>/input.txt|input.html) and compare with its <name>/expected.json')
    .argument('<fixtures-dir>', 'folder of fixture folders (or one fixture folder)')
    .option('--update', 'rewrite the expected file of every fixture that differs, from the current output')
    .option('--only <glob>', 'check only fixtures whose folder name matches the glob (e.g. "darpan-*")')
    .option('--min-body-f1 <f1>', 'pass a body whose shingle F1 against the expected one is at least this (0..1); other fields stay exact', parseF1)
    .option('--fields <list>', `compare only these fields, comma-separated: ${FIELDS.join(',')}`, parseFields)
    .addOption(new Option('--reporter <name>', 'report format on stdout').choices(REPORTERS).default('text'))
    .action(async (dir: string, flags: CheckFlags) => {
      // Loaded on this path only, so `extract` does not initialise the diff, glob and colour libraries.
      const { runCheck, NothingToCheck } = await import('../../check/run.js');
      const { colorsFor } = await import('../stream-colors.js');
      let report: CheckReport;
      try {
        report = await runCheck(dir, { update: flags.update, only: flags.only, minBodyF1: flags.minBodyF1, fields: flags.fields });
      } catch (error) {
        if (!(error instanceof NothingToCheck)) throw error;
        process.stderr.write(`pagesift: ${error.message}\n`);
        throw new CommandExit(CHECK_EXIT.BROKEN);
      }
      await writeOut(await render(report, flags.reporter, colorsFor(process.stdout)));
      process.stderr.write(summary(report, colorsFor(process.stderr)));
      const { fail, broken } = report.totals;
      if (broken > 0) throw new CommandExit(CHECK_EXIT.BROKEN);
      if (fail > 0) throw new CommandExit(CHECK_EXIT.FAIL);
    });
}

async function render(report: CheckReport, reporter: Reporter, c: ChalkInstance): Promise<string> {
  switch (reporter) {
    case 'text':
      return (await import('../../check/reporters/text.js')).textReport(report, c);
    case 'json':
      return (await import('../../check/reporters/json.js')).jsonReport(report);
    case 'junit':
      return (await import('../../check/reporters/junit.js')).junitReport(report);
    case 'github':
      return (await import('../../check/reporters/github.js')).githubReport(report);
  }
}

function summary(report: CheckReport, c: ChalkInstance): string {
  const { pass, fail, broken, updated } = report.totals;
  const parts = [c.green(`${pass} passed`), fail ? c.red(`${fail} failed`) : '0 failed', broken ? c.magenta(`${broken} broken`) : '0 broken'];
  if (updated) parts.push(c.yellow(`${updated} updated`));
  const n = report.fixtures.length;
  return `pagesift check: ${n} fixture${n === 1 ? '' : 's'}: ${parts.join(', ')}\n`;
}

function parseF1(value: string): number {
  const f1 = Number(value);
  if (value.trim() === '' || !Number.isFinite(f1) || f1 < 0 || f1 > 1) throw new InvalidArgumentError('give a number from 0 to 1, e.g. 0.95');
  return f1;
}

function parseFields(value: string): Field[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !isField(n));
  if (names.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`unknown field ${unknown.join(', ') || '(none given)'}; known: ${FIELDS.join(', ')}`);
  return names as Field[];
}
