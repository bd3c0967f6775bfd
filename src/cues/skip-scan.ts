/**
 * Whether some phrase of a set stands in a text, read with skips (Wu and Manber, "A fast algorithm for multi-pattern
 * searching", 1994) instead of at every offset. Each phrase is represented by one run of `m` of its characters (its
 * window), m the shortest phrase's length: the text's window of m characters is read by its last BLOCK_CHARS
 * characters (a block), and a table tells how far it may move on before its end could be the end of some phrase's
 * window. Most blocks of prose stand in no phrase's window, or only early in it, and the text's window moves several
 * characters at once. Where it may not move (shift 0), the phrases whose window ends in that block are compared with
 * the text where they would stand. Which run is a phrase's window moves speed only (rarestWindow).
 *
 * Why no phrase is missed: say a phrase stands in the text with its window from s, so the window ends at
 * e = s + m - 1. While the text window's end p is short of s + BLOCK_CHARS - 1, it moves at most m - BLOCK_CHARS + 1
 * (the most any shift is), so not past e. From there on, the block ending at p lies in the phrase's window, ending at
 * offset p - s of it, and the table's shift for it is at most m - 1 - (p - s) = e - p: the window never moves past e,
 * and at e the window's last block has shift 0, so the phrase is compared there and found. A block is keyed by its
 * characters' low bytes, hashed: blocks that share a key take the least of their shifts, still never too long.
 */

/** Characters in a block: three make most blocks of prose stand in no phrase's window (the longest shift) and fit one hash. */
const BLOCK_CHARS = 3;
// The key's width in bits: a 16 KB table of one-byte shifts (stays in a first-level cache; 64 KB measured slower), in which
// the ~800 blocks of ~115 phrases seldom share a key.
const KEY_BITS = 14;
// Fibonacci hashing: the golden ratio's multiplier spreads the block's three bytes over the key's bits.
const KEY_MULTIPLIER = 0x9e3779b1;

/**
 * The length below which a phrase is best searched for on its own (String.includes) and left out of a scan: each
 * character of the shortest phrase scanned allows a longer shift. The furniture tables have one phrase shorter ("boletín").
 */
export const MIN_SCANNED_CHARS = 10;

export class SkipScan {
  private readonly shortest: number;
  // Per key, how far the window's end may move on; 0 where some phrase's window ends in such a block.
  private readonly shift: Uint8Array;
  // Per key with shift 0, the phrases whose window ends in a block with that key, with where the window starts in each.
  private readonly ending = new Map<number, Array<readonly [string, number]>>();
  private readonly phrases: readonly string[];

  constructor(phrases: Iterable<string>) {
    this.phrases = [...phrases];
    this.shortest = Math.min(...this.phrases.map((p) => p.length));
    const m = this.shortest;
    this.shift = new Uint8Array(1 << KEY_BITS).fill(Math.max(0, m - BLOCK_CHARS + 1));
    if (m < BLOCK_CHARS) return; // a phrase shorter than a block: holdsPhrase searches for each
    for (const phrase of this.phrases) {
      const from = rarestWindow(phrase, m);
      for (let end = BLOCK_CHARS - 1; end < m; end++) {
        const k = keyAt(phrase, from + end);
        this.shift[k] = Math.min(this.shift[k], m - 1 - end);
      }
      const k = keyAt(phrase, from + m - 1);
      const same = this.ending.get(k);
      if (same) same.push([phrase, from]);
      else this.ending.set(k, [[phrase, from]]);
    }
  }

  /** Whether some phrase of the set stands in `text`, as a search for any of them would tell (see the file's comment). */
  holdsPhrase(text: string): boolean {
    const m = this.shortest;
    if (m < BLOCK_CHARS) return this.phrases.some((phrase) => text.includes(phrase));
    const shift = this.shift;
    const n = text.length;
    let end = m - 1;
    while (end < n) {
      const k = keyAt(text, end);
      const s = shift[k];
      if (s !== 0) {
        end += s;
        continue;
      }
      const windowStart = end + 1 - m;
      const candidates = this.ending.get(k)!;
      for (let c = 0; c < candidates.length; c++) {
        // Read by index, not destructured: destructuring walks an array iterator, an object per candidate.
        const phrase = candidates[c][0];
        const from = candidates[c][1];
        if (windowStart >= from && text.startsWith(phrase, windowStart - from)) return true;
      }
      end++;
    }
    return false;
  }
}

/** The key of the block of BLOCK_CHARS characters that ends at `end` of `text`, from each character's low byte. */
function keyAt(text: string, end: number): number {
  const bytes = ((text.charCodeAt(end - 2) & 0xff) << 16) | ((text.charCodeAt(end - 1) & 0xff) << 8) | (text.charCodeAt(end) & 0xff);
  return Math.imul(bytes, KEY_MULTIPLIER) >>> (32 - KEY_BITS);
}

/**
 * Letters from the most to the least frequent in English text (Lewand, "Cryptological Mathematics", 2000), after the
 * space: how rarestWindow tells a rare block from a common one. A character not listed counts as rarer than any listed.
 */
const COMMON_FIRST = ' etaoinshrdlcumwfgypbvkjxqz';

/**
 * Where the phrase's window of m characters starts: the one whose last block, where the scan stops to compare, has
 * the rarest characters (ranked by COMMON_FIRST, summed; the first of equals). "ter" or " of" ends many blocks of prose.
 */
function rarestWindow(phrase: string, m: number): number {
  let best = 0;
  let bestScore = -1;
  for (let from = 0; from + m <= phrase.length; from++) {
    let score = 0;
    for (let i = from + m - BLOCK_CHARS; i < from + m; i++) {
      const rank = COMMON_FIRST.indexOf(phrase[i]);
      score += rank < 0 ? COMMON_FIRST.length : rank;
    }
    if (score > bestScore) {
      best = from;
      bestScore = score;
    }
  }
  return best;
}
