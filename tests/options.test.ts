/** The library's options: what extract() accepts, and the one-line USAGE error for what it does not. */
import { describe, expect, it } from 'vitest';
import { ENCODINGS } from '../src/decode/decode.js';
import { isPagesiftError } from '../src/errors.js';
import { checkOptions, type ExtractOptions } from '../src/options.js';
import { extract } from '../src/pipeline.js';

const page = 'A headline\n\nA first paragraph of the article, long enough to read as prose, with the words a sentence has.\n';

/** The error extract() throws with `options`, as code and message; null when it throws none. */
function refusal(options: unknown): { code: string; message: string } | null {
  try {
    extract(page, options as ExtractOptions);
    return null;
  } catch (error) {
    if (!isPagesiftError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('checkOptions', () => {
  it('should accept every option at every value the interface allows, and give back the same object', () => {
    const all: ExtractOptions = { name: 'page.txt', input: 'html', encoding: 'utf-16be', maxBytes: 1024, includeBoilerplate: true };
    expect(checkOptions(all)).toBe(all);
    for (const input of ['text', 'html'] as const) expect(checkOptions({ input })).toEqual({ input });
    for (const encoding of ENCODINGS) expect(checkOptions({ encoding })).toEqual({ encoding });
    expect(checkOptions({ name: null, maxBytes: Infinity, includeBoilerplate: false })).toEqual({ name: null, maxBytes: Infinity, includeBoilerplate: false });
  });

  it('should accept an option given as undefined, as the CLI passes a flag it was not given', () => {
    expect(checkOptions({ input: undefined, encoding: undefined, maxBytes: 50, includeBoilerplate: undefined, name: undefined })).toBeDefined();
  });
});

describe('extract() with bad options', () => {
  it('should refuse an input format other than text or html as a usage error, not a bug of its own', () => {
    expect(refusal({ input: 'auto' })).toEqual({ code: 'USAGE', message: 'invalid extract() options.input: expected "text" or "html", got "auto"' });
  });

  it('should refuse an encoding it cannot force, naming the ones it can', () => {
    expect(refusal({ encoding: 'nonsense' })).toEqual({
      code: 'USAGE',
      message: 'invalid extract() options.encoding: expected "utf-8", "utf-16le", "utf-16be", "windows-1252", got "nonsense"',
    });
  });

  it('should refuse a byte limit that is not a whole number above 0, which used to set no limit at all', () => {
    for (const maxBytes of ['10MB', 0, -5, 1.5, Number.NaN]) {
      expect(refusal({ maxBytes })?.message).toMatch(/^invalid extract\(\) options\.maxBytes: expected a whole number of bytes above 0, or Infinity, got /);
    }
    expect(refusal({ maxBytes: Number.NaN })?.message).toMatch(/, got NaN$/);
  });

  it('should refuse a misspelt option instead of ignoring it', () => {
    expect(refusal({ inputFormat: 'html' })).toEqual({
      code: 'USAGE',
      message: 'unknown extract() option "inputFormat" (known: name, input, encoding, maxBytes, includeBoilerplate)',
    });
  });

  it('should refuse options that are not an object', () => {
    expect(refusal(null)).toEqual({ code: 'USAGE', message: 'extract() options must be an object, got null' });
    expect(refusal('html')).toEqual({ code: 'USAGE', message: 'extract() options must be an object, got "html"' });
  });

  it('should refuse a name or boilerplate switch of the wrong type', () => {
    expect(refusal({ name: 42 })?.message).toBe('invalid extract() options.name: expected a string or null, got 42');
    expect(refusal({ includeBoilerplate: 'yes' })?.message).toBe('invalid extract() options.includeBoilerplate: expected true or false, got "yes"');
  });

  it('should extract as before with no options, empty options and good ones', () => {
    expect(refusal(undefined)).toBeNull();
    expect(refusal({})).toBeNull();
    expect(extract(page, { input: 'text', name: 'a.txt' }).source).toEqual({ name: 'a.txt', format: 'text', bytes: Buffer.byteLength(page) });
  });
});
