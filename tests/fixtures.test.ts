/**
 * Every folder under fixtures/ is a page with a hand-checked expected result.
 * Checked by the same code as `pagesift check fixtures/`, and exactly: any
 * difference in any field fails, unless the fixture's own check.json declares
 * less (fields, body F1), so a regression cannot hide in a tolerance nobody
 * wrote down. Expected files change only with `pagesift check fixtures/ --update`.
 */
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../src/check/check-fixture.js';
import { describeOutcome } from '../src/check/describe.js';
import { findFixtures } from '../src/check/fixtures.js';

const fixtures = await findFixtures(join(import.meta.dirname, '..', 'fixtures'));
const plain = new Chalk({ level: 0 });

describe('fixtures', () => {
  it('should have fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const fixture of fixtures) {
    it(`should extract ${fixture.name} as expected`, async () => {
      const outcome = await checkFixture(fixture);
      expect(outcome.status, `\n${describeOutcome(outcome, plain).join('\n')}\n`).toBe('pass');
    });
  }
});
