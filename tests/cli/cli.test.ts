/** The built CLI as a user runs it: streams, exit codes, one-line errors. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'pagesift.js');
const seed = join(import.meta.dirname, '..', '..', 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = tempDir('cli');

describe('pagesift extract', () => {
  it('should print compact JSON on stdout and nothing on stderr', () => {
    const r = run(['extract', seed]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).article.title).toBe('India and US discuss threats of illicit drug trafficking, diversion of precursor chemicals');
  });
  it('should read stdin when no file or "-" is given', () => {
    const page = 'Title of a small test page here\n\nBy Jane Doe\n\n' + 'This is a paragraph of the article, and it has words that read as prose in English. '.repeat(3);
    expect(JSON.parse(run(['extract'], page).stdout).article.body).toHaveLength(1);
    expect(JSON.parse(run(['extract', '-'], page).stdout).article.body).toHaveLength(1);
  });
  it('should indent with --pretty', () => {
    expect(run(['extract', '--pretty', seed]).stdout).toMatch(/^\{\n {2}"schemaVersion": 1/);
  });
  it('should print the article as text and markdown', () => {
    expect(run(['extract', '--format', 'text', seed]).stdout).toMatch(/^India and US discuss threats/);
    expect(run(['extract', '--format', 'markdown', seed]).stdout).toMatch(/^# India and US discuss threats/);
  });
  it('should explain every block on stderr, keeping stdout pure JSON', () => {
    const r = run(['extract', '--explain', seed]);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/related-heading/);
    expect(r.stderr).not.toMatch(/\u001b\[/);
  });
  it('should add boilerplate lines with their rule on request', () => {
    const out = JSON.parse(run(['extract', '--include-boilerplate', seed]).stdout);
    expect(out.boilerplate).toContainEqual({ line: 2, text: 'ADVT', rule: 'cue.ad' });
  });
  it.each([
    ['a missing file', () => join(tmp, 'missing.txt'), 66, /missing\.txt: no such file$/],
    ['a directory', () => tmp, 66, /is a directory/],
    ['an empty file', () => (writeFileSync(join(tmp, 'empty.txt'), ''), join(tmp, 'empty.txt')), 65, /input is empty$/],
    ['binary data', () => (writeFileSync(join(tmp, 'x.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])), join(tmp, 'x.png')), 65, /not text \(looks like PNG image\)$/],
  ])('should refuse %s with one line on stderr and its exit code', (_what, file, status, message) => {
    const r = run(['extract', file()]);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
  it('should exit 64 on a bad flag', () => {
    const r = run(['extract', '--format', 'yaml', seed]);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^pagesift: /);
  });
  it('should refuse input over --max-bytes before reading it', () => {
    const r = run(['extract', '--max-bytes', '1k', seed]);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/over the limit of 1024/);
  });
});

describe('pagesift schema', () => {
  it('should print a JSON Schema of the result', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'source', 'article', 'socialQuotes', 'imageCredits', 'related', 'warnings']));
  });
});
