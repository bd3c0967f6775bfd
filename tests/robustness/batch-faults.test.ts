/**
 * Batch under faults: a page that disappears mid-run, an output folder that cannot be written,
 * SIGTERM mid-run. No partial output, a clear report, resumable.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'pagesift.js');
const seed = join(root, 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');
const env = { ...process.env, NO_COLOR: '1' };

function pages(count: number): string {
  const dir = tempDir('faults');
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < count; i++) copyFileSync(seed, join(dir, 'in', `page-${String(i).padStart(3, '0')}.txt`));
  return dir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Start a batch and call `during` once its first output file exists. */
async function runUntilFirstOutput(dir: string, args: string[], during: () => void): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, 'batch', 'in', '--out', 'out', '--jobs', '1', ...args], { cwd: dir, env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const out = join(dir, 'out');
  while (!(statSync(out, { throwIfNoEntry: false }) && files(out).some((f) => f.endsWith('.json')))) await new Promise((r) => setTimeout(r, 5));
  during.call(child);
  return { code: await closed, stderr };
}

describe('batch faults', () => {
  it('should report a page that disappears mid-run and finish the others', async () => {
    const dir = pages(60);
    const last = join(dir, 'in', 'page-059.txt');
    const { code } = await runUntilFirstOutput(dir, ['--report', 'report.json'], () => rmSync(last));
    expect(code).toBe(2);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const failures = JSON.stringify(report);
    expect(failures).toMatch(/page-059\.txt/);
    expect(failures).toMatch(/NOT_FOUND/);
    expect(files(join(dir, 'out'))).toHaveLength(59);
  });

  it('should refuse an output folder it cannot make before any page runs, leaving nothing behind', () => {
    const dir = pages(3);
    writeFileSync(join(dir, 'out'), 'a file where the output folder should be');
    const r = spawnSync(process.execPath, [bin, 'batch', 'in', '--out', 'out/sub', '--report', 'report.json'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(64);
    expect(r.stderr).toBe('pagesift: --out out/sub: a file is in the way of the folder\n'); // one line, no stack trace
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('a file where the output folder should be');
  });

  it('should fail a page clearly when its own output cannot be written, and go on with the others', () => {
    const dir = pages(3);
    mkdirSync(join(dir, 'out', 'page-001.json'), { recursive: true }); // a folder where the page's file should go
    const r = spawnSync(process.execPath, [bin, 'batch', 'in', '--out', 'out', '--report', 'report.json'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([[join('in', 'page-001.txt'), 'WRITE_FAILED']]);
    expect(files(join(dir, 'out')).sort()).toEqual(['page-000.json', 'page-002.json']);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('should finish the pages in flight on SIGTERM, leave no partial output, exit 143, and resume', async () => {
    const dir = pages(150);
    const { code } = await runUntilFirstOutput(dir, [], function (this: ReturnType<typeof spawn>) {
      this.kill('SIGTERM');
    });
    expect(code).toBe(143);
    const written = files(join(dir, 'out'));
    expect(written.length).toBeLessThan(150);
    expect(written.filter((f) => !f.endsWith('.json'))).toEqual([]);
    for (const f of written) expect(() => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'))).not.toThrow();
    const resumed = spawnSync(process.execPath, [bin, 'batch', 'in', '--out', 'out', '--skip-existing'], { cwd: dir, env, encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(files(join(dir, 'out'))).toHaveLength(150);
  });
});
