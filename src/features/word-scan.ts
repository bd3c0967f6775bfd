/**
 * One walk over a block's code points that counts what scans used to: its words and the stop words
 * among them (the capitals, which few blocks are asked about, are counted on demand: case-counts.ts;
 * so is the page's language, language.ts). Each code point is visited once; the tokeniser is that of
 * the regex named below. On the way it notes where the first seam of a glued headline stands, so
 * that a block without one is answered without running the glue regex (features.ts).
 */
import * as trieModule from './ascii-word-trie.js';
import * as classModule from './char-class.js';
import * as languageModule from './language.js';

// Copied into this module's own constants: V8's optimised code reads an imported binding from the exporting
// module at every use (an import is a live binding), but folds a constant of the module it runs in into the
// code. The walk reads these at every code point: it took 0.88x the time it took reading the imports.
const { ASCII_LETTER_SHIFT, CLASS_TABLE, classifyCodePoints, LETTER, LOWER, UPPER, WORD_CHAR } = classModule;
const { ROOT, SYMBOL_BITS } = trieModule;
const { KNOWN_WORDS, knownWordTrie } = languageModule;

// A slot of CLASS_TABLE not yet filled.
const UNCLASSIFIED = 0;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** The counts of one block; one instance is reused, read before the next scan. */
export class WordScan {
  /** Words: /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu. */
  words = 0;
  /** Words that are a stop word of some language (in KNOWN_WORDS, the union of the lists). */
  stop = 0;
  /** The first upper-case letter (\p{Lu}) right after a lower-case UTF-16 unit (\p{Ll}), the seam of "DetroitIn"; -1 when none. */
  firstSeam = -1;

  /**
   * Counts `text`. The walk reads the class table without filling it (see CLASS_TABLE) and gives up at a code point not
   * yet classified, before it has set anything; it is walked again once all of its code points are. Few texts are
   * walked twice: a code point is classified once a process.
   */
  scan(text: string): void {
    if (!this.walk(text)) {
      classifyCodePoints(text);
      this.walk(text);
    }
  }

  /** Counts `text`, or returns false, having set nothing, at a code point whose class slot is not filled. */
  private walk(text: string): boolean {
    const classes = CLASS_TABLE;
    let words = 0;
    let stop = 0;
    let firstSeam = -1;
    const trie = knownWordTrie();
    const next = trie.next;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const first = text.codePointAt(i)!;
      const firstBits = classes[first];
      if (firstBits === UNCLASSIFIED) return false;
      if (!(firstBits & WORD_CHAR)) {
        i += first > 0xffff ? 2 : 1;
        continue;
      }
      // A word starts here; its run of word characters first.
      const start = i;
      let cp = first;
      let bits = firstBits;
      // The run stepped through the trie of known words, and all its units OR-ed (ASCII while below 0x80).
      let state = ROOT;
      let units = 0;
      // Whether the unit before i is lower-case (\p{Ll}), for the seam. Not before the word's first code point: there
      // stands a non-word character, or an apostrophe part's end, after which a word starts with no letter (the part
      // took every letter).
      let lowerBefore = 0;
      do {
        state = next[(state << SYMBOL_BITS) | (bits >>> ASCII_LETTER_SHIFT)]; // trie.step(state, bits)
        units |= cp;
        // Every test of the seam runs before the first seam (optimised code had no feedback for one that waited for a seam).
        // The capital and the lower case before it are tested together, without a branch: a seam is rare, a capital not.
        // (A capital is a letter: no test of LETTER first.)
        if ((+((bits & UPPER) !== 0) & +(lowerBefore !== 0)) !== 0 && firstSeam < 0) firstSeam = i;
        // The unit before the next is a low surrogate (no letter) after an astral code point.
        lowerBefore = cp > 0xffff ? 0 : bits & LOWER;
        i += cp > 0xffff ? 2 : 1;
        if (i >= n) break;
        cp = text.codePointAt(i)!;
        bits = classes[cp];
        if (bits === UNCLASSIFIED) return false;
      } while (bits & WORD_CHAR);
      const runEnd = i;
      // Then an apostrophe and letters, if any ("don't", "l’homme"). The run ended at the code point it read last, cp;
      // an apostrophe is one BMP unit, which charCodeAt and codePointAt read alike.
      const after = i < n ? cp : -1;
      if ((after === APOSTROPHE || after === RIGHT_SINGLE_QUOTE) && i + 1 < n) {
        const partBits = classes[text.codePointAt(i + 1)!];
        if (partBits === UNCLASSIFIED) return false;
        if (partBits & LETTER) {
          i++;
          lowerBefore = 0; // an apostrophe stands before the part's first letter
          while (i < n) {
            cp = text.codePointAt(i)!;
            bits = classes[cp];
            if (bits === UNCLASSIFIED) return false;
            if (!(bits & LETTER)) break;
            // As in the run, with no test waiting for a capital in an apostrophe part ("O’Brien"), which few pages have.
            if (firstSeam < 0 && bits & UPPER && lowerBefore) firstSeam = i;
            lowerBefore = cp > 0xffff ? 0 : bits & LOWER;
            i += cp > 0xffff ? 2 : 1;
          }
        }
      }
      words++;
      // An ASCII word without an apostrophe part was looked up on the way (one that left the trie is in no list).
      const spelled = i === runEnd && units < 0x80;
      // A spelled word's count is the trie's flag for its state (1 when it spells one), another word's is whether the
      // set found it. The count is added where every word runs: an increment only the rare words beyond the trie reached
      // had no type feedback, and deoptimised the walk there (a test for null and two constants need none).
      let counted: number;
      if (spelled) counted = trie.spelled(state);
      else counted = KNOWN_WORDS.find(text, start, i) !== null ? 1 : 0;
      stop += counted;
    }
    this.words = words;
    this.stop = stop;
    this.firstSeam = firstSeam;
    return true;
  }
}
