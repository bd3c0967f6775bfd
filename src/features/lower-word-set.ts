/**
 * A set of lower-case words asked about words of a text in place, by offsets. Most words of a
 * page are in no stop-word list, and a small signature table (length, first and last letter)
 * turns those away without slicing and lower-casing each one. The table only ever says
 * "certainly not"; every other word is looked up exactly.
 */
const OTHER = 26; // a signature letter outside a-z
const MAX_SIGNED_LENGTH = 31;

export class LowerWordSet {
  private readonly words: ReadonlySet<string>;
  private readonly maxLength: number;
  private readonly signatures = new Uint8Array((MAX_SIGNED_LENGTH + 1) * 27 * 27);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.maxLength = Math.max(0, ...[...this.words].map((w) => w.length));
    for (const w of this.words) if (isAscii(w, 0, w.length)) this.signatures[signature(w, 0, w.length)] = 1;
  }

  /** text.slice(start, end).toLowerCase() when the set has it, else null. */
  find(text: string, start: number, end: number): string | null {
    // Lower-casing never shortens a word, so a longer one is in no list.
    if (end - start > this.maxLength) return null;
    // An ASCII word lower-cases to ASCII of its own length and letters: its signature must be known.
    if (isAscii(text, start, end) && this.signatures[signature(text, start, end)] === 0) return null;
    const word = text.slice(start, end).toLowerCase();
    return this.words.has(word) ? word : null;
  }
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function signature(text: string, start: number, end: number): number {
  const length = Math.min(end - start, MAX_SIGNED_LENGTH);
  return (length * 27 + letter(text.charCodeAt(start))) * 27 + letter(text.charCodeAt(end - 1));
}

/** An ASCII letter's place in a-z, whatever its case; OTHER for anything else. */
function letter(code: number): number {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : OTHER;
}
