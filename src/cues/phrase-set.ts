/**
 * Phrase tables are matched by exact lookup of a normalised key, not by one
 * giant regex: a case-insensitive Unicode alternation of hundreds of phrases
 * costs milliseconds to compile on first use, which every one-page run pays.
 */

import { collapseWhiteSpace } from '../decode/normalize.js';
import { isWhiteSpace } from '../features/char-class.js';
import { LowerWordSet } from '../features/lower-word-set.js';

// Decoration around a label: bullets, pipes, dashes, colons, arrows, brackets, final dots; stripped
// by stripEdges() as /^[\s\-–—•·|:>*»›([]+|[\s\-–—•·|:.!»›)\]]+$/g would, without a regex pass.
export const LEADING_DECORATION_CHARS = ' -–—•·|:>*»›([';
export const TRAILING_DECORATION_CHARS = ' -–—•·|:.!»›)]';
// Which end each decoration character is stripped at, by code unit (each is one): a typed-array read costs
// less than a Set lookup of a one-character string, at both ends of every key. Built on first use.
const AT_START = 1;
const AT_END = 2;
let decoration: Uint8Array | undefined;
function decorationTable(): Uint8Array {
  const codes = (chars: string) => [...chars].map((ch) => ch.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes(LEADING_DECORATION_CHARS + TRAILING_DECORATION_CHARS)) + 1);
  for (const code of codes(LEADING_DECORATION_CHARS)) table[code] |= AT_START;
  for (const code of codes(TRAILING_DECORATION_CHARS)) table[code] |= AT_END;
  return table;
}
/** The ends (AT_START, AT_END) at which the code unit is decoration; 0 for a character that is none. */
function decorationAt(table: Uint8Array, code: number): number {
  return code < table.length ? table[code] : 0;
}
const SPACES = /\s+/g;
// What collapseWhiteSpace changes, /[^\S ]|\s\s/ (white space other than ' ', or two in a row), with \s spelled out and
// the pair as two spaces (a pair holding other white space holds a match of the class): this costs V8 less to test.
// Asked before collapseWhiteSpace, which then tests its own form again only for the few lines that have some.
const COLLAPSIBLE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Longer text is never a table phrase: lookups skip it without normalising it (hot path: every block). */
export const MAX_PHRASE_CHARS = 80;

/** Lower-case, collapse spaces, strip decoration at both ends: "- Advertisement -" -> "advertisement". */
export function phraseKey(text: string): string {
  if (text.length > MAX_PHRASE_CHARS) return '';
  return text === lastText ? lastKey : keyAnew(text, COLLAPSIBLE.test(text));
}
/**
 * phraseKey(text) for a caller that has read whether the text has what COLLAPSIBLE finds (`collapsible`; cue-signs.ts
 * reads it in its walk of the line). The text's answer is its lower case's: lower-casing maps each character to one or
 * more characters, none of them white space unless it is that same white space (no white space has a case), so it
 * neither makes, removes nor joins white space.
 */
export function phraseKeyOf(text: string, collapsible: boolean): string {
  if (text.length > MAX_PHRASE_CHARS) return '';
  return text === lastText ? lastKey : keyAnew(text, collapsible);
}
function keyAnew(text: string, collapsible: boolean): string {
  const lower = lowerCase(text);
  lastKey = stripEdges(collapsible ? collapseWhiteSpace(lower) : lower);
  lastText = text;
  return lastKey;
}

// Rules ask about one block in turn, several tables each: the key of the last text answers most calls.
// (A cache of many texts cost more than it saved: its keys, slices of their pages, kept whole pages alive.)
let lastText = '';
let lastKey = '';

/** Decoration off both ends of a text whose only space is ' ' (spaces already collapsed). */
function stripEdges(text: string): string {
  const table = (decoration ??= decorationTable());
  let start = 0;
  while (start < text.length && (decorationAt(table, text.charCodeAt(start)) & AT_START) !== 0) start++;
  let end = text.length;
  while (end > start && (decorationAt(table, text.charCodeAt(end - 1)) & AT_END) !== 0) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** text.toLowerCase(), remembered for the last text: rules ask about one block in turn, several on its lower case. */
export function lowerCase(text: string): string {
  return text === lowerText ? lowerValue : lowerCaseAnew(text);
}
/**
 * The lower-casing out of line. Written in lowerCase, which V8 inlines into its many callers, it kept readCues
 * allocating about 13 KB a page more even when every text's lower case was given (knowLowerCase) and no call
 * lower-cased anything: young-generation scavenges of readCues alone over the corpus, 200 times, 75 against 45.
 */
function lowerCaseAnew(text: string): string {
  lowerText = text;
  lowerValue = text.toLowerCase();
  return lowerValue;
}
let lowerText = '';
let lowerValue = '';

/**
 * Tells lowerCase() that `lower` is text.toLowerCase(), for a caller that has it at hand (a block's feature key):
 * the next lowerCase(text) answers with it instead of lower-casing the text again.
 */
export function knowLowerCase(text: string, lower: string): void {
  lowerText = text;
  lowerValue = lower;
}

/** All phrases of a by-language table as lookup keys. */
export function phraseSet(table: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(table).flat().map(phraseKey));
}

/** The longest phrase of `set` that starts `text`, in whole words; a set entry ending in a colon needs the colon. */
export function leadingPhrase(text: string, set: ReadonlySet<string>, maxWords: number): string | null {
  return leadingPhraseOf(text, set, leadsOf(set), maxWords);
}
/** leadingPhrase for a caller that keeps its set's leads (leadsOf(set)) at hand: no WeakMap lookup a call. */
export function leadingPhraseOf(text: string, set: ReadonlySet<string>, leads: Leads, maxWords: number): string | null {
  // Most lines start with a word no phrase starts with: answer those without splitting the line.
  if (!startsWithFirstWord(text, leads)) return null;
  // A line no longer than the cut is lower-cased whole, as lowerCase() remembers it for the other rules.
  const lower = text.length <= MAX_PHRASE_CHARS ? lowerCase(text) : text.slice(0, MAX_PHRASE_CHARS).toLowerCase();
  // The words as lower.split(SPACES, maxWords) gives them, by where each ends, as long as one ' ' stands between
  // each two read and another word follows it (no empty word): then the first k words joined by ' ', as the
  // phrases are, are lower.slice(0, end of word k), and no array of words is made. A line that starts with white
  // space, or has other white space between the words asked about, is split as before (splitLeadingPhrase).
  const openings = leads.openings;
  const limit = Math.min(maxWords, MAX_WALKED_WORDS);
  let reach = 1;
  let end = wordEnd(lower, 0);
  if (end === 0) return splitLeadingPhrase(lower, set, openings, maxWords);
  wordEnds[0] = end;
  while (reach < maxWords && end < lower.length && openings.has(lower.slice(0, end))) {
    if (reach === limit || lower.charCodeAt(end) !== SPACE_CODE || end + 1 === lower.length || isWhiteSpace(lower.charCodeAt(end + 1))) return splitLeadingPhrase(lower, set, openings, maxWords);
    end = wordEnd(lower, end + 1);
    wordEnds[reach++] = end;
  }
  for (let k = reach; k >= 1; k--) {
    const found = phraseIn(lower.slice(0, wordEnds[k - 1]), set);
    if (found !== null) return found;
  }
  return null;
}
/**
 * Whether leadingPhrase(text, set, maxWordsOf(set)) finds a phrase, for a caller that asks only that (isFooterLine): the
 * line's first word is read once (startsWithFirstWord's), and the phrases that open with it are compared with the line's
 * lower case in place, no opening or phrase sliced and looked up. A phrase p of the set is what leadingPhrase finds
 * exactly when the line's words, split at white space, are p's words, the last perhaps followed by : ： , or . (and then
 * p's last word ends in none of them, as leadingPhrase strips them all): its first word is the line's, without those
 * (the gate's word), so p is among the phrases filed under that word.
 */
export function hasLeadingPhrase(text: string, leads: Leads): boolean {
  const first = leadingFirstWord(text, leads);
  if (first === null) return false;
  const phrases = leads.byFirstWord.get(first);
  if (phrases === undefined) return false;
  const lower = text.length <= MAX_PHRASE_CHARS ? lowerCase(text) : text.slice(0, MAX_PHRASE_CHARS).toLowerCase();
  for (let i = 0; i < phrases.length; i++) if (opensWithWords(lower, phrases[i])) return true;
  return false;
}

/**
 * Whether `phrase` (words between single spaces) is the first words of `lower` split at white space, the last of them
 * perhaps followed by : ： , or . when the phrase does not itself end in one.
 */
function opensWithWords(lower: string, phrase: string): boolean {
  const n = lower.length;
  let j = 0;
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (code === SPACE_CODE) {
      // The word ends here, and the next starts after the white space.
      if (j >= n || !isWhiteSpace(lower.charCodeAt(j))) return false;
      while (j < n && isWhiteSpace(lower.charCodeAt(j))) j++;
    } else {
      if (j >= n || lower.charCodeAt(j) !== code) return false;
      j++;
    }
  }
  if (j === n || isWhiteSpace(lower.charCodeAt(j))) return true;
  // The rest of the word is : ： , and . alone, and stripping them stops at the phrase's end: its last unit is none of them.
  return withoutWordEndAt(lower, wordEnd(lower, j)) === j;
}

// The words leadingPhrase reads without splitting: more than any table's phrases have (a longer reach is split).
const MAX_WALKED_WORDS = 16;
const wordEnds = new Int32Array(MAX_WALKED_WORDS);
const SPACE_CODE = 0x20;

/** leadingPhrase of a lower-cased line, its words split at white space (the general case of the walk above). */
function splitLeadingPhrase(lower: string, set: ReadonlySet<string>, openings: ReadonlySet<string>, maxWords: number): string | null {
  const words = lower.split(SPACES, maxWords);
  // A phrase of k words needs the first k - 1 words to open some phrase: look no further than they do.
  let reach = 1;
  for (let opening = words[0]; reach < Math.min(maxWords, words.length) && openings.has(opening); reach++) opening += ' ' + words[reach];
  for (let k = reach; k >= 1; k--) {
    const found = phraseIn(words.slice(0, k).join(' '), set);
    if (found !== null) return found;
  }
  return null;
}

/** The line's first words `raw` as a phrase of `set`: as they are, or without a final : ： , or . after them; else null. */
function phraseIn(raw: string, set: ReadonlySet<string>): string | null {
  if (set.has(raw)) return raw;
  const bare = withoutWordEnd(raw);
  return bare !== raw && set.has(bare) ? bare : null;
}

/** Where the word starting at `start` ends: the first white space (\s) at or after it, or the end. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
  return end;
}


/** The longest phrase in each table, in words: how far leadingPhrase needs to look. */
export function maxWordsOf(set: ReadonlySet<string>): number {
  let max = 1;
  for (const p of set) max = Math.max(max, p.split(' ').length);
  return max;
}

/** Like phraseSet, but keeps a final colon, for prefixes that only count with one ("tags:"). */
export function prefixSet(table: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(table).flat().map((p) => p.toLowerCase().replace(SPACES, ' ').trim()));
}

/** Whether the first word of `text` (to the first space, without a final : ： , .) is one of `leads.firstWords`. */
function startsWithFirstWord(text: string, leads: Leads): boolean {
  return leadingFirstWord(text, leads) !== null;
}
/** The first word of `text` (to the first space, without a final : ： , .) lower-cased, if one of `leads.firstWords`; else null. */
function leadingFirstWord(text: string, leads: Leads): string | null {
  // A line that opens with an ASCII unit no first word opens with (in lower case) is answered without reading its first
  // word: firstWords.find compares the word lower-cased, whose first unit is then that unit lower-cased (ASCII lower-cases
  // on its own, A-Z to a-z), and a first unit no first word has (a space among them, for an empty word) matches none.
  const first = text.length > 0 ? text.charCodeAt(0) : -1;
  if (first >= 0 && first < ASCII_UNITS && leads.asciiFirstUnits[first] === 0) return null;
  const firstWords = leads.firstWords;
  const end = wordEnd(text, 0);
  if (end === 0) return null;
  return firstWords.find(text, 0, withoutWordEndAt(text, end));
}

/** Whether a code unit is one of : ： , . (each one unit): a phrase's first word is compared without them. */
function isWordEndPunctuation(code: number): boolean {
  return code === 0x3a || code === 0xff1a || code === 0x2c || code === 0x2e;
}

/** `text` without the : ： , and . at its end, as .replace(/[:：,.]+$/u, '') would give it. */
function withoutWordEnd(text: string): string {
  const end = withoutWordEndAt(text, text.length);
  return end === text.length ? text : text.slice(0, end);
}
/** Where text.slice(0, end) ends without the : ： , and . at its end. */
function withoutWordEndAt(text: string, end: number): number {
  while (end > 0 && isWordEndPunctuation(text.charCodeAt(end - 1))) end--;
  return end;
}

/** What leadingPhrase reads of a set: its phrases' first words, and every phrase's first words short of the whole ("sign up" of "sign up for"). */
export interface Leads {
  firstWords: LowerWordSet;
  openings: ReadonlySet<string>;
  /** The set's phrases by their first word without a final : ： , or . (hasLeadingPhrase). */
  byFirstWord: ReadonlyMap<string, readonly string[]>;
  /** By ASCII unit, 1 where a line's first unit may open one of firstWords: a first word's first unit, in either case. */
  asciiFirstUnits: Uint8Array;
}
const ASCII_UNITS = 0x80;
const leads = new WeakMap<ReadonlySet<string>, Leads>();
export function leadsOf(set: ReadonlySet<string>): Leads {
  let found = leads.get(set);
  if (!found) {
    const openings = new Set<string>();
    for (const p of set) {
      const words = p.split(' ');
      for (let j = 1; j < words.length; j++) openings.add(words.slice(0, j).join(' '));
    }
    const words = firstWords(set);
    const asciiFirstUnits = new Uint8Array(ASCII_UNITS);
    for (const w of words) {
      // An empty first word (a phrase of : ： , . alone) matches a line that opens with them: every unit may open it.
      if (w.length === 0) asciiFirstUnits.fill(1);
      const unit = w.length > 0 ? w.charCodeAt(0) : -1;
      if (unit < 0 || unit >= ASCII_UNITS) continue;
      // A line's capital lower-cases to a first word's letter.
      asciiFirstUnits[unit] = 1;
      asciiFirstUnits[String.fromCharCode(unit).toUpperCase().charCodeAt(0)] = 1;
    }
    const byFirstWord = new Map<string, string[]>();
    for (const p of set) {
      const first = withoutWordEnd(p.split(' ')[0]);
      const filed = byFirstWord.get(first);
      if (filed) filed.push(p);
      else byFirstWord.set(first, [p]);
    }
    found = { firstWords: new LowerWordSet(words), openings, byFirstWord, asciiFirstUnits };
    leads.set(set, found);
  }
  return found;
}

/** The first word of each phrase, without a final : ： , or . (what startsWithFirstWord compares a line's first word with). */
export function firstWords(set: ReadonlySet<string>): string[] {
  return [...set].map((p) => withoutWordEnd(p.split(' ')[0]));
}
