/** One fixture checked in-process, with the settings its own check.json declares. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../../src/check/check-fixture.js';
import { findFixtures } from '../../src/check/fixtures.js';
import { tempDir } from '../temp-dir.js';

const seedDir = join(import.meta.dirname, '..', '..', 'fixtures', 'darpan-india-us-drug-policy');
const tmp = tempDir('check-fixture');

/** A seed copy whose expected file has one extra paragraph and, if asked, another title; with a check.json when given. */
async function fixture(name: string, { title, settings }: { title?: string; settings?: string } = {}) {
  const dir = join(tmp, name);
  cpSync(seedDir, dir, { recursive: true });
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  expected.article.body.splice(3, 0, 'A paragraph the extractor no longer finds.');
  if (title) expected.article.title = title;
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2));
  if (settings !== undefined) writeFileSync(join(dir, 'check.json'), settings);
  const [found] = await findFixtures(dir);
  return found;
}

describe('checkFixture', () => {
  it('should compare exactly when the fixture declares nothing', async () => {
    const outcome = await checkFixture(await fixture('exact'));
    expect(outcome.status).toBe('fail');
    expect(outcome.differences.map((d) => d.path)).toEqual(['body[3]']);
  });
  it('should pass a body within the tolerance the fixture declares', async () => {
    const outcome = await checkFixture(await fixture('tolerant', { settings: '{ "minBodyF1": 0.9, "why": "gold body" }' }));
    expect(outcome.status).toBe('pass');
  });
  it('should still hold the other fields exactly under a declared body tolerance', async () => {
    const outcome = await checkFixture(await fixture('tolerant-title', { title: 'Another title', settings: '{ "minBodyF1": 0.9 }' }));
    expect(outcome.differences.map((d) => d.path)).toEqual(['title']);
  });
  it('should compare only the fields the fixture declares', async () => {
    const outcome = await checkFixture(await fixture('fields', { title: 'Another title', settings: '{ "fields": ["published", "socialQuotes"] }' }));
    expect(outcome.status).toBe('pass');
  });
  it('should let options given by the caller override what the fixture declares', async () => {
    const found = await fixture('override', { settings: '{ "minBodyF1": 0.9 }' });
    expect((await checkFixture(found, { minBodyF1: 0.999 })).status).toBe('fail');
  });
  it.each([
    ['not JSON', '{ "minBodyF1": ', /^check\.json is not valid JSON/],
    ['an F1 over 1', '{ "minBodyF1": 95 }', /^check\.json is not valid at minBodyF1: Too big: expected number to be <=1$/],
    ['an unknown field', '{ "fields": ["colour"] }', /^check\.json is not valid at fields\[0\]: Invalid option/],
    ['an unknown setting', '{ "minBodyF1": 0.9, "tolerance": 1 }', /^check\.json is not valid at \(root\): Unrecognized key: "tolerance"$/],
  ])('should call a fixture broken when its check.json is %s', async (_what, settings, problem) => {
    const outcome = await checkFixture(await fixture(`bad-${_what.replace(/ /g, '-')}`, { settings }));
    expect(outcome.status).toBe('broken');
    expect(outcome.problem).toMatch(problem);
  });
});
