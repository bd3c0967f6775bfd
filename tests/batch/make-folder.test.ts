/** makeFolder: mkdir -p that always returns, /proc included. */
import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/batch/make-folder.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('make-folder');

describe('makeFolder', () => {
  it('should make every missing folder of a path, and do nothing for one that exists or a link to one', () => {
    const deep = join(tmp, 'a', 'b', 'c');
    makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeFolder(deep);
    mkdirSync(join(tmp, 'real'));
    symlinkSync(join(tmp, 'real'), join(tmp, 'link'));
    expect(() => makeFolder(join(tmp, 'link'))).not.toThrow();
  });

  it('should throw EEXIST for a file where the folder should be, and ENOTDIR for a file on its way', () => {
    writeFileSync(join(tmp, 'file'), '');
    expect(() => makeFolder(join(tmp, 'file'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeFolder(join(tmp, 'file', 'sub', 'deeper'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('should throw EEXIST for a dangling link on the way, which stands where a folder should be', () => {
    symlinkSync(join(tmp, 'nowhere'), join(tmp, 'dangling'));
    expect(() => makeFolder(join(tmp, 'dangling', 'out'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
  });

  it.runIf(existsSync('/proc/self'))('should throw ENOENT under /proc, where mkdirSync with recursive never returns on Node 20', () => {
    expect(() => makeFolder('/proc/no-such-folder/deeper')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
