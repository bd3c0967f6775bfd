/**
 * A set of lower-case words of ASCII letters, asked about a word one code point at a time while a
 * scanner reads it: each step is one table read, and the state the word's last code point leaves
 * names the entry, if any. No second read of the word, no slice, no hashing. It gives
 * LowerWordSet.find's answer for words of ASCII letters and digits (see AsciiWordTrie.word).
 */
import * as classModule from './char-class.js';

// A constant of this module, which optimised code folds, where it reads an import at every use (see word-scan.ts).
const { ASCII_LETTER_SHIFT } = classModule;

/** Slots a state has: one per symbol (0, any code point but an ASCII letter, then a to z), rounded up to a shift. */
export const SYMBOL_BITS = 5;
/** The state no word leads on from: every symbol leads it to itself, so a word that left the trie stays out. */
export const DEAD = 0;
/** The state before a word's first code point. */
export const ROOT = 1;
// A state is a Uint16Array slot: far more than the states of the stop-word lists (about a thousand).
const MAX_STATES = 1 << 16;

export class AsciiWordTrie {
  /**
   * next[(state << SYMBOL_BITS) | symbol]: the state after a code point whose symbol is its class bits (char-class.ts) >>> ASCII_LETTER_SHIFT.
   * Public for a walk that steps in it from a local (step() reads the field at every code point: the walk took 1.03x).
   */
  readonly next: Uint16Array;
  // The entry each state spells (null: a prefix of entries only, DEAD, ROOT).
  private readonly entries: Array<string | null>;
  // Per state, 1 when it spells an entry (entries[state] !== null), else 0: a count a scanner adds without a branch.
  private readonly spells: Uint8Array;

  /**
   * Takes the entries that are runs of a to z. An entry with a capital is found by no lower-cased word and
   * one beyond ASCII is not asked here (a scanner asks LowerWordSet), so both are left out; any other ASCII
   * entry ("4u", "o'") is refused, as a word spelling it would leave the trie where LowerWordSet finds it.
   */
  constructor(words: Iterable<string>) {
    const kept = [...words].filter((w) => /^[\0-\x7f]*$/.test(w) && !/[A-Z]/.test(w));
    const wrong = kept.find((w) => !/^[a-z]+$/.test(w));
    if (wrong !== undefined) throw new Error(`AsciiWordTrie: "${wrong}" is not a run of ASCII letters`);
    // Every state past ROOT is one entry's prefix: at most their letters' count. Slots are written in place (a
    // plain array pushed 32 slots a state took long enough to be compiled in its loop, and deoptimised after it).
    let most = 2;
    for (const w of kept) most += w.length;
    if (most > MAX_STATES) throw new RangeError(`AsciiWordTrie: up to ${most} states, over ${MAX_STATES}`);
    const next = new Uint16Array(most << SYMBOL_BITS);
    this.entries = [null, null];
    for (const w of kept) {
      let state = ROOT;
      for (let k = 0; k < w.length; k++) {
        const slot = (state << SYMBOL_BITS) | (w.charCodeAt(k) - 0x60);
        if (next[slot] === DEAD) next[slot] = this.entries.push(null) - 1;
        state = next[slot];
      }
      this.entries[state] = w;
    }
    this.next = next.slice(0, this.entries.length << SYMBOL_BITS);
    this.spells = new Uint8Array(this.entries.length);
    for (let state = 0; state < this.entries.length; state++) this.spells[state] = this.entries[state] !== null ? 1 : 0;
  }

  /** The state after a word code point (char-class.ts's WORD_CHAR: the symbol is its class bits' top) of class `bits`. */
  step(state: number, bits: number): number {
    return this.next[(state << SYMBOL_BITS) | (bits >>> ASCII_LETTER_SHIFT)];
  }

  /**
   * The entry a word of ASCII letters and digits lower-cases to, from the state its code points led to
   * from ROOT; else null. The word spells the entry exactly when its letters, lower-cased, step from ROOT
   * to the entry's state: a digit has symbol 0 and leads to DEAD, as no entry has one.
   */
  word(state: number): string | null {
    return this.entries[state];
  }

  /** 1 when word(state) is an entry, else 0. */
  spelled(state: number): number {
    return this.spells[state];
  }

  /** How many states there are: each is a number below this. */
  get states(): number {
    return this.entries.length;
  }
}
