import { describe, expect, it } from 'vitest';
import { sniffUtf16 } from '../../src/decode/binary.js';
import { decode } from '../../src/decode/decode.js';
import { PagesiftError } from '../../src/errors.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as PagesiftError).code;
  }
  return null;
};

describe('decode', () => {
  it('should strip a UTF-8 BOM', () => {
    expect(decode(Buffer.from('\uFEFFhello', 'utf8')).text).toBe('hello');
  });
  it('should decode UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo wörld', 'utf16le')]);
    expect(decode(le).text).toBe('héllo wörld');
    const be = Buffer.from(le).swap16();
    expect(decode(be).text).toBe('héllo wörld');
  });
  it('should sniff UTF-16 without a BOM by the NUL bytes on one side, and text without NUL bytes as no UTF-16', () => {
    const text = 'An article of plain ASCII words, long enough to sample. '.repeat(4);
    expect(decode(Buffer.from(text, 'utf16le')).encoding).toBe('utf-16le');
    expect(decode(Buffer.from(text, 'utf16le').swap16()).encoding).toBe('utf-16be');
    expect(decode(Buffer.from(text, 'utf8')).encoding).toBe('utf-8');
    // A NUL past the sample does not count; one inside it is counted as before.
    expect(sniffUtf16(Buffer.concat([Buffer.from('x'.repeat(8192)), Buffer.from(text, 'utf16le')]))).toBeNull();
    expect(sniffUtf16(Buffer.from(text, 'utf16le').subarray(0, 9))).toBe('utf-16le');
  });
  it('should decode Windows-1252 text that is not valid UTF-8, with a warning', () => {
    const d = decode(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(d.text).toBe('café “q”');
    expect(d.warnings[0]).toMatch(/Windows-1252/);
  });
  it('should replace invalid UTF-8 sequences in UTF-8 text and warn', () => {
    const d = decode(Buffer.concat([Buffer.from('naïve café résumé déjà vu ', 'utf8'), Buffer.from([0xff]), Buffer.from(' ok', 'utf8')]));
    expect(d.text).toContain('\uFFFD');
    expect(d.warnings[0]).toMatch(/invalid UTF-8/);
  });
  it('should normalise NBSP, CRLF and zero-width characters', () => {
    expect(decode('a\u00A0b\r\nc\u200Bd\re').text).toBe('a b\ncd\ne');
  });
  it('should refuse empty and whitespace-only input', () => {
    expect(code(() => decode(''))).toBe('EMPTY_INPUT');
    expect(code(() => decode(Buffer.from(' \n\t ')))).toBe('EMPTY_INPUT');
  });
  it('should refuse binary data by signature and by control bytes', () => {
    expect(code(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))).toBe('BINARY_INPUT');
    expect(code(() => decode(Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 7) % 32))))).toBe('BINARY_INPUT');
  });
  it('should refuse input over the size limit', () => {
    expect(code(() => decode('x'.repeat(100), { maxBytes: 10 }))).toBe('INPUT_TOO_LARGE');
  });
});
