import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/batch/atomic-write.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('atomic');

describe('writeFileAtomic', () => {
  it('should create missing folders and replace an old file whole, leaving no temporary file', () => {
    const file = join(tmp, 'a', 'b', 'page.json');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(join(tmp, 'a', 'b'))).toEqual(['page.json']);
  });
  it('should fail with WRITE_FAILED when the folder cannot exist', () => {
    writeFileSync(join(tmp, 'plain-file'), '');
    expect(() => writeFileAtomic(join(tmp, 'plain-file', 'page.json'), '{}')).toThrow(expect.objectContaining({ code: 'WRITE_FAILED' }));
  });
});
