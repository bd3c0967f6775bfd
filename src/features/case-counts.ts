/**
 * The counts of capitals behind a block's capitalizedRatio and upperRatio, read when a rule asks for one: few
 * blocks are asked (bylines, kickers, title contenders), and counting them in the word walk cost every block's
 * every letter (scan 0.93x its time without them).
 */
import * as classModule from './char-class.js';

// Module constants, folded into optimised code (an import is read at every use: see word-scan.ts).
const { CASED, charClass, LETTER, UPPER, WORD_CHAR } = classModule;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
// Capitalisation is read from the start of a block; more text changes the share little.
const CASE_SAMPLE_CHARS = 2000;

/**
 * Words of /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu whose first code point is cased (not its own lower case). The words
 * are read as WordScan reads them: a run of word characters, then an apostrophe and the letters after it, if any.
 */
export function capitalizedWords(text: string): number {
  const n = text.length;
  let capitalized = 0;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    let bits = charClass(cp);
    if (!(bits & WORD_CHAR)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (bits & CASED) capitalized++;
    // The run of word characters.
    do {
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.codePointAt(i)!;
      bits = charClass(cp);
    } while (bits & WORD_CHAR);
    // An apostrophe (one BMP unit) and the letters after it belong to the word.
    if (i < n && (cp === APOSTROPHE || cp === RIGHT_SINGLE_QUOTE) && i + 1 < n && charClass(text.codePointAt(i + 1)!) & LETTER) {
      i++;
      while (i < n) {
        cp = text.codePointAt(i)!;
        if (!(charClass(cp) & LETTER)) break;
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }
  return capitalized;
}

/**
 * Letters (\p{L}) and upper-case letters (\p{Lu}) among the first CASE_SAMPLE_CHARS UTF-16 units, each unit read on its
 * own: a surrogate, half of an astral letter, is no letter.
 */
export function sampleLetters(text: string): { letters: number; upper: number } {
  const end = Math.min(text.length, CASE_SAMPLE_CHARS);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < end; i++) {
    const bits = charClass(text.charCodeAt(i));
    if (bits & LETTER) {
      letters++;
      if (bits & UPPER) upper++;
    }
  }
  return { letters, upper };
}
