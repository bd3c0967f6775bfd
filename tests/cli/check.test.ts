/**
 * `pagesift check` as a CI job runs it: the built binary on fixture folders
 * made in a temp dir from the seed fixture (never the project's own fixtures/).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'pagesift.js');
const seedDir = join(import.meta.dirname, '..', '..', 'fixtures', 'darpan-india-us-drug-policy');
const seedExpected = readFileSync(join(seedDir, 'expected.json'), 'utf8');
const run = (args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = tempDir('check');

type Kind = 'passing' | 'failing' | 'broken';

/** A fixtures folder holding one seed copy of each kind asked for, named after its kind. */
function folder(name: string, ...kinds: Kind[]): string {
  const root = join(tmp, name);
  for (const kind of kinds) {
    const dir = join(root, kind);
    cpSync(seedDir, dir, { recursive: true });
    if (kind === 'failing') {
      const expected = JSON.parse(seedExpected);
      expected.article.title = 'India and US discuss drug policy';
      expected.article.body.splice(3, 0, 'A paragraph the extractor no longer finds.');
      writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
    }
    if (kind === 'broken') writeFileSync(join(dir, 'expected.json'), '{ "schemaVersion": 1, ');
  }
  return root;
}

describe('pagesift check', () => {
  it('should exit 0 when every fixture matches', () => {
    const r = run([folder('ok', 'passing')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('PASS passing\n');
    expect(r.stderr).toBe('pagesift check: 1 fixture: 1 passed, 0 failed, 0 broken\n');
  });

  it('should exit 1 on a changed title and a dropped paragraph, and name both in the diff', () => {
    const r = run([folder('fail', 'passing', 'failing')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^FAIL failing /m);
    expect(r.stdout).toContain('    title changed\n    - India and US discuss drug policy\n    + India and US discuss threats of illicit drug trafficking, diversion of precursor chemicals\n');
    expect(r.stdout).toContain('    body[3] dropped\n    - A paragraph the extractor no longer finds.\n');
    expect(r.stdout).not.toMatch(/body\[[^3]/);
  });

  it.each([
    ['is not JSON', '{ "schemaVersion": 1, ', /expected\.json is not valid JSON/],
    ['breaks the schema', seedExpected.replace('"title": "India', '"title": 7, "x": "India'), /expected\.json does not match the result schema at article\.title: Invalid input: expected string, received number/],
    ['is missing', null, /expected\.json is missing \(create it with --update\)/],
  ])('should exit 2 when an expected file %s, with a clear message', (what, content, message) => {
    const root = folder(`broken-${what.replace(/ /g, '-')}`, 'passing', 'failing', 'broken');
    const file = join(root, 'broken', 'expected.json');
    if (content === null) rmSync(file);
    else writeFileSync(file, content);
    const r = run([root]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^BROKEN broken /m);
    expect(r.stdout).toMatch(message);
  });

  it('should make the failing fixture pass with --update, saying what it rewrote', () => {
    const root = folder('update', 'passing', 'failing');
    const r = run([root, '--update']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^UPDATED failing .*\n {4}rewrote expected\.json: title, body\n/m);
    expect(r.stderr).toContain('1 updated');
    expect(readFileSync(join(root, 'failing', 'expected.json'), 'utf8')).toBe(seedExpected);
    expect(run([root]).status).toBe(0);
  });

  it('should create a missing expected file with --update', () => {
    const root = folder('create', 'passing');
    rmSync(join(root, 'passing', 'expected.json'));
    const r = run([root, '--update']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('created expected.json');
    expect(readFileSync(join(root, 'passing', 'expected.json'), 'utf8')).toBe(seedExpected);
  });

  it('should write JUnit XML that parses, with the expected counts', () => {
    const r = run([folder('junit', 'passing', 'failing', 'broken'), '--reporter', 'junit']);
    expect(r.status).toBe(2);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suite = xml.testsuites.testsuite;
    expect([suite.tests, suite.failures, suite.errors]).toEqual(['3', '1', '1']);
    expect(suite.testcase.map((t: { name: string }) => t.name)).toEqual(['broken', 'failing', 'passing']);
    expect(suite.testcase[1].failure['#text']).toContain('body[3] dropped');
    expect(suite.testcase[0].error.message).toMatch(/not valid JSON/);
  });

  it('should write the whole report as JSON', () => {
    const report = JSON.parse(run([folder('json', 'passing', 'failing'), '--reporter', 'json']).stdout);
    expect(report.totals).toEqual({ pass: 1, fail: 1, broken: 0, updated: 0 });
    expect(report.fixtures[0].differences[0]).toEqual({ path: 'title', change: 'changed', expected: 'India and US discuss drug policy', actual: JSON.parse(seedExpected).article.title });
  });

  it('should annotate failing and broken fixtures for GitHub Actions', () => {
    const root = folder('github', 'passing', 'failing', 'broken');
    const lines = run([root, '--reporter', 'github']).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${join(root, 'broken', 'expected.json')},title=pagesift check%3A broken is broken::expected.json is not valid JSON`));
    expect(lines[1]).toMatch(/^::error file=.*failing\/expected\.json,title=pagesift check%3A failing differs::title changed%0A- /);
  });

  it('should check only the fixtures --only matches, and refuse a glob that matches none', () => {
    const root = folder('only', 'passing', 'failing');
    expect(run([root, '--only', 'pass*']).status).toBe(0);
    const none = run([root, '--only', 'nothing-*']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^pagesift: --only nothing-\* matches none of the 2 fixtures/);
  });

  it('should tolerate a body within --min-body-f1 while the title must still match', () => {
    const root = folder('f1', 'failing');
    const r = run([root, '--min-body-f1', '0.9']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('title changed');
    expect(r.stdout).toMatch(/body differs within tolerance: F1 0\.9\d+ ≥ 0\.9/);
    expect(r.stdout).not.toContain('body[3]');
    expect(run([root, '--min-body-f1', '0.9', '--fields', 'body,published']).status).toBe(0);
    expect(run([root, '--min-body-f1', '0.999', '--fields', 'body']).status).toBe(1);
  });

  it.each([
    ['a folder that does not exist', ['/no/such/fixtures'], 66, /^pagesift: \/no\/such\/fixtures: no such folder$/],
    ['a folder without fixtures', [tempDir('empty')], 2, /no fixtures found/],
    ['an unknown field', [tmp, '--fields', 'title,colour'], 64, /unknown field colour/],
    ['an F1 outside 0..1', [tmp, '--min-body-f1', '95'], 64, /from 0 to 1/],
  ])('should refuse %s with one line on stderr', (_what, args, status, message) => {
    const r = run(args);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
});

