/** The CLI bundle as bin/load-cli.js runs it: a vm.Script with V8's code cache. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('CLI bundle', () => {
  it('should contain no import(), which a vm.Script cannot run', () => {
    const bundle = readFileSync(join(root, 'dist', 'cli.cjs'), 'utf8');
    expect(bundle.match(/\bimport\(.{0,40}/g) ?? []).toEqual([]);
  });

  it('should load with the code cache the build wrote, not recompile', () => {
    const { script } = createRequire(import.meta.url)(join(root, 'bin', 'load-cli.js')).loadCli();
    expect(script.cachedDataRejected).toBe(false);
  });
});
