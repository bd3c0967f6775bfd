import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePerPage } from '../../bench/sections/per-page.js';
import { tempDir } from '../temp-dir.js';

describe('measurePerPage', () => {
  it('should time each contender in a process of its own, pass by pass, per page', async () => {
    const dir = tempDir('per-page');
    const paths = ['a.txt', 'b.txt'].map((name) => join(dir, name));
    for (const path of paths) writeFileSync(path, 'one line\nanother line\n');
    const [row] = await measurePerPage([{ id: 'floor', section: 1, label: 'floor', paths, passes: 3 }]);
    expect(row.id).toBe('floor');
    expect(row.unit).toBe('ms/page');
    expect(row.value.runs).toBe(3);
    expect(row.value.median).toBeGreaterThan(0);
    expect(row.note).toBeUndefined();
  });

  it('should note the pages a contender threw on', async () => {
    // A folder: its size can be read, its text cannot.
    const folder = tempDir('per-page');
    const [row] = await measurePerPage([{ id: 'floor', section: 1, label: 'floor', paths: [folder], passes: 1 }]);
    expect(row.note).toMatch(/^1 page\(s\) threw: EISDIR/);
  });
});
