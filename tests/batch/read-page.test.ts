import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/batch/read-page.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('read-page');
const file = (name: string, data: string | Buffer) => (writeFileSync(join(tmp, name), data), join(tmp, name));

describe('readPage', () => {
  it('should gunzip a .gz page', () => {
    expect(Buffer.from(readPage(file('p.txt.gz', gzipSync('hello page')), 1000)).toString()).toBe('hello page');
  });
  it('should refuse a gzip page that unpacks past the limit', () => {
    expect(() => readPage(file('bomb.txt.gz', gzipSync(Buffer.alloc(10_000, 'a'))), 1000)).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });
  it('should refuse a .gz page that is not gzip', () => {
    expect(() => readPage(file('fake.txt.gz', 'plain text'), 1000)).toThrow(expect.objectContaining({ code: 'BAD_ENCODING' }));
  });
  it('should refuse a page over the limit before reading it', () => {
    expect(() => readPage(file('big.txt', 'x'.repeat(2000)), 1000)).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });
  it('should report a symbolic link to nothing as not found', () => {
    symlinkSync(join(tmp, 'nowhere.txt'), join(tmp, 'dangling.txt'));
    expect(() => readPage(join(tmp, 'dangling.txt'), 1000)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
  it('should refuse a directory named like a page', () => {
    mkdirSync(join(tmp, 'folder.html'));
    expect(() => readPage(join(tmp, 'folder.html'), 1000)).toThrow(expect.objectContaining({ code: 'IS_DIRECTORY' }));
  });
});
