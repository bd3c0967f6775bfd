import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { declaredCharset } from '../../src/decode/html-charset.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('declaredCharset', () => {
  it('should read <meta charset> and the http-equiv form', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe('koi8-r');
  });

  it('should read ISO-8859-1 as Windows-1252, as browsers do', () => {
    expect(declaredCharset(bytes("<meta charset='iso-8859-1'>"))).toBe('windows-1252');
  });

  it('should give null for no declaration or an unknown charset', () => {
    expect(declaredCharset(bytes('<p>no meta</p>'))).toBeNull();
    expect(declaredCharset(bytes('<meta charset="x-nonsense">'))).toBeNull();
  });
});

describe('decode with a declared charset', () => {
  it('should decode bytes that are not UTF-8 with the charset the page declares', () => {
    const page = iconv.encode('<html><head><meta charset="koi8-r"></head><body><p>Привет мир</p></body></html>', 'koi8-r');
    const decoded = decode(new Uint8Array(page));
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.text).toContain('Привет мир');
  });

  it('should keep valid UTF-8 even when the page declares a legacy charset', () => {
    const decoded = decode(new Uint8Array(Buffer.from('<meta charset="iso-8859-1"><p>café</p>', 'utf8')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('café');
  });
});
