/**
 * Whether some phrase of a set stands in a text, without a search for each phrase or an alternation of
 * them all. Each phrase is represented by one substring of GRAM_CHARS characters, its gram: a text can
 * hold the phrase only if it holds the gram (a phrase holds all its substrings). One pass over the text
 * hashes each window of GRAM_CHARS characters and looks its hash up in a bitmap of the grams' hashes. A
 * clear bit means the window is no phrase's gram; at a set bit (a gram, or a hash collision) the phrases
 * with that gram are compared with the text where their gram would stand. So the answer is the search's,
 * whichever gram a phrase is given: the choice of grams (rarestGram) moves speed only.
 */

/**
 * Characters in a gram: as many as the shortest table phrase has ("boletín"), so that every phrase has one, and
 * most grams reach over a word's end into the next word, which prose rarely repeats. holdsPhrase holds a window in
 * two words of 32 bits, one byte a character: four characters in the low word, the three before in the high.
 */
const GRAM_CHARS = 7;
// The high word keeps its three bytes; the byte shifted past them leaves the window.
const HIGH_WORD_MASK = 0xffffff;
// The hash's width in bits: a 256 Kbit bitmap (32 KB, about a first-level cache) holds the few dozen grams
// of a phrase set so sparsely that a window of ordinary text hits a collision about once in four thousand.
const HASH_BITS = 18;
// Fibonacci hashing: the golden ratio's multiplier spreads the window's bits over the hash's top bits; the high word
// is first multiplied by another odd number so that its bytes do not land where the low word's do.
const HASH_MULTIPLIER = 0x9e3779b1;
const HIGH_MULTIPLIER = 0x85ebca6b;

/**
 * Letters from the most to the least frequent in English text (Lewand, "Cryptological Mathematics", 2000),
 * after the space: how rarestGram tells a rare gram from a common one. A character not listed (an accented or
 * non-Latin letter, a digit, punctuation) counts as rarer than any listed letter.
 */
const COMMON_FIRST = ' etaoinshrdlcumwfgypbvkjxqz';

export class GramFilter {
  // One bit per hash of a window; null when some phrase is shorter than a gram and so has none (every text may hold it).
  private readonly bits: Int32Array | null;
  // The phrases whose gram has each hash a bit is set for, with where the gram starts in the phrase (holdsPhrase).
  private readonly byHash = new Map<number, Array<readonly [string, number]>>();
  private readonly phrases: readonly string[];

  constructor(phrases: Iterable<string>) {
    this.phrases = [...phrases];
    const bits = new Int32Array(1 << (HASH_BITS - 5));
    let shortest = Infinity;
    for (const phrase of this.phrases) {
      shortest = Math.min(shortest, phrase.length);
      if (phrase.length < GRAM_CHARS) break;
      const start = rarestGram(phrase);
      const h = hashAt(phrase, start);
      bits[h >>> 5] |= 1 << (h & 31);
      const same = this.byHash.get(h);
      if (same) same.push([phrase, start]);
      else this.byHash.set(h, [[phrase, start]]);
    }
    this.bits = shortest >= GRAM_CHARS ? bits : null;
  }

  /**
   * Whether some phrase of the set stands in `text`, as a search for any of them would tell: at each window whose
   * bit is set, each phrase whose gram has its hash is looked for where that gram would stand in it. A phrase that stands in the text has its gram in some window, whose hash is
   * its gram's: it is looked for there and found. No search of the text runs, only these few comparisons.
   */
  holdsPhrase(text: string): boolean {
    const bits = this.bits;
    if (bits === null) return this.phrases.some((phrase) => text.includes(phrase));
    if (text.length < GRAM_CHARS) return false; // no phrase is shorter than a gram
    let low = 0;
    let high = 0;
    for (let i = 0; i < GRAM_CHARS - 1; i++) {
      high = ((high << 8) | (low >>> 24)) & HIGH_WORD_MASK;
      low = (low << 8) | (text.charCodeAt(i) & 0xff);
    }
    for (let i = GRAM_CHARS - 1; i < text.length; i++) {
      high = ((high << 8) | (low >>> 24)) & HIGH_WORD_MASK;
      low = (low << 8) | (text.charCodeAt(i) & 0xff);
      const h = hash(low, high);
      if ((bits[h >>> 5] & (1 << (h & 31))) !== 0 && this.standsAt(text, i + 1 - GRAM_CHARS, h)) return true;
    }
    return false;
  }

  /** Whether a phrase whose gram hashes to `h` stands in `text` with its gram at `gramAt`. */
  private standsAt(text: string, gramAt: number, h: number): boolean {
    const candidates = this.byHash.get(h);
    if (candidates === undefined) return false;
    for (const [phrase, start] of candidates) if (gramAt >= start && text.startsWith(phrase, gramAt - start)) return true;
    return false;
  }
}

/** The hash of the gram starting at `start` of `text`, as holdsPhrase hashes the window ending at its last character. */
function hashAt(text: string, start: number): number {
  let low = 0;
  let high = 0;
  for (let i = start; i < start + GRAM_CHARS; i++) {
    high = ((high << 8) | (low >>> 24)) & HIGH_WORD_MASK;
    low = (low << 8) | (text.charCodeAt(i) & 0xff);
  }
  return hash(low, high);
}

function hash(low: number, high: number): number {
  return Math.imul(low ^ Math.imul(high, HIGH_MULTIPLIER), HASH_MULTIPLIER) >>> (32 - HASH_BITS);
}

/** Where the phrase's rarest gram starts: the one whose characters stand latest in COMMON_FIRST, summed (the first of equals). */
function rarestGram(phrase: string): number {
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + GRAM_CHARS <= phrase.length; start++) {
    let score = 0;
    for (let i = start; i < start + GRAM_CHARS; i++) {
      const rank = COMMON_FIRST.indexOf(phrase[i]);
      score += rank < 0 ? COMMON_FIRST.length : rank;
    }
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  return best;
}
