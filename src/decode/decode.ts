/**
 * Stage 1, decode: bytes (or a string) in, one normalised document string out.
 * Encoding: BOM first, then UTF-16 without BOM, then strict UTF-8, then the
 * charset an HTML page declares (html-charset.ts), then Windows-1252 for bytes
 * that are clearly single-byte text.
 */
import { isUtf8, transcode } from 'node:buffer';
import { PagesiftError } from '../errors.js';
import { binarySignature, mostlyControlBytes, sampleControls, sniffUtf16 } from './binary.js';
import { declaredCharset } from './html-charset.js';
import { iconv } from './iconv.js';
import { hasVisibleText, normalizeDocument } from './normalize.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

export interface Decoded {
  text: string;
  bytes: number;
  /** One of ENCODINGS, or the iconv-lite name of the charset an HTML page declared ("shift_jis"). */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** Force an encoding instead of sniffing it. */
  encoding?: Encoding;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /**
   * Normalise the whole document (default true). The HTML path turns this off and
   * normalises only the text it renders: the markup around it is most of the bytes.
   */
  normalize?: boolean;
}

/** Default --max-bytes: far above any real article page, low enough to refuse a mistaken dump of a disk. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

// Encodings whose ASCII range is mostly NUL bytes: the control-byte test for binary data does not apply.
const WIDE_ENCODING = /^(?:utf-?16|utf-?32|ucs-?[24])/i;

// Invalid UTF-8 in which at least this share of the high bytes stand alone (not in a valid
// multi-byte sequence) is single-byte text; below it, UTF-8 with a few damaged sequences.
const MIN_LONE_HIGH_BYTE_SHARE = 0.5;

export function decode(input: string | Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string') {
    const bytes = Buffer.byteLength(input, 'utf8');
    checkSize(bytes, maxBytes);
    return finish(input.replace(/^\uFEFF/, ''), bytes, 'utf-8', [], options);
  }
  checkSize(input.length, maxBytes);
  const warnings: string[] = [];
  // Checked before the encoding, forced or not: a UTF-16 sniff or --encoding must not turn an image into text.
  const signature = binarySignature(input);
  if (signature) throw binaryError(signature);
  // Counted once for the UTF-16 sniff and the binary test: the sample of most text has no control byte, which answers the first.
  const controls = sampleControls(input);
  const { encoding, offset, text: validUtf8 } = options.encoding
    ? { encoding: options.encoding, offset: bomLength(input, options.encoding), text: undefined }
    : sniffEncoding(input, warnings, controls);
  // A view of the text's bytes only past a BOM: most inputs have none, and each view is a Buffer object of its own.
  const body = offset === 0 ? input : input.subarray(offset);
  // UTF-8, the common answer, is no wide encoding: its test is left out.
  if ((encoding === 'utf-8' || !WIDE_ENCODING.test(encoding)) && mostlyControlBytes(body, offset === 0 ? controls : sampleControls(body))) {
    throw binaryError('binary data');
  }
  let text: string;
  if (validUtf8 !== undefined) {
    text = validUtf8;
  } else if (encoding === 'utf-8') {
    text = decodeUtf8(body, warnings);
  } else {
    text = iconv().decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  }
  return finish(text, input.length, encoding, warnings, options);
}

function checkSize(bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw new PagesiftError('INPUT_TOO_LARGE', `input is ${bytes} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  }
}

function finish(raw: string, bytes: number, encoding: string, warnings: string[], options: DecodeOptions): Decoded {
  const text = options.normalize === false ? raw : normalizeDocument(raw);
  if (!hasVisibleText(text)) throw new PagesiftError('EMPTY_INPUT', 'input is empty');
  return { text, bytes, encoding, warnings };
}

function binaryError(what: string): PagesiftError {
  return new PagesiftError('BINARY_INPUT', `input is not text (looks like ${what})`);
}

function bomLength(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return 2;
  return 0;
}

/** The encoding, where the text starts, and the text itself when strict UTF-8 decoding already produced it. */
interface Sniffed {
  encoding: string;
  offset: number;
  text?: string;
}

/** `controls` is sampleControls(bytes). */
function sniffEncoding(bytes: Uint8Array, warnings: string[], controls: number): Sniffed {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  const utf16 = sniffUtf16(bytes, controls);
  if (utf16) return { encoding: utf16, offset: 0 };
  const utf8 = strictUtf8Text(bytes);
  // Valid UTF-8 wins over a declared legacy charset: scrapers re-encode pages to UTF-8 and leave the old <meta>.
  if (utf8 !== null) return { encoding: 'utf-8', offset: 0, text: utf8 };
  const declared = declaredCharset(bytes);
  if (declared !== null && declared !== 'utf-8') return { encoding: declared, offset: 0 };
  if (looksSingleByte(bytes)) {
    warnings.push('input is not valid UTF-8; decoded as Windows-1252');
    return { encoding: 'windows-1252', offset: 0 };
  }
  return { encoding: 'utf-8', offset: 0 };
}

const lenientUtf8 = new TextDecoder('utf-8');

/**
 * The text of valid UTF-8, or null. Checked by simdutf (isUtf8), then converted to UTF-16 by ICU
 * (transcode), which V8 copies into a string as is: 0.22 against 0.28 ms for a 166 kB HTML page with
 * V8's own UTF-8 decoder (TextDecoder, Buffer.toString), the same rules of validity, the same string.
 */
function strictUtf8Text(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : null;
}

function decodeUtf8(bytes: Uint8Array, warnings: string[]): string {
  const text = lenientUtf8.decode(bytes);
  if (!isUtf8(bytes)) {
    const bad = countChar(text, '\uFFFD');
    warnings.push(`input has ${bad} invalid UTF-8 byte sequence${bad === 1 ? '' : 's'}; replaced with U+FFFD`);
  }
  return text;
}

/** Invalid UTF-8 where high bytes mostly stand alone: Latin-1/Windows-1252 text, not damaged UTF-8. */
function looksSingleByte(bytes: Uint8Array): boolean {
  const text = lenientUtf8.decode(bytes);
  const replaced = countChar(text, '\uFFFD');
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  return high > 0 && replaced / high >= MIN_LONE_HIGH_BYTE_SHARE;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

