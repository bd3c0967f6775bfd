/**
 * The lines of a document as flat strings of their own, one byte a character where every character fits.
 * A slice of a string shares its storage: one curly quote made V8 store the whole page two bytes a character,
 * and every line a "sliced" string of it. Block texts then came in half a dozen kinds of string (sliced or
 * flat, one or two bytes, cons), and a rule's code that reads a string method on more than four kinds is
 * compiled to look the method up at each call instead of inlining it (charCodeAt in the word walk, for one).
 * Copied through a Buffer, every line is a flat string, one-byte unless it holds a character above U+00FF.
 */
import { Buffer } from 'node:buffer';

// A UTF-16 unit that one byte cannot hold (either half of a surrogate pair is one).
const WIDE = /[^\0-\xff]/g;
// Longer documents are sliced as before: a copy would double a huge page's memory, and their buffers would stay held.
// (A news page is ~10 k characters; the longest in ../shared/corpus ~100 k.)
const MAX_COPIED_CHARS = 1 << 19;
// Smallest scratch buffer: most pages fit, so it is allocated once.
const MIN_SCRATCH_BYTES = 1 << 16;
/**
 * A Buffer's own latin1 and UTF-16 copies, which Node's toString(encoding, start, end) and write(text, offset, encoding)
 * call after looking the encoding up by its name (about 25 of a line copy's 105 ns). Every Buffer has them (Node's
 * lib/buffer.js calls them so); @types/node does not list them. Offsets and lengths in bytes, as Buffer's.
 */
interface CodecBuffer extends Buffer {
  latin1Slice(start: number, end: number): string;
  ucs2Slice(start: number, end: number): string;
  latin1Write(text: string, offset: number, length: number): number;
  ucs2Write(text: string, offset: number, length: number): number;
}

// Reused across documents (a Buffer per page costs a fresh ArrayBuffer each): the document cut to bytes (latin1), and as UTF-16.
let narrowScratch: CodecBuffer | null = null;
let wideScratch: CodecBuffer | null = null;
// flatCopy's own, as the lines' scratch is in use while it runs.
let copyScratch: CodecBuffer | null = null;
// V8 copies a slice shorter than this (its SlicedString::kMinLength) into a flat string of its own, one byte a character
// when its parent is: the string a Buffer would give, without a call into C++ (~55 ns; a page has ~65 such lines).
const SLICE_COPIES_BELOW = 13;

export class FlatLines {
  private readonly copied: boolean;
  // The first wide unit at or after the line last asked for; the document's length when none is left.
  private nextWide: number;
  // The copy as one flat one-byte string, whose short slices are flat one-byte strings (a slice of the document is
  // two bytes a character when the document is).
  private readonly narrowDocument: string = '';

  constructor(private readonly document: string) {
    this.nextWide = findWide(document, 0);
    this.copied = document.length <= MAX_COPIED_CHARS;
    if (!this.copied) return;
    narrowScratch = fit(narrowScratch, document.length);
    narrowScratch.latin1Write(document, 0, narrowScratch.length);
    this.narrowDocument = narrowScratch.latin1Slice(0, document.length);
    if (this.nextWide < document.length) {
      wideScratch = fit(wideScratch, 2 * document.length);
      wideScratch.ucs2Write(document, 0, wideScratch.length);
    }
  }

  /**
   * document.slice(start, end), flat; lines must be asked for in document order (start never before the last end).
   * latin1 cuts each unit to its low byte, which is the unit itself in a line without a wide unit.
   */
  slice(start: number, end: number): string {
    if (!this.copied) return this.document.slice(start, end);
    if (this.nextWide < start) this.nextWide = findWide(this.document, start);
    const narrow = this.nextWide >= end;
    // A short line with a wide unit is sliced from the document, two bytes a character as the Buffer would give it.
    if (end - start < SLICE_COPIES_BELOW) return (narrow ? this.narrowDocument : this.document).slice(start, end);
    return narrow ? narrowScratch!.latin1Slice(start, end) : wideScratch!.ucs2Slice(2 * start, 2 * end);
  }

  /**
   * Where the line that starts at `from` ends: the first '\n' at or after it, the document's length when none is left.
   * Looked for in the one-byte copy, where V8 searches half the bytes it would in the document (~0.75x the time); a wide
   * unit whose low byte is 0x0a (U+010A, U+300A, …) reads as '\n' there, and is passed over.
   */
  nextLineEnd(from: number): number {
    const search = this.copied ? this.narrowDocument : this.document;
    let at = search.indexOf('\n', from);
    while (at !== -1 && this.document.charCodeAt(at) !== LINE_FEED) at = search.indexOf('\n', at + 1);
    return at === -1 ? this.document.length : at;
  }

  /**
   * Where two spaces in a row first start at or after `from`, the document's length when nowhere; it may also stop
   * early at a wide unit whose low byte is 0x20 (U+2020, …), which the copy cuts to a space: a false find costs its
   * line only the check the caller would have made. Reads the copy at every other unit, so of any two neighbours one:
   * a space there with a space on either side is a pair. The product of the neighbours' differences from a space is 0
   * when either is one, so each step has one branch, rarely taken. (indexOf('  ') stopped at each of a page's ~1,100
   * single spaces: 0.45x its time.)
   */
  nextSpacePair(from: number): number {
    const n = this.document.length;
    if (!this.copied) {
      const at = this.document.indexOf('  ', from);
      return at === -1 ? n : at;
    }
    const bytes = narrowScratch!;
    let i = from + 1;
    for (; i < n - 1; i += 2) {
      if (((bytes[i] ^ SPACE) | ((bytes[i - 1] ^ SPACE) * (bytes[i + 1] ^ SPACE))) === 0) return bytes[i - 1] === SPACE ? i - 1 : i;
    }
    // Stopped on the last unit: its pair with the one before is left.
    if (i === n - 1 && bytes[n - 2] === SPACE && bytes[n - 1] === SPACE) return n - 2;
    return n;
  }
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;

/** A flat copy of a text: a line that replacing or trimming made (a trimmed string is a slice of its parent), a rendered HTML line. */
export function flatCopy(text: string): string {
  WIDE.lastIndex = 0;
  const narrow = !WIDE.test(text);
  const bytes = narrow ? text.length : 2 * text.length;
  if (bytes > MAX_COPIED_CHARS) {
    const encoding = narrow ? 'latin1' : 'utf16le';
    return Buffer.from(text, encoding).toString(encoding);
  }
  const scratch = (copyScratch = fit(copyScratch, bytes));
  return narrow ? scratch.latin1Slice(0, scratch.latin1Write(text, 0, scratch.length)) : scratch.ucs2Slice(0, scratch.ucs2Write(text, 0, scratch.length));
}

function findWide(text: string, from: number): number {
  WIDE.lastIndex = from;
  // A match is one unit (WIDE has no `u` flag), which test() leaves lastIndex after, without the array exec() builds.
  return WIDE.test(text) ? WIDE.lastIndex - 1 : text.length;
}

function fit(scratch: CodecBuffer | null, bytes: number): CodecBuffer {
  return scratch !== null && scratch.length >= bytes ? scratch : (Buffer.allocUnsafeSlow(Math.max(bytes, MIN_SCRATCH_BYTES)) as CodecBuffer);
}
