/**
 * A set of lower-case words asked about words of a text in place, by offsets. An ASCII word (most
 * words of most pages) is compared letter by letter with the few entries of its signature (length,
 * first and last letter), without slicing or lower-casing it; so is a word no unit of which has a
 * case (Cyrillic lower case, Devanagari), with the entries of its length, first and last unit; other
 * words are sliced, lower-cased and looked up, unless a unit they keep is in no entry.
 */
import { CASED, charClass, codeUnitAt } from './char-class.js';

const OTHER = 26; // a signature letter outside a-z
const MAX_SIGNED_LENGTH = 31;
// Slots of the table of entries beyond ASCII, by a hash of their length, first and last unit: far more than the entries.
const OTHER_SLOTS = 1 << 12;

export class LowerWordSet {
  private readonly words: ReadonlySet<string>;
  private readonly maxLength: number;
  // Signature -> 1 + its bucket's index in `buckets` (0: none). A typed array, off the JS heap: an array of
  // 23,328 slots per set filled the young generation at load, and a Map cost the per-word lookups 9%.
  private readonly bucketOf = new Int32Array((MAX_SIGNED_LENGTH + 1) * 27 * 27);
  private readonly buckets: string[][] = [];
  // A bit per BMP unit (not a surrogate) that some entry holds.
  private readonly entryUnits = new Int32Array(0x10000 / 32);
  // The entries beyond ASCII by otherSlot: slot -> 1 + its bucket's index in otherBuckets (0: none). Built on first use.
  private otherBucketOf: Int32Array | null = null;
  private readonly otherBuckets: string[][] = [];

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.maxLength = Math.max(0, ...[...this.words].map((w) => w.length));
    for (const w of this.words) {
      for (let k = 0; k < w.length; k++) this.entryUnits[w.charCodeAt(k) >> 5] |= 1 << (w.charCodeAt(k) & 31);
      if (!isAscii(w, 0, w.length)) continue;
      const key = signature(w, 0, w.length);
      if (this.bucketOf[key] === 0) this.bucketOf[key] = this.buckets.push([]);
      this.buckets[this.bucketOf[key] - 1].push(w);
    }
  }

  /** text.slice(start, end).toLowerCase() when the set has it, else null. */
  find(text: string, start: number, end: number): string | null {
    // Lower-casing never shortens a word, so a longer one is in no list.
    if (end - start > this.maxLength) return null;
    // An ASCII word lower-cases to ASCII of its own length and signature: only those entries can be it.
    if (isAscii(text, start, end)) {
      const slot = this.bucketOf[signature(text, start, end)];
      if (slot !== 0) for (const w of this.buckets[slot - 1]) if (w.length === end - start && equalsLowerAscii(text, start, w)) return w;
      return null;
    }
    // A unit that is its own lower case (charClass without CASED; not a surrogate, whose pair may have a case) stays
    // in the lower-cased word, as lower-casing maps each character on its own (but a final sigma, which has a case):
    // a word keeping a unit that no entry holds is in no entry (most often an apostrophe: "don’t", "l’homme"),
    // and a word with no unit that has a case is its own lower case.
    let cased = false;
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      if ((unit & 0xf800) === 0xd800) cased = true; // a surrogate, D800-DFFF (one test: see topic-words' codePointAt)
      else if (charClass(unit) & CASED) cased = true;
      else if (!(this.entryUnits[unit >> 5] & (1 << (unit & 31)))) return null;
    }
    // A word with no unit that has a case is its own lower case (the one mapping that reads a context, the final sigma,
    // is of a letter that has a case): an entry is the word exactly when it has its units.
    if (!cased) return this.findUncased(text, start, end);
    const word = text.slice(start, end).toLowerCase();
    return this.words.has(word) ? word : null;
  }

  /** The entry that text.slice(start, end) is, for a word beyond ASCII; compared in place, not sliced and hashed. */
  private findUncased(text: string, start: number, end: number): string | null {
    const slot = (this.otherBucketOf ??= this.otherTable())[otherSlot(text, start, end)];
    if (slot !== 0) for (const w of this.otherBuckets[slot - 1]) if (w.length === end - start && text.startsWith(w, start)) return w;
    return null;
  }

  private otherTable(): Int32Array {
    const table = new Int32Array(OTHER_SLOTS);
    for (const w of this.words) {
      if (w.length === 0 || isAscii(w, 0, w.length)) continue;
      const slot = otherSlot(w, 0, w.length);
      if (table[slot] === 0) table[slot] = this.otherBuckets.push([]);
      this.otherBuckets[table[slot] - 1].push(w);
    }
    return table;
  }
}

/** A slot of OTHER_SLOTS for a word of at least one unit, from its length and its first and last unit. */
function otherSlot(text: string, start: number, end: number): number {
  const mixed = Math.imul(end - start, 0x9e3779b1) ^ Math.imul(text.charCodeAt(start), 0x85ebca6b) ^ Math.imul(text.charCodeAt(end - 1), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 15)) & (OTHER_SLOTS - 1);
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether the ASCII text at `start`, lower-cased, spells `word`. */
function equalsLowerAscii(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function signature(text: string, start: number, end: number): number {
  const length = Math.min(end - start, MAX_SIGNED_LENGTH);
  return (length * 27 + letter(codeUnitAt(text, start))) * 27 + letter(codeUnitAt(text, end - 1));
}

/** An ASCII letter's place in a-z, whatever its case; OTHER for anything else. */
function letter(code: number): number {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : OTHER;
}
