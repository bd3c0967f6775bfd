/** Files that are not text are refused with a clear error, never "extracted" into garbage. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PagesiftError } from '../../src/errors.js';
import { extract } from '../../src/pipeline.js';
import { runCli, seedText } from './cli-run.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('binary');
const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

// The first bytes of real files of each kind, followed by some of their body.
const SAMPLES: Array<[string, string, Buffer]> = [
  ['PNG image', 'photo.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR', [0, 0, 4, 0, 0, 0, 3, 0, 8, 6, 0, 0, 0])],
  ['JPEG image', 'photo.jpg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0, 1, 1, 0, 0, 0x48, 0, 0x48, 0, 0])],
  // A PDF is mostly ASCII: only its signature gives it away.
  ['PDF document', 'page.pdf', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', seedText.slice(0, 2000))],
  ['ZIP archive', 'pages.zip', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], 'input.txt', seedText.slice(0, 500))],
  ['gzip data', 'page.txt.gz', gzipSync(seedText)],
];

function errorOf(fn: () => unknown): PagesiftError | null {
  try {
    fn();
  } catch (error) {
    if (error instanceof PagesiftError) return error;
    throw error;
  }
  return null;
}

describe('binary input', () => {
  it.each(SAMPLES)('should refuse a %s by its signature', (kind, _file, data) => {
    const error = errorOf(() => extract(data));
    expect(error?.code).toBe('BINARY_INPUT');
    expect(error?.message).toBe(`input is not text (looks like ${kind})`);
  });

  it.each(SAMPLES)('should refuse a %s even when --encoding forces a text encoding', (_kind, _file, data) => {
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const) {
      expect(errorOf(() => extract(data, { encoding }))?.code).toBe('BINARY_INPUT');
    }
  });

  it('should refuse bytes without a known signature that are mostly control bytes', () => {
    const data = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256));
    expect(errorOf(() => extract(data))?.message).toBe('input is not text (looks like binary data)');
    expect(errorOf(() => extract(data, { encoding: 'windows-1252' }))?.code).toBe('BINARY_INPUT');
  });

  it('should still read a text page with a few stray control bytes', () => {
    const page = seedText.replace(/\n\n/g, '\n\u0001\n');
    expect(extract(Buffer.from(page, 'utf8')).article.title).toBe(extract(seedText).article.title);
  });

  it.each(SAMPLES)('should make the CLI refuse a %s with one line and exit code 65', (kind, file, data) => {
    const path = join(tmp, file);
    writeFileSync(path, data);
    const r = runCli(['extract', path]);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`pagesift: ${path}: input is not text (looks like ${kind})\n`);
  });
});
