/**
 * Every folder under fixtures/ is a page with a hand-checked expected result.
 * Expected files change only through an explicit update command, never here.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const fixtures = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('fixtures', () => {
  it('has fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const name of fixtures) {
    it(`${name} extracts as expected`, () => {
      const dir = join(root, name);
      const input = ['input.txt', 'input.html'].map((f) => join(dir, f)).find(existsSync);
      expect(input, `${name} has no input.txt or input.html`).toBeDefined();
      expect(existsSync(join(dir, 'expected.json')), `${name} has no expected.json`).toBe(true);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const actual = extract(readFileSync(input!));
      expect(actual).toEqual(expected);
    });
  }
});
