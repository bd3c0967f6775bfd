/**
 * The words an article is about: the content words (not function words) of its body.
 * A headline shares most of its content words with the body it heads; a sidebar
 * headline, a menu line or a newsletter prompt shares few.
 */
import { STOPWORD_SET } from '../../cues/stopwords.js';
import { charClass, WORD_CHAR } from '../../features/char-class.js';
import type { Features } from '../../features/features.js';

// Shorter words are mostly function words and abbreviations the stop lists miss.
const MIN_CONTENT_WORD_CHARS = 3;
// A headline's words are found in the article's opening; a whole long article adds only noise.
const BODY_SAMPLE_CHARS = 6000;

/** The content words of a line, stemmed, in order. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  const lower = text.toLowerCase();
  for (let i = nextWord(lower, 0); i < lower.length; i = nextWord(lower, i)) {
    const end = wordEnd(lower, i);
    if (isContentWord(lower, i, end)) words.push(lower.slice(i, stemEnd(lower, i, end)));
    i = end;
  }
  return words;
}

/**
 * The content words of the body's opening, asked about word by word. Only the words of a few
 * headline candidates are ever asked about, so rather than collect the opening's every word into a
 * set (a slice and two hashings a word), the opening is scanned for the words asked, all at once
 * (lookFor), and each word of it is sliced only when its length and first and last letters are those
 * of a word asked.
 *
 * The opening is read off each block's feature key, the lower-cased text without its bullet: a bullet
 * and the spaces after it hold no word characters, so the key has the text's words; and as they hold no
 * cased letter either, the letters after them lower-case alike with or without them (the one
 * context-dependent mapping, a final sigma, looks back only for a cased letter).
 */
export class Topic {
  /** Words asked about that the opening has, and those it has not. */
  private readonly found = new Set<string>();
  private readonly missing = new Set<string>();
  /** Whether the opening has a content word at all: unknown until the first scan. */
  private hasWords: boolean | null = null;
  private readonly keys: string[] = [];

  /** The body's opening: blocks `start` to `end`, until BODY_SAMPLE_CHARS are read. */
  constructor(features: readonly Features[], start: number, end: number) {
    for (let i = start, chars = 0; i < end && chars < BODY_SAMPLE_CHARS; i++) {
      this.keys.push(features[i].key);
      chars += features[i].chars;
    }
  }

  /**
   * Share of a line's content words (contentWords) that the opening has (0..1), or null when the line
   * has fewer than `minWords` or the opening has none.
   */
  overlap(words: readonly string[], minWords: number): number | null {
    if (words.length < minWords) return null;
    this.lookFor(words);
    if (!this.hasWords) return null;
    let shared = 0;
    for (const w of words) if (this.found.has(w)) shared++;
    return shared / words.length;
  }

  /** Finds out which of `words` the opening has, in one scan for those not asked about before. */
  lookFor(words: readonly string[]): void {
    const asked = new Set<string>();
    for (const w of words) if (!this.found.has(w) && !this.missing.has(w)) asked.add(w);
    if (asked.size === 0 && this.hasWords !== null) return;
    // How many words still looked for have each signature: a word found no longer stops its repeats.
    const wanted = new Int32Array(SIGNATURE_SLOTS);
    for (const w of asked) wanted[signature(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))]++;
    let hasWords = this.hasWords === true;
    let left = asked.size;
    scan: for (const key of this.keys) {
      for (let i = nextWord(key, 0); i < key.length; i = nextWord(key, i)) {
        const end = wordEnd(key, i);
        const start = i;
        i = end;
        if (end - start < MIN_CONTENT_WORD_CHARS) continue;
        if (!hasWords) hasWords = !STOPWORD_SET.has(key.slice(start, end));
        const stemmed = stemEnd(key, start, end);
        const s = signature(stemmed - start, key.charCodeAt(start), key.charCodeAt(stemmed - 1));
        if (wanted[s] !== 0) {
          const word = key.slice(start, stemmed);
          if (asked.has(word) && !this.found.has(word) && !STOPWORD_SET.has(key.slice(start, end))) {
            this.found.add(word);
            wanted[s]--;
            left--;
          }
        }
        // Past the first content word, the rest of the opening matters only for words still looked for.
        if (hasWords && left === 0) break scan;
      }
    }
    for (const w of asked) if (!this.found.has(w)) this.missing.add(w);
    this.hasWords = hasWords;
  }
}

// A word's signature: its length and its first and last code units, hashed into this many slots.
const SIGNATURE_SLOTS = 1024;
function signature(length: number, first: number, last: number): number {
  return ((length * 31 + first) * 31 + last) & (SIGNATURE_SLOTS - 1);
}

/** A content word: MIN_CONTENT_WORD_CHARS UTF-16 units or more, and no stop word. */
function isContentWord(lower: string, start: number, end: number): boolean {
  return end - start >= MIN_CONTENT_WORD_CHARS && !STOPWORD_SET.has(lower.slice(start, end));
}

/*
 * Words as features/ counts them: runs of letters, marks and digits, by code point. Scanned here by
 * char code, a pair's code point read only at a high surrogate: this runs over the body's opening.
 */

/** Where the next word starts, at `i` or after; text.length when none is left. */
function nextWord(text: string, i: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (charClass(cp) & WORD_CHAR) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Where the word that starts at `i` ends. */
function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(charClass(cp) & WORD_CHAR)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** text.codePointAt(i) for i inside text, read as a char code unless it is a high surrogate. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

// Plural and possessive endings, so "drugs" meets "drug" and "Trump's" meets "Trump": what
// word.replace(/(?:'s|’s|es|s)$/u, '') removes, read off the end of the word at `start`..`end` in place.
const S = 0x73;
const E = 0x65;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
function stemEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== S) return end;
  const before = end - 2 >= start ? text.charCodeAt(end - 2) : -1;
  return before === APOSTROPHE || before === RIGHT_SINGLE_QUOTE || before === E ? end - 2 : end - 1;
}
