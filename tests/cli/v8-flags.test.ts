/** The V8 flags the CLI sets at run time for a short process (bin/v8-flags.js). */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const { readsOnePage } = createRequire(import.meta.url)(join(root, 'bin', 'v8-flags.js'));

describe('CLI V8 flags', () => {
  it('should tune only `pagesift extract` of one page for a short run', () => {
    expect(readsOnePage(['node', 'pagesift', 'extract', 'page.txt'])).toBe(true);
    expect(readsOnePage(['node', 'pagesift', 'extract'])).toBe(true);
    expect(readsOnePage(['node', 'pagesift', 'extract', '--ndjson'])).toBe(false);
    expect(readsOnePage(['node', 'pagesift', 'batch', 'pages'])).toBe(false);
    expect(readsOnePage(['node', 'pagesift', 'check'])).toBe(false);
  });

  // Flags set at run time can leave V8 in states it does not expect: `--no-regexp-tier-up`, set that
  // way, crashed node on some pages over 1 MB (not reliably on this one: it depended on which regexes
  // node had run before). A large page through the CLI as it runs.
  it('should extract an HTML page over 1 MB through the CLI', () => {
    const fixture = readFileSync(join(root, 'fixtures', 'html-json-ld-metadata', 'input.html'), 'utf8');
    const paragraph = `<p>${'word '.repeat(200)}</p>\n`;
    const page = join(tempDir('v8-flags'), 'large.html');
    writeFileSync(page, fixture.replace('</body>', `${paragraph.repeat(1500)}</body>`));
    const r = spawnSync(process.execPath, [join(root, 'bin', 'pagesift.js'), 'extract', page], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.signal).toBe(null);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.bytes).toBeGreaterThan(1_000_000);
  });
});
