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
  eachContentWord(text.toLowerCase(), (w) => words.push(w));
  return words;
}

/**
 * The content words of the body's opening (blocks `start` to `end`), as a set. Read off each block's
 * feature key, the lower-cased text without its bullet, instead of lower-casing the text again: a bullet
 * and the spaces after it hold no word characters, so the key has the text's words; and as they hold no
 * cased letter either, the letters after them lower-case alike with or without them (the one
 * context-dependent mapping, a final sigma, looks back only for a cased letter).
 */
export function topicWords(features: readonly Features[], start: number, end: number): Set<string> {
  const words = new Set<string>();
  const add = (w: string) => words.add(w);
  let chars = 0;
  for (let i = start; i < end; i++) {
    eachContentWord(features[i].key, add);
    chars += features[i].chars;
    if (chars >= BODY_SAMPLE_CHARS) break;
  }
  return words;
}

/** Share of a line's content words that the topic has (0..1), or null when it has too few to tell. */
export function topicOverlap(text: string, topic: ReadonlySet<string>, minWords: number): number | null {
  const words = contentWords(text);
  if (words.length < minWords || topic.size === 0) return null;
  return words.filter((w) => topic.has(w)).length / words.length;
}

/**
 * Calls `visit` with each content word of lower-cased text, stemmed: words as features/ counts them
 * (runs of letters, marks and digits, by code point), of MIN_CONTENT_WORD_CHARS UTF-16 units or more,
 * not stop words. Scanned here by char code, a pair's code point read only at a high surrogate: this
 * runs over the body's opening on every page.
 */
function eachContentWord(lower: string, visit: (word: string) => void): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(lower, i);
    if (!(charClass(cp) & WORD_CHAR)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    for (let c = 0; i < n; i += c > 0xffff ? 2 : 1) {
      c = codePointAt(lower, i);
      if (!(charClass(c) & WORD_CHAR)) break;
    }
    if (i - start < MIN_CONTENT_WORD_CHARS) continue;
    const word = lower.slice(start, i);
    if (STOPWORD_SET.has(word)) continue;
    const stemmed = stemEnd(lower, start, i);
    visit(stemmed === i ? word : lower.slice(start, stemmed));
  }
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
