/**
 * `pagesift batch` as a user runs it, on a temporary tree of good and bad pages.
 * The unreadable page is a FIFO named like a page, given as an operand: the tests run as root,
 * for whom chmod 000 changes nothing, and a FIFO would block a reader that opened it blindly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'pagesift.js');
const seed = join(root, 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');
const seedTitle = 'India and US discuss threats of illicit drug trafficking, diversion of precursor chemicals';
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const htmlPage = `<html><head><title>x</title></head><body><nav>Home | World</nav><h1>Rivers rise after a week of rain</h1>
<p>${'The river rose by two metres overnight, and the town council opened the schools as shelters for the families who had to leave. '.repeat(3)}</p>
<p>${'Engineers said the levees held, but they will inspect every section again before the next storm arrives on Sunday. '.repeat(3)}</p></body></html>`;

/** Every file under dir, relative to it, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let work: string;
beforeAll(() => {
  work = tempDir('batch');
  const page = (rel: string, data: string | Buffer) => {
    mkdirSync(join(work, 'in', rel, '..'), { recursive: true });
    writeFileSync(join(work, 'in', rel), data);
  };
  page('news/2026/seed.txt', readFileSync(seed));
  page('news/2026/rivers.html', htmlPage);
  page('news/archive/old/seed-zipped.txt.gz', gzipSync(readFileSync(seed)));
  page('top.htm', htmlPage);
  page('notes.md', '# not a page: ignored');
  page('broken/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  page('broken/empty.txt', '');
  page('broken/fake.html.gz', 'not gzip at all');
  spawnSync('mkfifo', [join(work, 'in', 'broken', 'stuck.txt')]);
  symlinkSync(join(work, 'in', 'nowhere.txt'), join(work, 'in', 'broken', 'dangling.txt'));
});

describe('pagesift batch --out', () => {
  it('should write one JSON per good page mirroring the tree, report every bad page and exit 2', () => {
    const r = run(['batch', 'in', 'in/broken/stuck.txt', 'in/broken/dangling.txt', '--out', 'out', '--report', 'report.json', '--jobs', '2'], work);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(tree(join(work, 'out'))).toEqual(['news/2026/rivers.json', 'news/2026/seed.json', 'news/archive/old/seed-zipped.json', 'top.json']);
    const seedOut = JSON.parse(readFileSync(join(work, 'out/news/2026/seed.json'), 'utf8'));
    expect(seedOut.article.title).toBe(seedTitle);
    expect(seedOut.source.name).toBe(join('in', 'news/2026/seed.txt'));
    expect(JSON.parse(readFileSync(join(work, 'out/news/archive/old/seed-zipped.json'), 'utf8')).article.title).toBe(seedTitle);
    expect(JSON.parse(readFileSync(join(work, 'out/top.json'), 'utf8')).article.body.join(' ')).toMatch(/levees held/);
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
    expect(report.map((f: { path: string; code: string }) => [f.path, f.code]).sort()).toEqual([
      ['in/broken/dangling.txt', 'NOT_FOUND'],
      ['in/broken/empty.txt', 'EMPTY_INPUT'],
      ['in/broken/fake.html.gz', 'BAD_ENCODING'],
      ['in/broken/photo.txt', 'BINARY_INPUT'],
      ['in/broken/stuck.txt', 'UNREADABLE'],
    ]);
    expect(report.every((f: { message: string }) => f.message.length > 0)).toBe(true);
    expect(r.stderr).toMatch(/^pagesift: in\/broken\/empty\.txt: input is empty$/m);
    expect(r.stderr).toMatch(/pagesift batch: 9 pages: 4 ok, 5 failed, 0 skipped in [\d.]+ s \([\d.]+ pages\/s, [\d.]+ MB\/s\)\.\n$/);
  });

  it('should do no work on a second run with --skip-existing', () => {
    const out = join(work, 'out');
    const before = tree(out).map((f) => statSync(join(out, f)).mtimeMs);
    const r = run(['batch', 'in', '--out', 'out', '--skip-existing', '--quiet'], work);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    expect(tree(out).map((f) => statSync(join(out, f)).mtimeMs)).toEqual(before);
    const summary = run(['batch', 'in', '--out', 'out', '--skip-existing'], work).stderr;
    expect(summary).toMatch(/7 pages: 0 ok, 3 failed, 4 skipped/);
  });
});

describe('pagesift batch with an --out or --report it cannot write', () => {
  it('should refuse an --out that is a file, or under one, in one line before any page runs', () => {
    writeFileSync(join(work, 'a-file'), 'not a folder');
    for (const out of ['a-file', 'a-file/sub']) {
      const r = run(['batch', 'in', '--out', out], work);
      expect(r.status).toBe(64);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`pagesift: --out ${out}: a file is in the way of the folder\n`);
    }
  });

  it('should refuse a --report that is a folder, or under a file, before any page runs', () => {
    const folder = run(['batch', 'in', '--report', 'in'], work);
    expect([folder.status, folder.stdout, folder.stderr]).toEqual([64, '', 'pagesift: --report in: is a folder, not a file\n']);
    const under = run(['batch', 'in', '--report', 'a-file/report.json'], work);
    expect([under.status, under.stdout, under.stderr]).toEqual([64, '', 'pagesift: --report a-file/report.json: a file is in the way of its folder\n']);
  });

  it.runIf(existsSync('/proc/self'))('should fail at once on a folder that cannot be made, where Node 20\'s recursive mkdir never returns', () => {
    const r = run(['batch', 'in', '--out', '/proc/no-such-folder', '--report', '/proc/no-such-folder/report.json'], work);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/^pagesift: --out \/proc\/no-such-folder: cannot make the folder \/proc\/no-such-folder: ENOENT/);
  });
});

describe('pagesift batch without --out', () => {
  it('should write one NDJSON line per page to stdout, in input order', () => {
    const r = run(['batch', 'in', '--jobs', '3', '--include', '**/*.txt', '--exclude', 'broken/photo.*'], work);
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path)).toEqual(['in/broken/empty.txt', 'in/news/2026/seed.txt']);
    expect(lines[0]).toEqual({ path: 'in/broken/empty.txt', ok: false, error: { code: 'EMPTY_INPUT', message: 'input is empty' } });
    expect(lines[1]).toMatchObject({ path: 'in/news/2026/seed.txt', ok: true, result: { article: { title: seedTitle } } });
  });
  it('should give the same lines with --unordered, in any order', () => {
    const paths = (args: string[]) => run(['batch', 'in', ...args], work).stdout.trim().split('\n').map((l) => JSON.parse(l).path);
    expect(paths(['--unordered', '--jobs', '3']).sort()).toEqual(paths(['--ordered']).sort());
  });
  it('should refuse --skip-existing without --out as a usage error', () => {
    const r = run(['batch', 'in', '--skip-existing'], work);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^pagesift: --skip-existing needs --out/);
  });
  it('should refuse a bad --jobs as a usage error', () => {
    expect(run(['batch', 'in', '--jobs', '0'], work).status).toBe(64);
  });
});

describe('pagesift batch interrupted', () => {
  it('should finish the pages in flight on SIGINT, leave no partial output, exit 130, and resume with --skip-existing', async () => {
    const dir = tempDir('batch-sigint');
    const total = 200;
    for (let i = 0; i < total; i++) {
      mkdirSync(join(dir, 'in', `part-${i % 10}`), { recursive: true });
      copyFileSync(seed, join(dir, 'in', `part-${i % 10}`, `page-${i}.txt`));
    }
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'batch', 'in', '--out', 'out', '--jobs', '1'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while (!(statSync(out, { throwIfNoEntry: false }) && tree(out).some((f) => f.endsWith('.json')))) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/Interrupted: \d+ pages not started; run again with --skip-existing to finish\./);

    const written = tree(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(total);
    expect(written.filter((f) => !f.endsWith('.json'))).toEqual([]);
    for (const f of written) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).article.title).toBe(seedTitle);

    const resumed = run(['batch', 'in', '--out', 'out', '--skip-existing', '--jobs', '2'], dir);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`${total} pages: ${total - written.length} ok, 0 failed, ${written.length} skipped`));
    expect(tree(out)).toHaveLength(total);
  });
});
