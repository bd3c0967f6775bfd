import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPaths } from '../../src/batch/output-path.js';

describe('outputPaths', () => {
  it('should mirror the input tree and replace the page extension with .json', () => {
    expect(outputPaths(['a/b/page.txt', 'top.htm', 'c/old.html.gz', 'noext'], 'out')).toEqual([
      join('out', 'a/b/page.json'),
      join('out', 'top.json'),
      join('out', 'c/old.json'),
      join('out', 'noext.json'),
    ]);
  });
  it('should keep whole file names for pages of one folder that would share an output', () => {
    expect(outputPaths(['a/page.txt', 'a/page.html', 'a/page.txt.gz', 'b/page.txt'], 'out')).toEqual([
      join('out', 'a/page.txt.json'),
      join('out', 'a/page.html.json'),
      join('out', 'a/page.txt.gz.json'),
      join('out', 'b/page.json'),
    ]);
  });
  it('should not take a dot in a folder name for an extension', () => {
    expect(outputPaths(['site.v2/page'], 'out')).toEqual([join('out', 'site.v2/page.json')]);
  });
});
