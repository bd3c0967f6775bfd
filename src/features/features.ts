/**
 * Stage 3, features: measurable facts about each block, computed once, in one
 * pass, and read by every rule. No decisions are made here.
 */
import type { Block } from '../blocks/block.js';
import { STOPWORD_SET } from '../cues/stopwords.js';
import { CASED, charClass, codeUnitAt, LETTER, runEnd, runStart, UPPER, WORD_CHAR } from './char-class.js';
import { LowerWordSet } from './lower-word-set.js';
import { findDate, type FoundDate } from './dates.js';
import { detectLanguage } from './language.js';

export interface Features {
  chars: number;
  /** Words: runs of letters, marks and digits. */
  words: number;
  /** Share of words that are function words of some language (0..1). */
  stopwordRatio: number;
  /** Ends like a sentence: . ! ? … or a closing quote after one. */
  endsSentence: boolean;
  /** Sentence boundaries inside the block ("… said. The …"). */
  innerSentences: number;
  /** Share of words that start with a capital letter. */
  capitalizedRatio: number;
  /** Share of letters that are upper-case. */
  upperRatio: number;
  /** The block starts with a list bullet (•, ·, *, -, ▪, ►). */
  bullet: boolean;
  /** Text is in a script written without spaces (CJK, Thai): word counts mean little. */
  unspacedScript: boolean;
  /** How many other blocks of the page have exactly the same text (bullet stripped). */
  repeats: number;
  /** A printed date in the block, if any. */
  date: FoundDate | null;
  /** The text without a leading bullet, used for comparisons. */
  key: string;
  /**
   * A title-cased headline runs into the next text without a space ("…Deals In DetroitIn the
   * market…"): a teaser card, whose title and summary are inline elements.
   */
  gluedHeadline: boolean;
}

// The tokeniser countWords() implements: /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu.
const STOPWORD_LOOKUP = new LowerWordSet(STOPWORD_SET);
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const BULLET = /^[•·*▪►▸‣◦●■□–—-]\s*/u;
// Ends like a sentence: /[.!?…。！？।]["'”’»)\]]*$/, read backwards from the end by endsSentence().
const SENTENCE_END = new Set('.!?…。！？।');
const SENTENCE_CLOSERS = new Set('"\'”’»)]');
const INNER_SENTENCE = /[.!?…।]["'”’»)]*\s+["'“‘«(]?\p{Lu}/gu;
// A word that is one capitalised word glued to the next: "DetroitIn", "ShopsWondering".
// Latin script only (glue is a Latin-typography artefact), without the slow `u` flag.
const GLUE = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/;
// The glue is looked for where a teaser title ends.
const GLUE_REACH = 160;
const MIN_GLUED_TITLE_WORDS = 3;
// A title-cased run: most of its words capitalised.
const MIN_TITLE_CASE = 0.6;
// Capitalisation is read from the start of a block; more text changes the share little.
const CASE_SAMPLE_CHARS = 2000;
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
// A date is looked for only in short blocks: bylines and datelines are short, and a
// date inside a paragraph is story content, not page metadata.
const MAX_DATE_BLOCK_CHARS = 200;

export function computeFeatures(blocks: readonly Block[]): Features[] {
  // Every array here is pushed in a plain loop: the array .map() returns is packed while its caller runs in
  // V8's interpreter and holey once the caller is optimised, and code reading it (here, and every rule that
  // reads features) was deoptimised when the kind changed, once per reading site and worker.
  const texts: string[] = [];
  const keys: string[] = [];
  // A glued word the page prints in other blocks too is a brand name ("MacBook"), not a teaser's seam ("DetroitIn").
  const glued: Array<string | null> = [];
  for (const { text } of blocks) {
    texts.push(text);
    keys.push(text.replace(BULLET, '').toLowerCase());
    glued.push(gluedWord(text));
  }
  // Numeric dates are month-first on English pages (mostly US sites) and day-first elsewhere.
  const dayFirst = detectLanguage(texts) !== 'en';
  const keyCounts = new Map<string, number>();
  for (const k of keys) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  const counts = glued.some((w) => w !== null) ? countLetterRuns(blocks, new Set(glued.filter((w) => w !== null))) : null;
  const features: Features[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const word = glued[i];
    const gluedHeadline = word !== null && (counts!.get(word) ?? 0) <= 1; // printed only here, glued
    features.push(blockFeatures(texts[i], keys[i], (keyCounts.get(keys[i]) ?? 1) - 1, dayFirst, gluedHeadline));
  }
  return features;
}

function blockFeatures(text: string, key: string, repeats: number, dayFirst: boolean, gluedHeadline: boolean): Features {
  const { words, stop, capitalized } = countWords(text);
  const sample = text.length > CASE_SAMPLE_CHARS ? text.slice(0, CASE_SAMPLE_CHARS) : text;
  const { letters, upper } = countCase(sample);
  return {
    chars: text.length,
    words,
    stopwordRatio: words ? stop / words : 0,
    endsSentence: endsSentence(text),
    innerSentences: countMatches(text, INNER_SENTENCE),
    capitalizedRatio: words ? capitalized / words : 0,
    upperRatio: letters ? upper / letters : 0,
    bullet: BULLET.test(text),
    unspacedScript: UNSPACED.test(text.slice(0, 200)),
    repeats,
    date: text.length <= MAX_DATE_BLOCK_CHARS ? findDate(text, dayFirst) : null,
    key,
    gluedHeadline,
  };
}

/** The glued word of a teaser card ("DetroitIn"), or null. */
function gluedWord(text: string): string | null {
  const m = GLUE.exec(text.slice(0, GLUE_REACH));
  if (!m) return null;
  const before = text.slice(0, m.index).split(/\s+/).filter(Boolean);
  // A headline has a few words before the glue; "Prince Andrew: TripAdvisor …" is a brand name, not glue.
  if (before.length < MIN_GLUED_TITLE_WORDS) return null;
  const capitalised = before.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (capitalised / before.length < MIN_TITLE_CASE) return null;
  return /^[A-Za-zÀ-ÖØ-öø-ÿ]+/.exec(text.slice(m.index))![0];
}

/** Letters and upper-case letters, counted per UTF-16 unit (an astral letter counts as neither). */
function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = charClass(text.charCodeAt(i));
    if (bits & LETTER) {
      letters++;
      if (bits & UPPER) upper++;
    }
  }
  return { letters, upper };
}

/** The words of the tokeniser above, the stop words among them and the capitalised ones, in one scan. */
function countWords(text: string): { words: number; stop: number; capitalized: number } {
  let words = 0;
  let stop = 0;
  let capitalized = 0;
  let i = 0;
  while (i < text.length) {
    const first = text.codePointAt(i)!;
    const firstBits = charClass(first);
    if (!(firstBits & WORD_CHAR)) {
      i += first > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = runEnd(text, i, WORD_CHAR);
    const next = codeUnitAt(text, i);
    if ((next === APOSTROPHE || next === RIGHT_SINGLE_QUOTE) && runEnd(text, i + 1, LETTER) > i + 1) i = runEnd(text, i + 1, LETTER);
    words++;
    if (STOPWORD_LOOKUP.find(text, start, i) !== null) stop++;
    if (firstBits & CASED) capitalized++;
  }
  return { words, stop, capitalized };
}

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.has(text[i])) i--;
  return i >= 0 && SENTENCE_END.has(text[i]);
}

/** How often each wanted word stands in the blocks as a whole run of letters (\p{L}+). */
function countLetterRuns(blocks: readonly Block[], wanted: ReadonlySet<string>): Map<string, number> {
  const lengths = new Set([...wanted].map((w) => w.length));
  const counts = new Map<string, number>();
  for (const { text } of blocks) {
    for (let i = runStart(text, 0, LETTER); i >= 0; ) {
      const end = runEnd(text, i, LETTER);
      if (lengths.has(end - i)) {
        const run = text.slice(i, end);
        if (wanted.has(run)) counts.set(run, (counts.get(run) ?? 0) + 1);
      }
      i = runStart(text, end, LETTER);
    }
  }
  return counts;
}

/** Matches of a global regex, counted without an iterator or match objects kept. */
function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
