/**
 * Checking one fixture: read its settings, input and expected file, extract,
 * compare, and with --update rewrite the expected file when it differs.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isPagesiftError } from '../errors.js';
import { extract } from '../pipeline.js';
import { compareResults, type CompareOptions } from './compare.js';
import { readExpected, writeExpected } from './expected-file.js';
import { readSettings } from './fixture-settings.js';
import type { Fixture } from './fixtures.js';
import type { FixtureOutcome } from './outcome.js';

/** Fields and tolerance given here override the fixture's own check.json. */
export interface CheckOptions extends CompareOptions {
  /** Rewrite the expected file of every fixture that does not pass. */
  update?: boolean;
}

export async function checkFixture(fixture: Fixture, options: CheckOptions = {}): Promise<FixtureOutcome> {
  const base = { name: fixture.name, input: fixture.inputs[0] ?? null, expectedFile: fixture.expected, differences: [] };
  if (fixture.inputs.length !== 1) {
    const problem = fixture.inputs.length === 0 ? 'no input.txt or input.html' : 'both input.txt and input.html: keep one';
    return { ...base, status: 'broken', problem };
  }
  const declared = await readSettings(fixture.settings);
  if ('problem' in declared) return { ...base, status: 'broken', problem: declared.problem };
  const expected = await readExpected(fixture.expected);
  const input = fixture.inputs[0];
  let actual;
  try {
    actual = extract(await readFile(input), {
      // The file name says what the input is; sniffing could read an HTML-heavy text dump as HTML.
      input: basename(input) === 'input.html' ? 'html' : 'text',
      includeBoilerplate: 'result' in expected && expected.result.boilerplate !== undefined,
    });
  } catch (error) {
    if (!isPagesiftError(error)) throw error;
    return { ...base, status: 'broken', problem: `${basename(input)}: ${error.message}` };
  }
  if (!('result' in expected)) {
    if (!options.update) return { ...base, status: 'broken', problem: expected.problem };
    await writeExpected(fixture.expected, actual);
    return { ...base, status: 'updated', problem: expected.missing ? 'created expected.json' : `replaced a broken expected.json (${expected.problem})` };
  }
  const comparison = compareResults(expected.result, actual, {
    fields: options.fields ?? declared.settings.fields,
    minBodyF1: options.minBodyF1 ?? declared.settings.minBodyF1,
  });
  const outcome: FixtureOutcome = { ...base, ...comparison, status: comparison.differences.length === 0 ? 'pass' : 'fail' };
  if (outcome.status === 'fail' && options.update) {
    await writeExpected(fixture.expected, actual);
    outcome.status = 'updated';
  }
  return outcome;
}
