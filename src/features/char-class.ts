/**
 * Unicode classes of single characters, read from a table instead of matched with `u`-flag
 * property regexes: the feature scanners visit every character of every page, and a table
 * lookup costs a fraction of a regex step. The table is filled lazily, one code point at a
 * time, by the very property regexes it replaces, so its answers are theirs.
 */
export const WORD_CHAR = 1; // \p{L} \p{M} \p{N}: the word tokeniser's letters
export const LETTER = 2; // \p{L}
export const LETTER_OR_MARK = 4; // \p{L} \p{M}
export const UPPER = 8; // \p{Lu}
export const SPACE = 32; // \s
/** The character is not its own lower case (a capital, as features count capitalised words). */
export const CASED = 16;
const KNOWN = 128;

const PROPERTIES: ReadonlyArray<readonly [number, RegExp]> = [
  [WORD_CHAR, /^[\p{L}\p{M}\p{N}]$/u],
  [LETTER, /^\p{L}$/u],
  [LETTER_OR_MARK, /^[\p{L}\p{M}]$/u],
  [UPPER, /^\p{Lu}$/u],
  [SPACE, /^\s$/u],
];

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class bits of one code point (a lone surrogate is its own code point, as in `u` regexes). */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp];
    if (known !== 0) return known;
    return (bmp[cp] = classify(cp));
  }
  let bits = astral.get(cp);
  if (bits === undefined) astral.set(cp, (bits = classify(cp)));
  return bits;
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = KNOWN;
  for (const [bit, re] of PROPERTIES) if (re.test(ch)) bits |= bit;
  if (ch !== ch.toLowerCase()) bits |= CASED;
  return bits;
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
