/** Size limits: refused early, with a clear error, for files, devices and stdin. */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS } from '../../src/blocks/text-blocks.js';
import { DEFAULT_MAX_BYTES } from '../../src/decode/decode.js';
import { PagesiftError } from '../../src/errors.js';
import { extract } from '../../src/pipeline.js';
import { runCli, runShell, seedPath, seedText } from './cli-run.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('limits');

describe('--max-bytes', () => {
  it('should refuse a file over the default 50 MB from its size, without reading it', () => {
    // A sparse file: 60 MB on paper, nothing on disk; reading it whole would take a while.
    const file = join(tmp, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 60 * 1024 * 1024);
    const r = runCli(['extract', file]);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`pagesift: ${file}: input is ${60 * 1024 * 1024} bytes, over the limit of ${DEFAULT_MAX_BYTES} (--max-bytes)\n`);
  });

  it('should refuse a file over a given --max-bytes and accept it under a larger one', () => {
    const small = runCli(['extract', '--max-bytes', '4k', seedPath]);
    expect(small.status).toBe(65);
    expect(small.stderr).toMatch(/input is \d+ bytes, over the limit of 4096 \(--max-bytes\)\n$/);
    expect(runCli(['extract', '--max-bytes', '8k', seedPath]).status).toBe(0);
  });

  it('should refuse stdin over --max-bytes', () => {
    const r = runCli(['extract', '--max-bytes', '4k'], seedText);
    expect(r.status).toBe(65);
    expect(r.stderr).toBe('pagesift: stdin: input is over the limit of 4096 bytes (--max-bytes)\n');
  });

  it('should stop reading an endless stream at the limit instead of reading it whole', () => {
    // `yes` never ends: only a reader that stops at the limit comes back.
    const r = runShell('yes "an endless line of text" | pagesift extract --max-bytes 1MB; echo "exit ${PIPESTATUS[1]}"');
    expect(r.stdout).toBe('exit 65\n');
    expect(r.stderr).toBe('pagesift: stdin: input is over the limit of 1048576 bytes (--max-bytes)\n');
  });

  it('should stop reading a device file at the limit', () => {
    const r = runCli(['extract', '--max-bytes', '1MB', '/dev/zero']);
    expect(r.status).toBe(65);
    expect(r.stderr).toBe('pagesift: /dev/zero: input is over the limit of 1048576 bytes (--max-bytes)\n');
  });

  it('should refuse a bad --max-bytes value as a usage error', () => {
    const r = runCli(['extract', '--max-bytes', 'lots', seedPath]);
    expect(r.status).toBe(64);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^pagesift: .*'lots' is invalid\. expected a size such as 50MB/);
  });
});

describe('line count', () => {
  it(`should refuse more than ${MAX_BLOCKS} lines of text with INPUT_TOO_LARGE`, () => {
    let error: unknown = null;
    try {
      extract('a\n'.repeat(MAX_BLOCKS + 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PagesiftError);
    expect((error as PagesiftError).code).toBe('INPUT_TOO_LARGE');
    expect((error as PagesiftError).message).toMatch(/over 1000000 lines of text/);
  });
});

