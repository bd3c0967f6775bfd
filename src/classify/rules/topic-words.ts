/**
 * The words an article is about: the content words (not function words) of its body.
 * A headline shares most of its content words with the body it heads; a sidebar
 * headline, a menu line or a newsletter prompt shares few.
 */
import * as classModule from '../../features/char-class.js';
import * as languageModule from '../../features/language.js';
import type { Features } from '../../features/features.js';

// Constants of this module, which optimised code folds, where it reads an import at every use (see word-scan.ts):
// wordEdges reads them at every code point of the body's opening.
const { charClass, WORD_CHAR } = classModule;
// The stop words (STOPWORD_SET) as a set asked about a word in place: a lower-cased text's word is one when
// KNOWN_WORDS.find finds it (find lower-cases what it reads, and lower case lower-cases to itself), with no slice
// and no hashing for an ASCII word.
const { KNOWN_WORDS } = languageModule;
// Shorter words are mostly function words and abbreviations the stop lists miss.
const MIN_CONTENT_WORD_CHARS = 3;
// A headline's words are found in the article's opening; a whole long article adds only noise.
const BODY_SAMPLE_CHARS = 6000;

/** The content words of a line, stemmed, in order. */
export function contentWords(text: string): string[] {
  return keyContentWords(text.toLowerCase());
}

/**
 * contentWords of a block's text, read off its feature key (lower-cased, without its bullet: the same
 * words, see Topic) instead of lower-casing the text again.
 */
export function keyContentWords(lower: string): string[] {
  const words: string[] = [];
  // Words as features/ counts them (letters, marks, digits), read through its class table: the runs of word code points,
  // as runStart and runEnd find them one after the other, found in wordEdges' one pass without a branch a character.
  const edges = wordEdges(lower);
  const bounds = wordBounds;
  for (let k = 0; k < edges; k += 2) {
    const start = bounds[k];
    const end = bounds[k + 1];
    if (isContentWord(lower, start, end)) words.push(lower.slice(start, stemEnd(lower, start, end)));
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

  /**
   * The body's opening: blocks `start` to `end`, until BODY_SAMPLE_CHARS are read. Read off the features at each scan,
   * not copied here: on about one page in five no scan is made (one title candidate, or none, can win).
   */
  constructor(
    private readonly features: readonly Features[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  /**
   * Share of a line's content words (contentWords) that the opening has (0..1), or null when the line
   * has fewer than `minWords` or the opening has none.
   */
  overlap(words: readonly string[], minWords: number): number | null {
    if (words.length < minWords) return null;
    this.lookFor(words);
    return this.leastOverlap(words, minWords);
  }

  /**
   * The least overlap `words` can have given the scans so far, without a scan: their share found. With every one of
   * them known (found or missing) it is overlap's answer; after a scan that `settled` ended, the opening has a word.
   */
  leastOverlap(words: readonly string[], minWords: number): number | null {
    if (words.length < minWords || this.hasWords !== true) return null;
    let shared = 0;
    for (const w of words) if (this.found.has(w)) shared++;
    return shared / words.length;
  }

  /** The most overlap `words` can have given the scans so far: their share not found missing (see leastOverlap). */
  mostOverlap(words: readonly string[], minWords: number): number | null {
    if (words.length < minWords || this.hasWords !== true) return null;
    let possible = words.length;
    for (const w of words) if (this.missing.has(w)) possible--;
    return possible / words.length;
  }

  /**
   * Finds out which of `words` the opening has, in one scan for those not asked about before. `settled`, asked
   * after each block in which a word was found, may end the scan there: the words not found by then are left
   * unknown (neither found nor missing), and a later call looks for them again from the opening's start.
   */
  lookFor(words: readonly string[], settled?: () => boolean): void {
    // Most calls (overlap's, after findTitle asked for every contender's words) ask only words known: no set for them.
    if (this.hasWords !== null && this.knowsAll(words)) return;
    // The words looked for, each once, by the signature of the stem (its length, first and last unit): asked[k], chained
    // by sameStem[k] from firstOfStem's slot. A word of the opening is compared with its stem's few in place, not sliced
    // and hashed into a set; the sets are asked only when they hold a word (before the first scan they hold none).
    const anyKnown = this.found.size > 0 || this.missing.size > 0;
    stemTable ??= new Int32Array(SIGNATURE_SLOTS);
    const firstOfStem = stemTable.fill(0);
    const asked: string[] = [];
    const sameStem: number[] = [];
    // How many forms of the words still looked for have each signature: a word found no longer stops its repeats.
    // One table kept for every scan (a new typed array this large is allocated off the heap, at a cost).
    wantedTable ??= new Int32Array(SIGNATURE_SLOTS);
    const wanted = wantedTable.fill(0);
    for (const w of words) {
      if (anyKnown && (this.found.has(w) || this.missing.has(w))) continue;
      const slot = signature(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
      let k = firstOfStem[slot] - 1;
      while (k >= 0 && asked[k] !== w) k = sameStem[k];
      if (k >= 0) continue; // asked already
      sameStem.push(firstOfStem[slot] - 1);
      firstOfStem[slot] = asked.push(w);
      countForms(wanted, w, 1);
    }
    // Which of asked this scan found (asked words were known neither found nor missing: found.has for them before).
    const foundNow: boolean[] = [];
    for (let k = 0; k < asked.length; k++) foundNow.push(false);
    let hasWords = this.hasWords === true;
    let left = asked.length;
    const { features, start: first, end: last } = this;
    scan: for (let i = first, chars = 0; i < last && chars < BODY_SAMPLE_CHARS; i++) {
      const key = features[i].key;
      chars += features[i].chars;
      const edges = wordEdges(key);
      const bounds = wordBounds;
      const leftBefore = left;
      for (let k = 0; k < edges; k += 2) {
        const start = bounds[k];
        const end = bounds[k + 1];
        if (!hasWords && end - start >= MIN_CONTENT_WORD_CHARS) hasWords = !isStopWordAt(key, start, end);
        // The word as printed, before stemming: a word that stems to one looked for has one of its forms' signatures.
        if (wanted[signature(end - start, key.charCodeAt(start), key.charCodeAt(end - 1))] !== 0 && end - start >= MIN_CONTENT_WORD_CHARS) {
          // The asked word that key.slice(start, stem) is, if any: one of the same stem signature with its units.
          const stem = stemEnd(key, start, end);
          let a = firstOfStem[signature(stem - start, key.charCodeAt(start), key.charCodeAt(stem - 1))] - 1;
          while (a >= 0 && !sameUnits(key, start, stem, asked[a])) a = sameStem[a];
          if (a >= 0 && !foundNow[a] && !isStopWordAt(key, start, end)) {
            foundNow[a] = true;
            this.found.add(asked[a]);
            countForms(wanted, asked[a], -1);
            left--;
          }
        }
        // Past the first content word, the rest of the opening matters only for words still looked for.
        if (hasWords && left === 0) break scan;
      }
      // (A word found is a content word: hasWords is true.)
      if (left < leftBefore && settled !== undefined) {
        this.hasWords = hasWords;
        if (settled()) return;
      }
    }
    for (let k = 0; k < asked.length; k++) if (!foundNow[k]) this.missing.add(asked[k]);
    this.hasWords = hasWords;
  }

  /** Whether every one of `words` has been found or found missing. */
  private knowsAll(words: readonly string[]): boolean {
    for (const w of words) if (!this.found.has(w) && !this.missing.has(w)) return false;
    return true;
  }
}

// A word's signature: its length and its first and last code units, hashed into this many slots.
const SIGNATURE_SLOTS = 1024;
let wantedTable: Int32Array | null = null;
// lookFor's stem table: slot -> 1 + the index of the last word asked with that stem signature (0: none).
let stemTable: Int32Array | null = null;
function signature(length: number, first: number, last: number): number {
  return ((length * 31 + first) * 31 + last) & (SIGNATURE_SLOTS - 1);
}

/**
 * Adds `by` to the slots of the signatures of the printed words that stem to `stem` (stemEnd): the stem
 * itself, it and "s" (one unit longer, ending in s), it and "es", "'s" or "’s" (two longer, ending in s).
 * Each has the stem's first unit, which stemming never removes (a stem keeps one unit at least).
 */
function countForms(wanted: Int32Array, stem: string, by: number): void {
  const n = stem.length;
  const first = stem.charCodeAt(0);
  wanted[signature(n, first, stem.charCodeAt(n - 1))] += by;
  wanted[signature(n + 1, first, S)] += by;
  wanted[signature(n + 2, first, S)] += by;
}

/** Whether text.slice(start, end) === word, read in place. */
function sameUnits(text: string, start: number, end: number, word: string): boolean {
  return word.length === end - start && text.startsWith(word, start);
}

/** A content word: MIN_CONTENT_WORD_CHARS UTF-16 units or more, and no stop word. */
function isContentWord(lower: string, start: number, end: number): boolean {
  return end - start >= MIN_CONTENT_WORD_CHARS && !isStopWordAt(lower, start, end);
}

/** Whether the word at `start`..`end` of a lower-cased text is a stop word: STOPWORD_SET.has(lower.slice(start, end)). */
function isStopWordAt(lower: string, start: number, end: number): boolean {
  return KNOWN_WORDS.find(lower, start, end) !== null;
}

/*
 * Words as features/ counts them: runs of letters, marks and digits, by code point. wordEdges reads each with
 * codePointAt, which optimised code reads in line: a char code read with a branch to codePointAt at a high
 * surrogate left that branch without type feedback until a page held a pair, and it was deoptimised there.
 */

/**
 * The words of `text` as wordBounds[0..n): start, end, start, end…; returns n. One pass that notes every
 * change between word and non-word code points without a branch on it: a word boundary every few
 * characters is a branch no predictor learns.
 */
function wordEdges(text: string): number {
  const length = text.length;
  // A text of n units has n + 1 edges at most (a word starts or ends at each unit, and one ends after the last).
  if (wordBounds.length < length + 1) wordBounds = new Int32Array(length + 1);
  const bounds = wordBounds;
  let n = 0;
  let inWord = 0;
  for (let i = 0; i < length; ) {
    const cp = text.codePointAt(i)!;
    // 1 or 0 as it is: WORD_CHAR is the class bits' lowest bit (an asserted test), so no compare and conversion a code point.
    const isWord = charClass(cp) & WORD_CHAR;
    // Written always, kept (n moves on) only where the text turns from word to non-word or back.
    bounds[n] = i;
    n += isWord ^ inWord;
    inWord = isWord;
    i += cp > 0xffff ? 2 : 1; // one add that every code point runs (a branch for pairs had no feedback until one came)
  }
  bounds[n] = length;
  return n + inWord;
}
/**
 * wordEdges's answer, grown on demand and kept for the next text: to the longest block's key read (a block
 * is cut at MAX_BLOCK_CHARS, long-blocks.ts, so it stays small).
 */
let wordBounds = new Int32Array(0);

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
