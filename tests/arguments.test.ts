/** What extract() is given: the page and options it accepts, and the one-line USAGE error for what it does not. */
import { describe, expect, it } from 'vitest';
import { ENCODINGS } from '../src/decode/decode.js';
import { isPagesiftError } from '../src/errors.js';
import { checkInput, checkOptions, type ExtractOptions } from '../src/arguments.js';
import { extract } from '../src/pipeline.js';

const page = 'A headline\n\nA first paragraph of the article, long enough to read as prose, with the words a sentence has.\n';

/** The error extract() throws with `options`, as code and message; null when it throws none. */
function refusal(options: unknown): { code: string; message: string } | null {
  return thrown(() => extract(page, options as ExtractOptions));
}

/** The error extract() throws with `input` for the page, as refusal() gives it. */
function pageRefusal(input: unknown): { code: string; message: string } | null {
  return thrown(() => extract(input as string));
}

function thrown(call: () => unknown): { code: string; message: string } | null {
  try {
    call();
    return null;
  } catch (error) {
    if (!isPagesiftError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('checkOptions', () => {
  it('should accept every option at every value the interface allows', () => {
    expect(() => checkOptions({ name: 'page.txt', input: 'html', encoding: 'utf-16be', maxBytes: 1024, includeBoilerplate: true })).not.toThrow();
    for (const input of ['text', 'html']) expect(() => checkOptions({ input })).not.toThrow();
    for (const encoding of ENCODINGS) expect(() => checkOptions({ encoding })).not.toThrow();
    expect(() => checkOptions({ name: null, maxBytes: Infinity, includeBoilerplate: false })).not.toThrow();
  });

  it('should accept an option given as undefined, as the CLI passes a flag it was not given', () => {
    expect(() => checkOptions({ input: undefined, encoding: undefined, maxBytes: 50, includeBoilerplate: undefined, name: undefined })).not.toThrow();
  });
});

describe('checkInput', () => {
  it('should accept a string, a Uint8Array and a Buffer', () => {
    for (const input of ['text', new Uint8Array(2), Buffer.from('bytes')]) expect(() => checkInput(input)).not.toThrow();
  });
});

describe('extract() with a bad page', () => {
  it('should refuse what is neither a string nor bytes as a usage error, not a TypeError from inside', () => {
    const expected = (got: string) => ({ code: 'USAGE', message: `extract() reads a string or a Uint8Array of bytes, got ${got}` });
    expect(pageRefusal(null)).toEqual(expected('null'));
    expect(pageRefusal(undefined)).toEqual(expected('undefined'));
    expect(pageRefusal(42)).toEqual(expected('42'));
    expect(pageRefusal({ text: 'a page' })).toEqual(expected('an object (Object)'));
    expect(pageRefusal(new Uint16Array(4))).toEqual(expected('a Uint16Array'));
  });

  it('should tell a caller with an ArrayBuffer how to pass its bytes', () => {
    const buffer = new TextEncoder().encode(page).buffer;
    expect(pageRefusal(buffer)?.message).toBe('extract() reads a string or a Uint8Array of bytes, got an ArrayBuffer (pass new Uint8Array(buffer))');
    expect(pageRefusal(new Uint8Array(buffer))).toBeNull();
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
