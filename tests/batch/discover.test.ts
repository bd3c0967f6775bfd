import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../src/batch/discover.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('discover');
for (const f of ['site-a/x/one.txt', 'site-a/two.html.gz', 'site-a/.hidden.txt', 'site-a/photo.jpg', 'site-b/three.htm', 'site-b/skip/four.txt']) {
  mkdirSync(join(tmp, f, '..'), { recursive: true });
  writeFileSync(join(tmp, f), 'x');
}
const pages = async (operands: string[], options = {}) => (await discoverPages(operands.map((o) => join(tmp, o)), options)).pages.map((p) => p.rel);

describe('discoverPages', () => {
  it('should find page files recursively, sorted, relative to the folder', async () => {
    expect(await pages(['site-a'])).toEqual(['two.html.gz', join('x', 'one.txt')]);
  });
  it('should place pages of several folders under their common folder', async () => {
    expect(await pages(['site-a', 'site-b'], { exclude: ['skip/**'] })).toEqual(['site-a/two.html.gz', 'site-a/x/one.txt', 'site-b/three.htm'].map((p) => join(...p.split('/'))));
  });
  it('should take --include instead of the page extensions', async () => {
    expect(await pages(['site-a'], { include: ['**/*.jpg'] })).toEqual(['photo.jpg']);
  });
  it('should take a glob relative to its static base, and a file once however often it is named', async () => {
    expect(await pages(['site-*/**/*.txt', 'site-a/x/one.txt'])).toEqual(['site-a/x/one.txt', 'site-b/skip/four.txt'].map((p) => join(...p.split('/'))));
  });
  it('should keep a missing file so that the batch reports it', async () => {
    expect(await pages(['site-a/gone.txt'])).toEqual(['gone.txt']);
  });
  it('should name the globs that match nothing', async () => {
    expect((await discoverPages([join(tmp, 'site-c/*.txt')])).emptyGlobs).toEqual([join(tmp, 'site-c/*.txt')]);
  });
});
