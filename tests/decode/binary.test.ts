import { describe, expect, it } from 'vitest';
import { countControls, mostlyControlBytes, sampleControls, sniffUtf16 } from '../../src/decode/binary.js';

// Control bytes (below 0x20, not tab, LF, CR, FF) counted byte by byte.
function referenceCount(bytes: Uint8Array, n: number): number {
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls;
}

// The test as the sample is defined: the first 8,192 bytes, over a tenth control bytes.
function reference(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  return n > 0 && referenceCount(bytes, n) / n > 0.1;
}

describe('mostlyControlBytes', () => {
  it('should count control bytes as a byte-by-byte count does, at any offset in its buffer and any length', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      const buffer = new Uint8Array(1 + Math.floor(random() * (round % 10 === 0 ? 9000 : 64)));
      // Mostly text with line ends and some controls, high bytes and edge values (0x1f, 0x20, 0x7f, 0x80, 0x9f, 0xa0, 0xff).
      const controlShare = random() * 0.25;
      for (let i = 0; i < buffer.length; i++) {
        const r = random();
        buffer[i] = r < controlShare ? Math.floor(random() * 0x20) : r < 0.5 ? [0x1f, 0x20, 0x7f, 0x80, 0x9f, 0xa0, 0xff, 0x0a][Math.floor(random() * 8)] : Math.floor(random() * 256);
      }
      const from = Math.floor(random() * Math.min(8, buffer.length));
      const bytes = buffer.subarray(from, from + Math.floor(random() * (buffer.length - from + 1)));
      const n = Math.floor(random() * (bytes.length + 1));
      expect(countControls(bytes, n), `round ${round}`).toBe(referenceCount(bytes, n));
      expect(mostlyControlBytes(bytes), `round ${round}`).toBe(reference(bytes));
    }
  });

  it('should count each byte value at each place in a word, among letters or line feeds', () => {
    for (const filler of [0x61, 0x0a, 0x00, 0xff]) {
      for (let value = 0; value <= 0xff; value++) {
        for (let place = 0; place < 4; place++) {
          const bytes = new Uint8Array(8).fill(filler);
          bytes[4 + place] = value;
          expect(countControls(bytes, 8), `${filler} ${value} ${place}`).toBe(referenceCount(bytes, 8));
        }
      }
    }
  });

  it('should read text with line ends as text and bytes mostly below 0x20 as binary', () => {
    expect(mostlyControlBytes(new TextEncoder().encode('One line.\nAnother line.\r\n\tTabbed.\n'))).toBe(false);
    expect(mostlyControlBytes(Uint8Array.from({ length: 100 }, (_, i) => i % 16))).toBe(true);
  });
});

describe('sniffUtf16 given the sample\'s control count', () => {
  it('should answer as without it, for UTF-16 both ways, UTF-8, NUL bytes inside and past the sample, and short inputs', () => {
    const text = 'Plain words, then café and “quotes”.\n'.repeat(300);
    const inputs = [
      Buffer.from(text, 'utf16le'),
      Buffer.from(text, 'utf16le').swap16(),
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from('x'.repeat(8192)), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from('x'.repeat(100)), Buffer.from([0]), Buffer.from('y'.repeat(100))]),
      Buffer.from(text, 'utf16le').subarray(0, 9),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('ab'),
      Buffer.alloc(0),
    ];
    for (const bytes of inputs) expect(sniffUtf16(bytes, sampleControls(bytes))).toBe(sniffUtf16(bytes));
  });
});
