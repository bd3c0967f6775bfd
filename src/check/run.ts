/** `pagesift check` as a whole: find the fixtures, check each in order, total the outcomes. */
import { checkFixture, type CheckOptions } from './check-fixture.js';
import { findFixtures, selectFixtures } from './fixtures.js';
import { totalsOf, type CheckReport } from './outcome.js';

export interface RunOptions extends CheckOptions {
  /** Only the fixtures whose folder name matches this glob. */
  only?: string;
}

export class NothingToCheck extends Error {}

export async function runCheck(root: string, options: RunOptions = {}): Promise<CheckReport> {
  const all = await findFixtures(root);
  if (all.length === 0) throw new NothingToCheck(`${root}: no fixtures found (a fixture is a folder with input.txt or input.html and expected.json)`);
  const selected = selectFixtures(all, options.only);
  if (selected.length === 0) throw new NothingToCheck(`--only ${options.only} matches none of the ${all.length} fixtures in ${root}`);
  const fixtures = [];
  for (const fixture of selected) fixtures.push(await checkFixture(fixture, options));
  return { root, fixtures, totals: totalsOf(fixtures) };
}
