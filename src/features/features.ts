/**
 * Stage 3, features: measurable facts about each block, computed once (in one
 * pass, or when a rule first reads them), and read by every rule. No decisions
 * are made here.
 */
import type { Block } from '../blocks/block.js';
import { charClass, LETTER, SPACE, UPPER } from './char-class.js';
import { capitalizedWords, sampleLetters } from './case-counts.js';
import { findDate, type FoundDate } from './dates.js';
import { sampleLanguage } from './language.js';
import { lineSignature, SIGNATURE_SLOTS } from './line-signature.js';
import { innerSentences } from './sentences.js';
import { WordScan } from './word-scan.js';

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

export const BULLETS = '•·*▪►▸‣◦●■□–—-';
const BULLET = new RegExp(`^[${BULLETS}]\\s*`, 'u');
// Ends like a sentence: /[.!?…。！？।]["'”’»)\]]*$/, read backwards from the end by endsSentence(), a UTF-16 unit at a
// time (every one of these characters is one), by isSentenceEnd and isSentenceCloser.
// A word that is one capitalised word glued to the next: "DetroitIn", "ShopsWondering".
// Latin script only (glue is a Latin-typography artefact), without the slow `u` flag.
const GLUE = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/;
// The glue is looked for where a teaser title ends.
const GLUE_REACH = 160;
const MIN_GLUED_TITLE_WORDS = 3;
// A title-cased run: most of its words capitalised.
const MIN_TITLE_CASE = 0.6;
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
// A date is looked for only in short blocks: bylines and datelines are short, and a
// date inside a paragraph is story content, not page metadata.
const MAX_DATE_BLOCK_CHARS = 200;

export function computeFeatures(blocks: readonly Block[]): Features[] {
  // Pushed in a plain loop: the array .map() returns is packed while its caller runs in V8's interpreter and holey
  // once the caller is optimised, and code reading it (every rule that reads features) was deoptimised when the
  // kind changed, once per reading site and worker.
  const features: Features[] = [];
  const n = blocks.length;
  // Per block, until the last loop: its key's signature, then its repeat counter.
  const slots = scratchFor(n);
  const glue = new PageGlue(blocks);
  // The signature table: a slot counts its keys up to 2.
  const counts = (signatureCounts ??= new Uint8Array(SIGNATURE_SLOTS));
  const firstIn = (signatureFirsts ??= new Int32Array(SIGNATURE_SLOTS));
  // Numeric dates are month-first on English pages (mostly US sites) and day-first elsewhere. The language is read only
  // for a date that reads both ways (2 corpus pages of 181), once a page. (Blocks are not changed after this stage.)
  let language: string | null | undefined;
  const dayFirst = () => (language === undefined ? (language = sampleLanguage(blocks)) : language) !== 'en';
  for (let i = 0; i < n; i++) {
    const text = blocks[i].text;
    // Every bullet is one BMP unit: BULLET matches only where the first unit is one, and removes nothing elsewhere.
    const bullet = text.length > 0 && isBullet(text.charCodeAt(0));
    const key = (bullet ? text.replace(BULLET, '') : text).toLowerCase();
    const s = lineSignature(key);
    slots[i] = s;
    if (counts[s] === 0) firstIn[s] = i;
    if (counts[s] < 2) counts[s]++;
    features.push(new BlockFeatures(text, bullet, key, dayFirst, glue));
  }
  // Blocks of one key share a counter. Only keys whose signature another key has are compared (copies of a key share
  // its signature): most keys are printed once. A key is first compared with the first key of its signature, whose
  // counter its block already holds (blocks are counted in order): most keys that share a signature are copies of
  // one. Only the others are looked up, hashing each.
  const counterOf = new Map<string, number>();
  const counters: number[] = [0]; // counter 0: a key printed once
  for (let i = 0; i < n; i++) {
    let c = 0;
    if (counts[slots[i]] === 2) {
      const first = firstIn[slots[i]];
      const k = features[i].key;
      if (i === first) c = counters.push(0) - 1;
      else if (k === features[first].key) c = slots[first];
      else {
        const known = counterOf.get(k);
        if (known === undefined) counterOf.set(k, (c = counters.push(0) - 1));
        else c = known;
      }
    }
    counters[c]++;
    slots[i] = c;
  }
  counters[0] = 1;
  counts.fill(0); // the table is clean for the next page
  for (let i = 0; i < n; i++) features[i].repeats = counters[slots[i]] - 1;
  return features;
}

/**
 * The page's blocks, for a block asked whether it is a teaser card (gluedHeadline): a glued word the page prints in
 * other blocks too is a brand name ("MacBook"), not a teaser's seam ("DetroitIn"). Asked when read (blocks are not
 * changed after this stage), so the answer is the one the whole page gives.
 */
class PageGlue {
  // Per glued word: does the page print it as a word of its own more than once? Made when a page first asks.
  private printedTwice: Map<string, boolean> | null = null;

  constructor(private readonly blocks: readonly Block[]) {}

  /** Whether `text`, whose word walk found a seam at `seam` (-1: none), is a teaser card: its glued word is printed only there. */
  glued(text: string, seam: number): boolean {
    // A GLUE match holds a seam ("tI" of "DetroitIn") inside its reach.
    if (seam < 0 || seam >= GLUE_REACH) return false;
    const word = gluedWord(text);
    if (word === null) return false;
    const printedTwice = (this.printedTwice ??= new Map());
    let twice = printedTwice.get(word);
    if (twice === undefined) printedTwice.set(word, (twice = standsAsRun(this.blocks, word, 2)));
    return !twice;
  }
}

// The word walk of every block, run when a block's first count is read (one instance: its counts are copied out).
let wordScan: WordScan | null = null;

// The signature table of computeFeatures' keys, clean between pages.
let signatureCounts: Uint8Array | null = null;
// Per signature, the first block of the page whose key has it: read only where the page's count is not 0.
let signatureFirsts: Int32Array | null = null;
// Per-block scratch of computeFeatures, kept for the next page: a typed array allocates nothing per page, where the
// number[] and boolean[] it replaces each left ~4 kB of garbage on a page of 157 blocks (grown by push). A page of
// more blocks than MAX_KEPT_SCRATCH_BLOCKS gets scratch of its own, so that one huge page leaves no large arrays held.
const MAX_KEPT_SCRATCH_BLOCKS = 1 << 14;
// Smallest kept scratch: most pages fit, so it is allocated once.
const MIN_SCRATCH_BLOCKS = 1 << 9;

/** Per block, a number: its key's signature, then its repeat counter. */
let keptScratch: Int32Array | null = null;

/** Scratch for n blocks. */
function scratchFor(n: number): Int32Array {
  if (n > MAX_KEPT_SCRATCH_BLOCKS) return new Int32Array(n);
  if (keptScratch === null || keptScratch.length < n) keptScratch = new Int32Array(Math.max(n, MIN_SCRATCH_BLOCKS));
  return keptScratch;
}

// A count not yet counted (every count is 0 or more).
const NOT_COUNTED = -1;

/**
 * A block's features, with the one that needs the whole page's keys (repeats) still to be set. The word walk runs when
 * a feature that needs it is first read, and the shares are worked out when read, from the counts it gives: a share
 * held in a field is a heap number of its own (16 bytes, three a block), and few are read. The counts of capitals are
 * counted when their share is first read (case-counts.ts), and the sentence boundaries when first read (sentences.ts),
 * as few blocks are asked.
 */
class BlockFeatures implements Features {
  readonly chars: number;
  readonly endsSentence: boolean;
  readonly bullet: boolean;
  readonly unspacedScript: boolean;
  repeats = 0;
  readonly key: string;
  // The word walk's counts, NOT_COUNTED until a feature that needs them is read: words, stopwordRatio and
  // gluedHeadline are read of ~2 blocks in 5 (80% of the characters), the rest of the walk was for nothing.
  private wordCount = NOT_COUNTED;
  private stop = NOT_COUNTED;
  private seam = NOT_COUNTED;
  // gluedHeadline as 0 or 1, NOT_COUNTED until read.
  private glued = NOT_COUNTED;
  private capitalized = NOT_COUNTED;
  private letters = NOT_COUNTED;
  private upper = NOT_COUNTED;
  private sentences = NOT_COUNTED;
  private readonly text: string;
  private readonly glue: PageGlue;
  // The date, looked for when first read: of the ~9 blocks a page that findDate reads past its first test, about half are
  // ever asked. Until then, the page's day order to hand findDate (a function; one field where two would grow every
  // block's object); null at once for a block findDate would not be asked about. (findDate's first test answers a
  // block without a digit.)
  private found: FoundDate | null | (() => boolean);

  constructor(text: string, bullet: boolean, key: string, dayFirst: () => boolean, glue: PageGlue) {
    this.chars = text.length;
    this.endsSentence = endsSentence(text);
    this.bullet = bullet;
    // A one-byte text holds no unit UNSPACED can match, which V8's regex code answers before reading it.
    this.unspacedScript = UNSPACED.test(text.slice(0, 200));
    this.key = key;
    this.text = text;
    this.glue = glue;
    this.found = text.length <= MAX_DATE_BLOCK_CHARS ? dayFirst : null;
  }

  get words(): number {
    if (this.wordCount === NOT_COUNTED) this.walk();
    return this.wordCount;
  }

  get gluedHeadline(): boolean {
    if (this.glued === NOT_COUNTED) {
      if (this.wordCount === NOT_COUNTED) this.walk();
      this.glued = this.glue.glued(this.text, this.seam) ? 1 : 0;
    }
    return this.glued === 1;
  }

  private walk(): void {
    const scan = (wordScan ??= new WordScan());
    scan.scan(this.text);
    this.wordCount = scan.words;
    this.stop = scan.stop;
    this.seam = scan.firstSeam;
  }

  get date(): FoundDate | null {
    const found = this.found;
    if (typeof found !== 'function') return found;
    // Without a bullet, the key is the text lower-cased: findDate need not lower-case it again.
    return (this.found = findDate(this.text, found, this.bullet ? null : this.key));
  }

  get innerSentences(): number {
    if (this.sentences === NOT_COUNTED) this.sentences = innerSentences(this.text);
    return this.sentences;
  }

  get stopwordRatio(): number {
    const words = this.words;
    return words ? this.stop / words : 0;
  }

  get capitalizedRatio(): number {
    const words = this.words;
    if (!words) return 0;
    if (this.capitalized === NOT_COUNTED) this.capitalized = capitalizedWords(this.text);
    return this.capitalized / words;
  }

  get upperRatio(): number {
    if (this.letters === NOT_COUNTED) {
      const { letters, upper } = sampleLetters(this.text);
      this.letters = letters;
      this.upper = upper;
    }
    return this.letters ? this.upper / this.letters : 0;
  }
}

/** The glued word of a teaser card ("DetroitIn"), or null. */
function gluedWord(text: string): string | null {
  const m = GLUE.exec(text.slice(0, GLUE_REACH));
  if (!m) return null;
  // A headline has a few words before the glue; "Prince Andrew: TripAdvisor …" is a brand name, not glue.
  const { words, capitalised } = wordsBefore(text, m.index);
  if (words < MIN_GLUED_TITLE_WORDS) return null;
  if (capitalised / words < MIN_TITLE_CASE) return null;
  return /^[A-Za-zÀ-ÖØ-öø-ÿ]+/.exec(text.slice(m.index))![0];
}

/**
 * The words of text.slice(0, end).split(/\s+/).filter(Boolean), and how many of them /^[\p{Lu}\d]/u finds, counted
 * without the slice, the array or a regex per word: those words are the maximal runs of units that are no \s (every \s
 * character is one BMP unit, none a surrogate, so a run starts on a code point boundary), and a word is capitalised
 * when its first code point (a surrogate pair read whole, as the `u` regex reads it) is \p{Lu} or an ASCII digit.
 */
export function wordsBefore(text: string, end: number): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (charClass(unit) & SPACE) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
      // The slice ends at `end`: a pair it cuts is a lone surrogate there.
      const cp = i + 1 < end ? text.codePointAt(i)! : unit;
      if ((cp >= 0x30 && cp <= 0x39) || charClass(cp) & UPPER) capitalised++;
    }
  }
  return { words, capitalised };
}

/**
 * Whether a UTF-16 unit is one of BULLETS, compared as a number: a search of BULLETS for a one-character string
 * cost a call per block (tests/features/features.test.ts checks the two agree on every unit).
 */
export function isBullet(unit: number): boolean {
  switch (unit) {
    case 0x2022: // •
    case 0xb7: // ·
    case 0x2a: // *
    case 0x25aa: // ▪
    case 0x25ba: // ►
    case 0x25b8: // ▸
    case 0x2023: // ‣
    case 0x25e6: // ◦
    case 0x25cf: // ●
    case 0x25a0: // ■
    case 0x25a1: // □
    case 0x2013: // –
    case 0x2014: // —
    case 0x2d: // -
      return true;
    default:
      return false;
  }
}

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSentenceCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isSentenceEnd(text.charCodeAt(i));
}

// Compared as numbers: a Set of one-character strings cost a string per unit read.
function isSentenceEnd(unit: number): boolean {
  switch (unit) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x0964: // ।
      return true;
    default:
      return false;
  }
}

function isSentenceCloser(unit: number): boolean {
  switch (unit) {
    case 0x22: // "
    case 0x27: // '
    case 0x201d: // ”
    case 0x2019: // ’
    case 0xbb: // »
    case 0x29: // )
    case 0x5d: // ]
      return true;
    default:
      return false;
  }
}

/**
 * Whether `word` stands in the blocks as a whole run of letters (\p{L}+) at least `times` times. Found
 * with indexOf, not by walking every run of the page: an occurrence is a whole run exactly when the code
 * points on either side of it are no letters. A glued word is Latin letters, BMP and no surrogate, so
 * each occurrence starts and ends on a code point boundary, as every run does.
 */
function standsAsRun(blocks: readonly Block[], word: string, times: number): boolean {
  let found = 0;
  for (const { text } of blocks) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!letterBefore(text, at) && !letterAt(text, at + word.length) && ++found >= times) return true;
    }
  }
  return false;
}

/** Whether the code point that ends at `i` is a letter (a surrogate pair counts as its code point, as in `u` regexes). */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const unit = text.charCodeAt(i - 1);
  const pair = isLowSurrogate(unit) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2));
  return (charClass(pair ? text.codePointAt(i - 2)! : unit) & LETTER) !== 0;
}

/** Whether the code point that starts at `i` is a letter. */
function letterAt(text: string, i: number): boolean {
  return i < text.length && (charClass(text.codePointAt(i)!) & LETTER) !== 0;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
