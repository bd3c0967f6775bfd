/**
 * Whether a lower-cased line holds a word an image-credit form needs (image-credit.ts's mayHoldCredit): a label stem
 * anywhere, or an agency's first word standing as a word, between `before` and `after` characters (or the line's ends).
 * One walk of the line's code units in place of the regex /stem|…|(?:^|[before])(?:agency|…)(?=$|[after])/, which V8
 * tried branch by branch at every offset (the costliest regex of a page). The walk keys the three code units ending at
 * each offset (a stem has three or more) and compares only the stems whose first three units have that key; for an
 * agency, the key also holds whether a word may start there, and only agencies that start so are compared (a stem is
 * keyed both ways, so that a walk for both looks up one key a unit; a word of two units is keyed with each unit that may follow it, and looked for at the line's end on its own). Keys are hashed,
 * so units that share a key only cost a comparison: every stem and agency is compared, with startsWith, wherever it
 * could stand, and found wherever the regex finds it (tests/cues/credit-scan.test.ts compares the two).
 */

// Keys of three units (and, for agencies, a word's start): 4,096 one-byte slots a table, in which the 30 or so stems (twice
// in the walk's table) and 40 or so agencies seldom meet (those that do share a list of candidates).
const KEY_BITS = 12;
const KEY_MULTIPLIER = 0x9e3779b1; // Fibonacci hashing, as line-signature.ts and skip-scan.ts
const KEY_SHIFT = 32 - KEY_BITS;
const keyOf = (units: number): number => Math.imul(units, KEY_MULTIPLIER) >>> KEY_SHIFT;
// Three units' low bytes as one number: what a stem's first three units and an offset's last three are keyed by.
const LOW_BYTE = 0xff;
const THREE_BYTES = 0xffffff;
// The units keyed at each offset: every stem has three or more, every agency's word two or more.
const KEY_UNITS = 3;
// An agency's key holds, above its three units, whether a word may start at the first: set in every agency's key.
const WORD_START_SHIFT = 24;
const WORD_START_KEY = 1 << WORD_START_SHIFT;
// The word-start bits kept: those of the last KEY_UNITS units (BEFORE is bit 0, one bit a unit).
const STARTS_KEPT = (1 << KEY_UNITS) - 1;

// The edge table's bits, by code unit: a character an agency's word may follow, and one it may be followed by.
const BEFORE = 1;
const AFTER = 2;
// \s, as the regex's classes hold it: its characters above U+3000 (only U+FEFF) are read without the table.
const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const BYTE_ORDER_MARK = 0xfeff;
const EDGE_TABLE_END = 0x3001;

export class CreditScan {
  // Per key of three units, 1 + the index of its stems in stemLists, or 0 for a key no stem has: the walk for stems alone.
  private readonly stemSlots = new Uint8Array(1 << KEY_BITS);
  private readonly stemLists: Candidates[] = [];
  // Per key of three units and a word's start, 1 + the index of its candidates in walkLists: the walk for stems and agencies.
  // A stem is keyed both with and without the word start (it may stand anywhere), an agency only with: one lookup a unit.
  private readonly walkSlots = new Uint8Array(1 << KEY_BITS);
  private readonly walkLists: Candidates[] = [];
  private readonly shortAgencies: string[] = [];
  private readonly edges = new Uint8Array(EDGE_TABLE_END);

  /** `before` and `after`: the characters, besides \s, an agency's word may stand after and before. */
  constructor(stems: readonly string[], agencies: readonly string[], before: string, after: string) {
    if ([...before, ...after].some((ch) => ch.charCodeAt(0) >= EDGE_TABLE_END)) throw new Error('credit scan: an edge character past the table');
    const mark = (characters: string, bit: number) => {
      for (const ch of characters) this.edges[ch.charCodeAt(0)] |= bit;
    };
    mark(WHITE_SPACE + before, BEFORE);
    mark(WHITE_SPACE + after, AFTER);
    for (const stem of new Set(stems)) {
      if (stem.length < KEY_UNITS) throw new Error(`credit scan: stem "${stem}" is shorter than ${KEY_UNITS} units`);
      const units = lowBytes(stem, 0, KEY_UNITS);
      add(this.stemSlots, this.stemLists, keyOf(units), stem, 'stems');
      add(this.walkSlots, this.walkLists, keyOf(units), stem, 'stems');
      add(this.walkSlots, this.walkLists, keyOf(WORD_START_KEY | units), stem, 'stems');
    }
    for (const agency of new Set(agencies)) {
      if (agency.length < KEY_UNITS - 1) throw new Error(`credit scan: agency "${agency}" is shorter than ${KEY_UNITS - 1} units`);
      if (agency.length >= KEY_UNITS) {
        add(this.walkSlots, this.walkLists, keyOf(WORD_START_KEY | lowBytes(agency, 0, KEY_UNITS)), agency, 'agencies');
        continue;
      }
      // A word of two units, keyed with each unit that may follow it (its third unit in the line); at the line's end it has none.
      this.shortAgencies.push(agency);
      for (const ch of new Set(WHITE_SPACE + after + String.fromCharCode(BYTE_ORDER_MARK))) {
        const key = keyOf(WORD_START_KEY | (lowBytes(agency, 0, 2) << 8) | (ch.charCodeAt(0) & LOW_BYTE));
        add(this.walkSlots, this.walkLists, key, agency, 'agencies');
      }
    }
  }

  /**
   * Whether `lower` holds a stem, or (`agencies`, for a line that may be an agency credit) an agency's word. One walk keys the three
   * units ending at each offset: as a stem's start, or (with whether a word may start there) as a stem's or an agency's.
   * Written out, not as calls, and without a branch on each unit's kind: a walk that branched where a word may start
   * cost more than the regex, each unforeseen branch of a line's spaces costing the processor a restart. The inner loop
   * only keys and looks up, leaving it at a key with candidates: with the comparisons and their calls inside, it cost
   * about a third more a unit (the line's state kept in memory across a call it seldom makes).
   */
  holds(lower: string, agencies: boolean): boolean {
    return agencies ? this.holdsStemOrAgency(lower) : this.holdsStem(lower);
  }

  /** Whether `lower` holds a stem: the walk of holdsStemOrAgency without what it reads for agencies. */
  private holdsStem(lower: string): boolean {
    const n = lower.length;
    const stemSlots = this.stemSlots;
    let units = 0;
    let p = 0;
    for (; p < KEY_UNITS - 1 && p < n; p++) units = (units << 8) | (lower.charCodeAt(p) & LOW_BYTE);
    while (p < n) {
      let slot = 0;
      for (; p < n; p++) {
        units = ((units << 8) | (lower.charCodeAt(p) & LOW_BYTE)) & THREE_BYTES;
        slot = stemSlots[Math.imul(units, KEY_MULTIPLIER) >>> KEY_SHIFT];
        if (slot !== 0) break;
      }
      if (p === n) break;
      const candidates = this.stemLists[slot - 1].stems;
      for (let c = 0; c < candidates.length; c++) if (lower.startsWith(candidates[c], p + 1 - KEY_UNITS)) return true;
      p++;
    }
    return false;
  }

  /** Whether `lower` holds a stem or an agency's word. */
  private holdsStemOrAgency(lower: string): boolean {
    const n = lower.length;
    const edges = this.edges;
    const walkSlots = this.walkSlots;
    let units = 0;
    // Whether a word may start after each of the last units read, one bit a unit, the newest lowest; before the first
    // unit the line's start, where one may (the regex's ^).
    let starts = 1;
    let p = 0;
    for (; p < KEY_UNITS - 1 && p < n; p++) {
      const code = lower.charCodeAt(p);
      units = (units << 8) | (code & LOW_BYTE);
      starts = ((starts << 1) | (this.edgeBits(code) & BEFORE)) & STARTS_KEPT;
    }
    while (p < n) {
      let slot = 0;
      for (; p < n; p++) {
        const code = lower.charCodeAt(p);
        // edgeBits(code), written out in the walk's inner loop.
        const bits = code < EDGE_TABLE_END ? edges[code] : code === BYTE_ORDER_MARK ? BEFORE | AFTER : 0;
        units = ((units << 8) | (code & LOW_BYTE)) & THREE_BYTES;
        // The three units from p - 2, and whether a word may start at p - 2 (bit 2: the unit before it).
        const atWordStart = (starts >> (KEY_UNITS - 1)) & 1;
        starts = ((starts << 1) | (bits & BEFORE)) & STARTS_KEPT;
        slot = walkSlots[Math.imul(units | (atWordStart << WORD_START_SHIFT), KEY_MULTIPLIER) >>> KEY_SHIFT];
        if (slot !== 0) break;
      }
      if (p === n) break;
      const { stems, agencies } = this.walkLists[slot - 1];
      for (let c = 0; c < stems.length; c++) if (lower.startsWith(stems[c], p + 1 - KEY_UNITS)) return true;
      if (agencies.length !== 0 && this.agencyAt(lower, p + 1 - KEY_UNITS, agencies)) return true;
      p++;
    }
    // A word of two units at the line's end has no third unit the walk keyed it with.
    return n >= 2 && this.agencyAt(lower, n - 2, this.shortAgencies);
  }

  /** Whether one of `candidates` stands at `p`: a word may start there, and it ends at the line's end or before an `after` character. */
  private agencyAt(lower: string, p: number, candidates: readonly string[]): boolean {
    if (p > 0 && (this.edgeBits(lower.charCodeAt(p - 1)) & BEFORE) === 0) return false;
    for (let c = 0; c < candidates.length; c++) {
      const word = candidates[c];
      if (!lower.startsWith(word, p)) continue;
      const end = p + word.length;
      if (end === lower.length || (this.edgeBits(lower.charCodeAt(end)) & AFTER) !== 0) return true;
    }
    return false;
  }

  /** The edge bits of a code unit: BEFORE, AFTER, both (the byte order mark, \s past the table) or neither. */
  private edgeBits(code: number): number {
    return code < EDGE_TABLE_END ? this.edges[code] : code === BYTE_ORDER_MARK ? BEFORE | AFTER : 0;
  }
}

/** The low bytes of `count` units of `text` from `start`, as one number (the first unit highest). */
function lowBytes(text: string, start: number, count: number): number {
  let units = 0;
  for (let i = start; i < start + count; i++) units = (units << 8) | (text.charCodeAt(i) & LOW_BYTE);
  return units;
}

/** The words a key of the walk for stems and agencies may start: stems compared as they stand, agencies as words. */
interface Candidates {
  readonly stems: string[];
  readonly agencies: string[];
}

/** Adds `word` to `kind`'s candidates of `key` (once), making its lists on first use. */
function add(slots: Uint8Array, lists: Candidates[], key: number, word: string, kind: keyof Candidates): void {
  if (slots[key] === 0) {
    if (lists.length === MAX_LISTS) throw new Error('credit scan: more keys than a slot can name');
    lists.push({ stems: [], agencies: [] });
    slots[key] = lists.length;
  }
  const words = lists[slots[key] - 1][kind];
  if (!words.includes(word)) words.push(word);
}
// A slot names its list by 1 + its index in one byte.
const MAX_LISTS = 0xff;
