/**
 * Every encoding and every kind of invisible dirt a scraper leaves must give the
 * same result as the clean UTF-8 page: nothing lost, nothing garbled.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Result } from '../../src/validate/schema.js';
import { runCli, seedText } from './cli-run.js';

/** What the page says, without where it came from (bytes, warnings). */
const content = (r: Result) => ({ ...r, source: null, warnings: null });
const clean = content(extract(seedText));
const utf16le = Buffer.from(seedText, 'utf16le');
const utf16be = Buffer.from(utf16le).swap16();

describe('encodings', () => {
  it.each([
    ['UTF-8 without a BOM', Buffer.from(seedText, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText, 'utf8')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['UTF-16 LE without a BOM (sniffed)', utf16le],
    ['UTF-16 BE without a BOM (sniffed)', utf16be],
  ])('should read %s as the same page, without warnings', (_what, bytes) => {
    const result = extract(bytes);
    expect(content(result)).toEqual(clean);
    expect(result.warnings).toEqual([]);
  });

  it('should sniff Windows-1252 and say so in warnings', () => {
    const result = extract(iconv.encode(seedText, 'windows-1252'));
    expect(content(result)).toEqual(clean);
    expect(result.warnings).toEqual(['input is not valid UTF-8; decoded as Windows-1252']);
  });

  it('should sniff Latin-1 text (accented letters, no smart quotes)', () => {
    const page = 'Köln und Zürich: Ärzte warnen vor Hitze\n\nDie Ärzte in Köln, Zürich und São Paulo warnen vor der Hitze, die in diesem Sommer über Europa liegt, und raten zu Wasser und Schatten.\n';
    const result = extract(iconv.encode(page, 'latin1'));
    expect(result.article.body).toEqual([page.split('\n')[2]]);
    expect(result.warnings).toContain('input is not valid UTF-8; decoded as Windows-1252');
  });

  it('should replace invalid UTF-8 sequences with U+FFFD and count them in warnings', () => {
    const bytes = Buffer.concat([Buffer.from(seedText.slice(0, 3000), 'utf8'), Buffer.from([0xff, 0xc3]), Buffer.from(seedText.slice(3000), 'utf8')]);
    const result = extract(bytes);
    expect(result.warnings).toEqual(['input has 2 invalid UTF-8 byte sequences; replaced with U+FFFD']);
    expect(result.article.body.join('\n')).toContain('\uFFFD\uFFFD');
    expect(result.article.title).toBe(clean.article.title);
  });

  it('should let --encoding force a reading the sniffer would not choose', () => {
    const latin = iconv.encode('Café society returns to the city\n\nThe café society of the city is back, and the owners of the old cafés say that business has never been this good.\n', 'windows-1252');
    const sniffed = JSON.parse(runCli(['extract'], latin).stdout);
    expect(sniffed.article.body[0]).toMatch(/^The café society/);
    const forced = JSON.parse(runCli(['extract', '--encoding', 'utf-8'], latin).stdout);
    expect(forced.article.body[0]).toMatch(/^The caf\uFFFD society/);
    expect(forced.warnings[0]).toMatch(/invalid UTF-8/);
    const utf8 = Buffer.from('Café society returns to the city\n\nThe café society of the city is back, and the owners of the old cafés say that business has never been this good.\n', 'utf8');
    const mojibake = JSON.parse(runCli(['extract', '--encoding', 'windows-1252'], utf8).stdout);
    expect(mojibake.article.body[0]).toMatch(/^The cafÃ© society/);
  });
});

describe('line ends and invisible characters', () => {
  it.each([
    ['CRLF line ends', seedText.replace(/\n/g, '\r\n')],
    ['old Mac CR line ends', seedText.replace(/\n/g, '\r')],
    ['NUL bytes at line ends and inside words', seedText.replace(/\n/g, '\u0000\n').replace(/ of /g, ' o\u0000f ')],
    ['zero-width and bidi controls inside words', seedText.replace(/ the /g, ' t\u200Bh\u200Ee\u2066 ').replace(/India/g, '\u202BIndia\u202C')],
    ['NBSP instead of every space', seedText.replace(/ /g, '\u00A0')],
    ['soft hyphens and word joiners', seedText.replace(/drug/g, 'dr\u00ADu\u2060g')],
  ])('should read a page with %s as the clean page', (_what, page) => {
    expect(content(extract(page))).toEqual(clean);
    expect(content(extract(Buffer.from(page, 'utf8')))).toEqual(clean);
  });
});
