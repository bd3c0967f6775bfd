/** The page's language, by which stop-word list its words hit most. Used where conventions differ (day-first dates). */
import type { Block } from '../blocks/block.js';
import { STOPWORD_SET, STOPWORDS } from '../cues/stopwords.js';
import { AsciiWordTrie } from './ascii-word-trie.js';
import { charClass, LETTER_OR_MARK } from './char-class.js';
import { LowerWordSet } from './lower-word-set.js';

const LANGUAGES = Object.keys(STOPWORDS);
// word -> the languages (indices into LANGUAGES) whose list has it, so each word costs one lookup. Built on first use:
// few pages ask for their language (sampleLanguage).
let languagesOf: Map<string, number[]> | null = null;

function languagesByWord(): Map<string, number[]> {
  if (languagesOf !== null) return languagesOf;
  const map = new Map<string, number[]>();
  LANGUAGES.forEach((lang, l) => {
    for (const w of STOPWORDS[lang]) {
      const languages = map.get(w);
      if (languages) languages.push(l);
      else map.set(w, [l]);
    }
  });
  return (languagesOf = map);
}
/** The words of every list: STOPWORD_SET is their union, so a word it finds is one LanguageTally.add takes. */
export const KNOWN_WORDS = new LowerWordSet(STOPWORD_SET);
let knownTrie: AsciiWordTrie | null = null;
/** The same words, for a scanner that steps through a trie as it reads a word; built on first use. */
export function knownWordTrie(): AsciiWordTrie {
  return (knownTrie ??= new AsciiWordTrie(STOPWORD_SET));
}
/** Enough words to tell; reading more changes nothing and costs time on huge pages. Blocks are read until this many chars are passed. */
export const LANGUAGE_SAMPLE_CHARS = 4_000;

/** Stop-word hits per language; a tie goes to the language hit first. */
export class LanguageTally {
  private readonly hits = new Array<number>(LANGUAGES.length).fill(0);
  // Languages in the order of their first hit.
  private readonly order: number[] = [];

  /** One word of the text, as KNOWN_WORDS.find returned it. */
  add(word: string): void {
    for (const l of languagesByWord().get(word)!) if (this.hits[l]++ === 0) this.order.push(l);
  }

  /** Adds the known words among the runs of letters and marks of `text` (/[\p{L}\p{M}]+/gu), in text order. */
  addRuns(text: string): void {
    let from = -1; // where the open run started; -1 when none is open
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      if (charClass(cp) & LETTER_OR_MARK) {
        if (from < 0) from = i;
      } else if (from >= 0) {
        this.addRun(text, from, i);
        from = -1;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (from >= 0) this.addRun(text, from, text.length);
  }

  private addRun(text: string, from: number, to: number): void {
    const word = KNOWN_WORDS.find(text, from, to);
    if (word !== null) this.add(word);
  }

  best(): string | null {
    let best: string | null = null;
    let bestHits = 0;
    for (const l of this.order) if (this.hits[l] > bestHits) [best, bestHits] = [LANGUAGES[l], this.hits[l]];
    return best;
  }
}

/**
 * The language of a page: the tally of its first blocks, read until LANGUAGE_SAMPLE_CHARS are passed. Asked only when
 * a rule needs it (an ambiguous numeric date: about 1 page in 90), not in every page's word walk.
 */
export function sampleLanguage(blocks: readonly Block[]): string | null {
  const tally = new LanguageTally();
  for (let i = 0, read = 0; i < blocks.length && read <= LANGUAGE_SAMPLE_CHARS; i++) {
    tally.addRuns(blocks[i].text);
    read += blocks[i].text.length;
  }
  return tally.best();
}
