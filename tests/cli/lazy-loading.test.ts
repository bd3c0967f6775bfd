/**
 * Start-up of a one-page run: modules only some inputs need are loaded only
 * for those inputs. Checked by what is loaded, never by timing.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const dist = (file: string) => pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', file)).href;
const seed = join(import.meta.dirname, '..', '..', 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');

/** Run `code` in a child and list the CommonJS packages it loaded. */
function loadedPackages(code: string): string[] {
  const script = `
    import { createRequire } from 'node:module';
    ${code}
    const loaded = Object.keys(createRequire(process.cwd() + '/').cache);
    process.stderr.write(JSON.stringify(loaded.map((f) => /node_modules\\/([^/]+)/.exec(f)?.[1]).filter(Boolean)));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(r.stderr);
}

/**
 * Run bin/load-cli.js's CLI on `argv` in a CommonJS child (an ES module entry loads node's streams
 * itself) and list the node built-in modules loaded by the time the CLI is done.
 */
function builtinsAfterCli(argv: string[]): string[] {
  const script = `
    require(${JSON.stringify(join(import.meta.dirname, '..', '..', 'bin', 'load-cli.js'))}).loadCli().cli.run(['node', 'pagesift', ...${JSON.stringify(argv)}]).then(() => {
      const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
      require('node:fs').writeSync(2, JSON.stringify(builtins));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return JSON.parse(r.stderr);
}

const loadCli = join(import.meta.dirname, '..', '..', 'bin', 'load-cli.js');
const cliExtract = (file: string) =>
  `const { run } = createRequire(import.meta.url)(${JSON.stringify(loadCli)}).loadCli().cli; await run(['node', 'pagesift', 'extract', ${JSON.stringify(file)}]);`;
const libraryExtract = (file: string) =>
  `const { extract } = await import(${JSON.stringify(dist('index.js'))}); extract((await import('node:fs')).readFileSync(${JSON.stringify(file)}));`;

describe('lazy loading', () => {
  const latin = join(tempDir('lazy'), 'latin.txt');
  writeFileSync(latin, Buffer.from('Caf\xe9 na\xefve: a short page in Windows-1252\n', 'latin1'));

  it('should not load iconv-lite when the library extracts a UTF-8 page', () => {
    expect(loadedPackages(libraryExtract(seed))).not.toContain('iconv-lite');
  });
  it('should not load iconv-lite when the CLI extracts a UTF-8 page', () => {
    expect(loadedPackages(cliExtract(seed))).not.toContain('iconv-lite');
  });
  // The stream classes themselves are loaded by node:v8 (bin/v8-flags.js); a stream for stdout adds
  // the module of its kind: net for a pipe (as here), tty for a terminal, sync_write_stream for a file.
  it('should not create process.stdout or process.stderr when the CLI extracts one page', () => {
    const builtins = builtinsAfterCli(['extract', seed]);
    expect(builtins).not.toContain('net');
    expect(builtins).not.toContain('tty');
    expect(builtins).not.toContain('internal/fs/sync_write_stream');
  });
  it('should load iconv-lite when a page is Windows-1252', () => {
    expect(loadedPackages(libraryExtract(latin))).toContain('iconv-lite');
    expect(loadedPackages(cliExtract(latin))).toContain('iconv-lite');
  });
});
