/**
 * Unicode classes of single characters, read from a table instead of matched with `u`-flag
 * property regexes: the feature scanners visit every character of every page, and a table
 * lookup costs a fraction of a regex step. The table is filled lazily, one code point at a
 * time, by the one property regex below, so its answers are those of the property regexes
 * named beside each bit. Rules that ask about one character of a word ("does it start with a
 * capital?") ask the table too (startsWithClass): V8 looks every `\p{…}` up in ICU each time
 * it parses a regex (when the regex is created, and again for each of its compilations), which a
 * one-page run pays for every such regex it meets.
 */
export const WORD_CHAR = 1; // [\p{L}\p{M}\p{N}]: the word tokeniser's letters
export const LETTER = 2; // \p{L}
export const LETTER_OR_MARK = 4; // [\p{L}\p{M}]
export const UPPER = 8; // \p{Lu}
export const SPACE = 32; // \s
export const LOWER = 64; // \p{Ll}
export const OTHER_LETTER = 256; // \p{Lo}: letters of scripts without case (Devanagari, CJK, Arabic…)
/** The character is not its own lower case (a capital, as features count capitalised words). */
export const CASED = 16;
const KNOWN = 128;
/**
 * Bits 9 to 13 hold an ASCII letter's place in the alphabet, whatever its case (1 for a and A … 26 for z and Z),
 * and 0 for every other code point. For a word character (WORD_CHAR), which no bit above them is set on,
 * `bits >>> ASCII_LETTER_SHIFT` is that place: the symbol a word trie steps on (ascii-word-trie.ts).
 */
export const ASCII_LETTER_SHIFT = 9;
/**
 * [.!?…।]: the stops a sentence boundary starts at (sentences.ts). A bit of the table, where the count tested each unit
 * against each of the five (it reads every unit of a block it counts). Above the letter field, on no word character.
 */
export const SENTENCE_STOP = 1 << 14;

// Every code point is in at most one of these groups: the general categories are disjoint,
// \p{L} after Lu, Ll and Lo leaves Lt and Lm, and \s holds no letter, mark or number.
const PROPERTY = /^(?:(\p{Lu})|(\p{Ll})|(\p{Lo})|(\p{L})|(\p{M})|(\p{N})|(\s))$/u;
const LETTER_BITS = WORD_CHAR | LETTER | LETTER_OR_MARK;
const GROUP_BITS = [0, LETTER_BITS | UPPER, LETTER_BITS | LOWER, LETTER_BITS | OTHER_LETTER, LETTER_BITS, WORD_CHAR | LETTER_OR_MARK, WORD_CHAR, SPACE];

// One table over all of Unicode, astral code points too: 2.2 MB of address space, of which only the pages
// holding code points met are ever touched (and resident). With a Map beside it for the astral ones, the
// scanners that inline charClass (countWords, runStart, runEnd, contentWords) were optimised before most pages
// show an emoji, with no type feedback for that lookup: the first page with one deoptimised all five, per worker.
const classes = new Uint16Array(0x110000);

/**
 * The table itself, for a walk that reads it without charClass's call to fill a slot: a call in a loop, even one never
 * taken, makes V8's optimised code reload after it what it had loaded before (the word walk took 1.06x its time with it).
 * A slot is 0 until its code point is classified (every class has KNOWN set); classifyCodePoints fills a text's slots.
 */
export const CLASS_TABLE: Uint16Array = classes;

/** The class bits of one code point (a lone surrogate is its own code point, as in `u` regexes). */
export function charClass(cp: number): number {
  const known = classes[cp];
  if (known !== 0) return known;
  return (classes[cp] = classify(cp));
}

/** Fills CLASS_TABLE's slot of every code point text.codePointAt gives at any offset of `text` (a low surrogate's own too). */
export function classifyCodePoints(text: string): void {
  for (let i = 0; i < text.length; i++) charClass(text.codePointAt(i)!);
}

/** Whether a code point (a code unit: every \s character is one) is white space as \s has it. */
export function isWhiteSpace(cp: number): boolean {
  return (charClass(cp) & SPACE) !== 0;
}

/** Whether a code unit is an ASCII digit, 0 to 9 (\d without the u flag); false for NaN, an empty text's charCodeAt(0). */
export function isAsciiDigit(unit: number): boolean {
  return unit >= DIGIT_ZERO && unit <= DIGIT_NINE;
}

/** Whether a code unit is an ASCII letter, A to Z or a to z; false for NaN. */
export function isAsciiLetter(unit: number): boolean {
  const lower = unit | ASCII_LOWER_BIT; // an ASCII capital's lower case; a lower-case letter stays itself
  return lower >= SMALL_A && lower <= SMALL_Z;
}
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
const ASCII_LOWER_BIT = 0x20;
const SMALL_A = 0x61;
const SMALL_Z = 0x7a;

/** text.charCodeAt(i), but -1 past either end instead of NaN: neither is a letter, and an out-of-bounds read deoptimises V8's optimised code (once per call site). */
export function codeUnitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = KNOWN;
  const m = PROPERTY.exec(ch);
  if (m) bits |= GROUP_BITS[m.findIndex((group, i) => i > 0 && group !== undefined)];
  if (ch !== ch.toLowerCase()) bits |= CASED;
  const lower = cp | 0x20; // an ASCII capital's lower case, a lower-case letter itself
  if (cp < 0x80 && lower >= 0x61 && lower <= 0x7a) bits |= (lower - 0x60) << ASCII_LETTER_SHIFT;
  if (cp === 0x2e || cp === 0x21 || cp === 0x3f || cp === 0x2026 || cp === 0x0964) bits |= SENTENCE_STOP;
  return bits;
}

/** Whether the first code point of `text` has one of `bits`: /^[\p{Lu}\p{Lo}]/u.test(text) is startsWithClass(text, UPPER | OTHER_LETTER). */
export function startsWithClass(text: string, bits: number): boolean {
  return text.length > 0 && (charClass(text.codePointAt(0)!) & bits) !== 0;
}

/** Where the next run of code points having `bit` starts, at `i` or after; -1 when none is left. */
export function runStart(text: string, i: number, bit: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (charClass(cp) & bit) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the run of code points having `bit` that starts at `i` ends (`i` itself when none has it). */
export function runEnd(text: string, i: number, bit: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!(charClass(cp) & bit)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
