/** The page's language, by which stop-word list its words hit most. Used where conventions differ (day-first dates). */
import { STOPWORD_SET, STOPWORDS } from '../cues/stopwords.js';
import { AsciiWordTrie } from './ascii-word-trie.js';
import { LowerWordSet } from './lower-word-set.js';

const LANGUAGES = Object.keys(STOPWORDS);
// word -> the languages (indices into LANGUAGES) whose list has it, so each word costs one lookup.
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]) {
    const languages = LANGUAGES_OF.get(w);
    if (languages) languages.push(l);
    else LANGUAGES_OF.set(w, [l]);
  }
});
/** The words of every list: STOPWORD_SET is their union, so a word it finds is one LanguageTally.add takes. */
export const KNOWN_WORDS = new LowerWordSet(STOPWORD_SET);
let knownTrie: AsciiWordTrie | null = null;
// The languages of the word each state of the trie spells (null for a state that spells none), built with the trie: a
// tally handed the state a scanner's word led to reads an array, where handed the word it looked the word up in a Map.
let languagesOfState: Array<number[] | null> = [];
/** The same words, for a scanner that steps through a trie as it reads a word; built on first use. */
export function knownWordTrie(): AsciiWordTrie {
  if (knownTrie === null) {
    const trie = new AsciiWordTrie(STOPWORD_SET);
    const languages: Array<number[] | null> = [];
    for (let state = 0; state < trie.states; state++) {
      const word = trie.word(state);
      languages.push(word === null ? null : LANGUAGES_OF.get(word)!);
    }
    languagesOfState = languages;
    knownTrie = trie;
  }
  return knownTrie;
}
/** Enough words to tell; reading more changes nothing and costs time on huge pages. Blocks are read until this many chars are passed. */
export const LANGUAGE_SAMPLE_CHARS = 4_000;

/** Stop-word hits per language; a tie goes to the language hit first. */
export class LanguageTally {
  private readonly hits = new Array<number>(LANGUAGES.length).fill(0);
  // Languages in the order of their first hit.
  private readonly order: number[] = [];

  /**
   * One word of the text, as KNOWN_WORDS.find returned it, with the state of knownWordTrie() it led to when the trie
   * spelled it (trie.word(state) is the word), else DEAD, which spells none: its languages are then looked up.
   * (One method for both: a call site only words beyond the trie reached was deoptimised at the first such word.)
   */
  add(word: string, state: number): void {
    for (const l of languagesOfState[state] ?? LANGUAGES_OF.get(word)!) if (this.hits[l]++ === 0) this.order.push(l);
  }

  best(): string | null {
    let best: string | null = null;
    let bestHits = 0;
    for (const l of this.order) if (this.hits[l] > bestHits) [best, bestHits] = [LANGUAGES[l], this.hits[l]];
    return best;
  }
}
