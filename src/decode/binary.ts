/**
 * Recognise bytes that are not text at all, so they are refused instead of
 * being "extracted" into garbage.
 */

// File signatures of the formats scrapers most often save by mistake.
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['WebP/RIFF data', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

// Share of control bytes (other than tab, CR, LF, FF) above which bytes are not text.
// Text with a stray NUL here and there stays text; real binaries are far above this.
const MAX_CONTROL_SHARE = 0.1;
const SAMPLE_BYTES = 8192;

/** Name of the binary format whose signature the bytes start with, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  // Indexed: for-of with a destructured pair goes through the array iterator at every page.
  for (let k = 0; k < MAGIC.length; k++) {
    if (startsWith(bytes, MAGIC[k][1])) return MAGIC[k][0];
  }
  return null;
}

/** Whether the bytes start with the signature; a loop, not every() with a closure made for each of MAGIC's entries. */
function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

/** The control bytes among the first SAMPLE_BYTES: what mostlyControlBytes reads, and sniffUtf16 when it is 0 (no NUL byte). */
export function sampleControls(bytes: Uint8Array): number {
  return countControls(bytes, Math.min(bytes.length, SAMPLE_BYTES));
}

/**
 * True when too many of the first bytes are control bytes for single-byte or UTF-8 text, given their count when it is
 * known (sampleControls). Not for UTF-16, whose ASCII range is half NUL bytes: check sniffUtf16 first.
 */
export function mostlyControlBytes(bytes: Uint8Array, controls: number = sampleControls(bytes)): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

/**
 * The control bytes among the first n. Read four at a time where the buffer allows: a word with no byte below 0x20 but
 * line feeds has none, and text has few such words (a tab's), so most of a page is passed over a word, not a byte, at a time.
 */
export function countControls(bytes: Uint8Array, n: number): number {
  let controls = 0;
  let i = 0;
  // Byte by byte up to a multiple of four in the underlying buffer, where an Int32Array view may start.
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) controls += isControl(bytes[i]);
  const words = (n - i) >> 2;
  if (words > 0) {
    const view = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      // Each byte v of y is a byte of the word XOR 0x0a: 0 for a line feed, below 0x20 just when the byte is. With
      // lo = v & 0x7f, lo + 0x60 reaches 0x80 just when lo >= 0x20, lo + 0x7f just when lo >= 1 (neither carries into
      // the next byte), so the top bit of each byte below is set when v is in 1..0x1f: a byte below 0x20 other than a
      // line feed. Exact for each byte whatever the byte order; 0.39x the time of testing for any byte below 0x20,
      // which sent the words holding a line end (one in fourteen) byte by byte through isControl.
      const y = view[w] ^ 0x0a0a0a0a;
      const lo = y & 0x7f7f7f7f;
      if ((~((lo + 0x60606060) | y) & ((lo + 0x7f7f7f7f) | y) & 0x80808080) !== 0) {
        const k = i + 4 * w;
        controls += isControl(bytes[k]) + isControl(bytes[k + 1]) + isControl(bytes[k + 2]) + isControl(bytes[k + 3]);
      }
    }
    i += 4 * words;
  }
  for (; i < n; i++) controls += isControl(bytes[i]);
  return controls;
}

/** 1 for a control byte other than tab, LF, CR and FF; else 0. */
function isControl(b: number): number {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c ? 1 : 0;
}

/**
 * UTF-16 without a BOM shows as NUL in every other byte. Returns the likely
 * endianness or null. Checked before the binary sniff, which would refuse it.
 * `controls`, when given, is sampleControls(bytes).
 */
export function sniffUtf16(bytes: Uint8Array, controls?: number): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  // NUL is a control byte: with none among the first SAMPLE_BYTES (most text), none is in this sample, without a search.
  if (controls === 0) return null;
  // Without a NUL byte in the sample, both counts below are 0 (most text): one native search answers instead of the loop.
  if (bytes.subarray(0, n).indexOf(0) === -1) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // ASCII-range text in UTF-16 has the zero byte in (nearly) every pair, on one side only.
  if (oddZeros / pairs > 0.7 && evenZeros / pairs < 0.1) return 'utf-16le';
  if (evenZeros / pairs > 0.7 && oddZeros / pairs < 0.1) return 'utf-16be';
  return null;
}
