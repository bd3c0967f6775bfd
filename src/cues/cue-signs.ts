/**
 * What a line must show before any whole-line phrase test or leading-word test of the cues can match it,
 * read once per block so that most blocks, which show none, skip those tests (classify/steps/cues.ts).
 * A sign is a necessary condition, never a verdict: a test gated on a sign runs, as before, whenever the
 * sign is there, so gating changes no result.
 */
import { ABOUT_WORDS, BOILERPLATE_LINE_KEYS, FOOTER_FIRST_WORDS, hasLabelSeparator, MAX_LABELS_LINE_CHARS, mayHaveCount, SHARE_OR_FOLLOW_WORDS, SHORT_PHRASE_CHARACTER, withoutCount } from './boilerplate.js';
import { MULTIWORD_LABELS, PHOTO_ONLY_KEYS } from './credits.js';
import { isAsciiDigit, isWhiteSpace } from '../features/char-class.js';
import { caseless, caselessForms, escapeClassCharacters, escapeRegExp } from './phrase-regex.js';
import { firstWords, LEADING_DECORATION_CHARS, lowerCase, MAX_PHRASE_CHARS, phraseKeyOf } from './phrase-set.js';
import { HEADING_FIRST_WORDS, HEADING_LINE_KEYS, withoutTrailer } from './related.js';

/** The line's key, with its count or trailer off, is a key of a whole-line table (ad, share, comment, author, heading, photo-only agency tables). */
export const PHRASE_SIGN = 1;
/**
 * The line starts (after decoration) with a word or character a leading-word test needs, by the tests' kind: a footer
 * prefix's first word or © (isFooterLine), a credit or caption label's (bareLabelCredit), more, other or most (the heading
 * tests' MORE_SECTION_LINE and MOST_READ_SECTION), ABOUT_NAME's (isAuthorBox), a share or follow word (SHARE_LEAD,
 * FOLLOW_LEAD). Each is shown only with the leading-word pattern matching (leadSigns).
 */
export const FOOTER_LEAD_SIGN = 2;
export const CREDIT_LEAD_SIGN = 16;
export const HEADING_LEAD_SIGN = 32;
export const ABOUT_LEAD_SIGN = 64;
export const SHARE_LEAD_SIGN = 128;
/** Any of the leading-word signs. */
export const LEAD_SIGN = FOOTER_LEAD_SIGN | CREDIT_LEAD_SIGN | HEADING_LEAD_SIGN | ABOUT_LEAD_SIGN | SHARE_LEAD_SIGN;
/** The line has a label separator (· • |): several labels on one line ("Share | Tweet"); asked only up to MAX_LABELS_LINE_CHARS, where everyPart reads labels. */
export const SEPARATOR_SIGN = 4;
/**
 * The line may have a credit sign (image-credit.ts's hasCreditSign): one of [:：|,/&©)], a y or Y after a b, B or s
 * (" by ", "courtesy"), or a digit or Item and white space first (a gallery counter's start). Read only up to
 * MAX_PHRASE_CHARS: a longer line always shows it, and matchCredit asks hasCreditSign as before.
 */
export const CREDIT_SIGN = 8;
/**
 * The line may have a ':' (related.ts's endsInColon cannot hold without one; lower-casing makes none). Read only up to
 * MAX_PHRASE_CHARS, as CREDIT_SIGN: a longer line always shows it. Its own bit, not CREDIT_SIGN's: of the ~33 short
 * lines a page that show the credit sign and no other, about 6 have a colon.
 */
export const COLON_SIGN = 256;
/**
 * The signs of the tests no sign above gates, which scan the whole line: not read by cueSigns but by readCues (steps/cues.ts),
 * with the gates those tests ask first. FURNITURE_PHRASE_SIGN: the line may hold a furniture phrase (rules/boilerplate.ts's
 * mayBeUnsignedFurniture), which the consent, legal, promotion and comments-notice tests need. COMMENT_META_SIGN: the line
 * may be a comment header or a relative time (rules/related.ts's mayBeCommentMeta), which isCommentMeta needs.
 */
export const FURNITURE_PHRASE_SIGN = 512;
export const COMMENT_META_SIGN = 1024;
/**
 * The line's lower case may hold "ago" (related.ts's mayBeRelativeTime searches for it): the line has a g or G and then an
 * o or O, the only characters that lower-case to a text holding a g or an o (tests/cues/cue-signs.test.ts asks every code
 * point). Read only up to MAX_PHRASE_CHARS, as CREDIT_SIGN: a longer line always shows it.
 */
export const AGO_SIGN = 2048;
/**
 * The line may hold one of the furniture phrases too short for the furniture scan (boilerplate.ts's shortFurniturePhrases,
 * which mayHoldFurniturePhrase searches for one by one): it has an í or Í, the only characters that lower-case to a text
 * holding SHORT_PHRASE_CHARACTER, which each of them holds (tests/cues/cue-signs.test.ts). Read only up to MAX_PHRASE_CHARS.
 */
export const SHORT_PHRASE_SIGN = 8192;
/** Every sign: what a caller that has not read the signs passes, to run every test. */
export const ALL_SIGNS = PHRASE_SIGN | LEAD_SIGN | SEPARATOR_SIGN | CREDIT_SIGN | COLON_SIGN | FURNITURE_PHRASE_SIGN | COMMENT_META_SIGN | AGO_SIGN | SHORT_PHRASE_SIGN;
/**
 * Not a sign a test needs but what spares one: the line has a credit sign as hasCreditSign finds one, for certain (one of
 * [:：|,/&©)], or a counter's start), so that matchCredit need not ask it again. Read only up to MAX_PHRASE_CHARS; nine in
 * ten short lines with the credit sign have one of those. Not in ALL_SIGNS: a caller that has not read the signs has matchCredit ask.
 */
export const SURE_CREDIT_SIGN = 4096;

/** The signs `text` shows: a bit set of the signs above. */
export function cueSigns(text: string): number {
  // A short line's characters are read once, for its separator, its credit characters and its white space to collapse:
  // three regex tests and two searches on most lines (each call costs about what this walk of a short line does). A
  // longer line is not walked: a regex scans it for less, and it has no key to collapse the white space of.
  const marks = text.length <= MAX_PHRASE_CHARS ? lineMarks(text) : longLineMarks(text);
  let signs = marks & SEPARATOR_SIGN;
  if ((marks & (CREDIT_SIGN | MAY_BY_MARK)) !== 0) signs |= CREDIT_SIGN;
  if ((marks & CREDIT_SIGN) !== 0) signs |= SURE_CREDIT_SIGN;
  if ((marks & COLON_MARK) !== 0) signs |= COLON_SIGN;
  if ((marks & GO_MARK) !== 0) signs |= AGO_SIGN;
  if ((marks & SHORT_PHRASE_MARK) !== 0) signs |= SHORT_PHRASE_SIGN;
  if (hasPhraseKey(text, (marks & COLLAPSIBLE_MARK) !== 0)) signs |= PHRASE_SIGN;
  signs |= leadSigns(lowerCase(text));
  return signs;
}

// lineMarks' bits: SEPARATOR_SIGN as the signs have it, CREDIT_SIGN for a credit character or a counter's start (hasCreditSign's
// for certain), and white space phraseKey collapses. Marks are not signs: cueSigns reads each, so a mark may share its value
// with a sign.
const COLLAPSIBLE_MARK = 16;
// A ':', which cueSigns shows as COLON_SIGN.
const COLON_MARK = 64;
// A y or Y after a b, B or s, which hasCreditSign's " by " and "courtesy" need: the credit sign, not a sure one.
const MAY_BY_MARK = 512;
// An o or O after a g or G, which cueSigns shows as AGO_SIGN.
const GO_MARK = 2048;
// An í or Í, which cueSigns shows as SHORT_PHRASE_SIGN.
const SHORT_PHRASE_MARK = 1024;
/**
 * The marks of a line longer than MAX_PHRASE_CHARS: a separator as hasLabelSeparator finds it, up to MAX_LABELS_LINE_CHARS;
 * the credit sign always, never a sure one (matchCredit then asks hasCreditSign); white space to collapse, a colon, "go" and
 * an í always (phraseKey gives no key; the tests they gate search the line themselves).
 */
function longLineMarks(text: string): number {
  return text.length <= MAX_LABELS_LINE_CHARS && hasLabelSeparator(text) ? SEPARATOR_SIGN | LONG_LINE_MARKS : LONG_LINE_MARKS;
}
const LONG_LINE_MARKS = MAY_BY_MARK | COLON_MARK | COLLAPSIBLE_MARK | GO_MARK | SHORT_PHRASE_MARK;

/**
 * SEPARATOR_SIGN if the line has a character of hasLabelSeparator's /[·•|]/; CREDIT_SIGN if it has one of
 * hasCreditSign's /[:：|,/&©)]/ or starts as its /^(?:\d|[Ii]tem\s)/ (a digit, or Item or item and white space);
 * MAY_BY_MARK if it has a b, B or s followed by a y or Y (its /\s[Bb][Yy]\s|ourtesy/ holds one in each branch; a y
 * alone was in about 16 short lines a page that have no credit sign); GO_MARK if it has a g or G followed by an o or O;
 * SHORT_PHRASE_MARK if it has an í or Í; COLON_MARK if it has a ':'; COLLAPSIBLE_MARK if it has what
 * collapseWhiteSpace changes, as phrase-set.ts's COLLAPSIBLE finds it (white space other than ' ', or two spaces in a
 * row). None of these regexes has the u flag: each reads code units, as this walk does.
 */
function lineMarks(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const table = (markTable ??= lineMarkTable());
  const first = text.charCodeAt(0);
  const counterStart = isAsciiDigit(first)
    || ((first === 0x49 || first === 0x69) && n > ITEM_CHARS && text.startsWith('tem', 1) && isWhiteSpace(text.charCodeAt(ITEM_CHARS)));
  let marks = counterStart ? CREDIT_SIGN : 0;
  // One lookup a character, and the bits it shares with the one before: two spaces in a row (PLAIN_SPACE in both), and the
  // bits it has where the one before had the bit below (BS_UNIT and G_UNIT shifted by one are Y_UNIT and O_UNIT, no other
  // unit bit is): a y after a b, B or s, an o after a g. Gathered over the line and read once after the walk, not per character.
  let previous = 0;
  let doubled = 0;
  let after = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const bits = code < TABLE_END ? table[code] : code === 0xfeff ? COLLAPSIBLE_MARK : code === 0xff1a ? CREDIT_SIGN : 0;
    marks |= bits;
    doubled |= bits & previous;
    after |= (previous << 1) & bits;
    previous = bits;
  }
  return marks | ((doubled & PLAIN_SPACE) >> PLAIN_SPACE_TO_COLLAPSIBLE) | ((after & Y_UNIT) << Y_UNIT_TO_MAY_BY) | ((after & O_UNIT) << O_UNIT_TO_GO);
}
// "Item" before its white space.
const ITEM_CHARS = 4;
// A b, B or s, and a y or Y, for the walk to find one after the other; not marks of the line (cueSigns masks them).
const BS_UNIT = 1;
const Y_UNIT = 2; // BS_UNIT << 1
const Y_UNIT_TO_MAY_BY = 8; // Y_UNIT << 8 === MAY_BY_MARK
// A g or G, and an o or O, for the walk to find one after the other; not marks of the line.
const G_UNIT = 128;
const O_UNIT = 256; // G_UNIT << 1
const O_UNIT_TO_GO = 3; // O_UNIT << 3 === GO_MARK
// A ' ', for the walk to find two in a row; not a mark of the line.
const PLAIN_SPACE = 32;
const PLAIN_SPACE_TO_COLLAPSIBLE = 1; // PLAIN_SPACE >> 1 === COLLAPSIBLE_MARK
// The table covers every code unit with a mark up to U+3000 (the ideographic space); beyond it only U+FEFF and ： have one.
const TABLE_END = 0x3001;
// Built on first use, not at load.
let markTable: Uint16Array | undefined;
function lineMarkTable(): Uint16Array {
  const table = new Uint16Array(TABLE_END);
  const mark = (characters: string, bits: number) => {
    for (const ch of characters) table[ch.charCodeAt(0)] |= bits;
  };
  mark('·•|', SEPARATOR_SIGN);
  mark(':|,/&)©', CREDIT_SIGN);
  mark('bBs', BS_UNIT);
  mark('yY', Y_UNIT);
  mark('gG', G_UNIT);
  mark('oO', O_UNIT);
  mark(SHORT_PHRASE_CHARACTER + SHORT_PHRASE_CHARACTER.toUpperCase(), SHORT_PHRASE_MARK);
  mark(':', COLON_MARK);
  // COLLAPSIBLE's class, [\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff], but U+FEFF (past the table).
  mark('\t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000', COLLAPSIBLE_MARK);
  for (let code = 0x2000; code <= 0x200a; code++) table[code] |= COLLAPSIBLE_MARK;
  mark(' ', PLAIN_SPACE);
  return table;
}

// Built on first use, not at load: a one-page run that never reads cues does not pay for them.
let keys: Set<string> | undefined;
let lead: RegExp | undefined;

/**
 * Whether phraseKey(text), as it is or without a count (isCommentHeading) or trailer (the heading tests),
 * is in some whole-line table: each table test looks up one of these three in its table.
 */
function hasPhraseKey(text: string, collapsible: boolean): boolean {
  keys ??= new Set([...BOILERPLATE_LINE_KEYS, ...HEADING_LINE_KEYS, PHOTO_ONLY_KEYS].flatMap((set) => [...set]));
  const filter = (keyFilter ??= keyFilterOf(keys));
  const key = phraseKeyOf(text, collapsible);
  if (filter[keyOutline(key)] !== 0 && keys.has(key)) return true;
  // withoutCount and withoutTrailer give the key itself unless it starts with a digit or ends in ")" (most keys do
  // neither): only then is there another key to look up.
  if (!mayHaveCount(key)) return false;
  const counted = withoutCount(key);
  const trailed = withoutTrailer(key);
  return (counted !== key && keys.has(counted)) || (trailed !== key && keys.has(trailed));
}

/**
 * A key's length and its first and last units, hashed to a slot of the filter. A line's key is a string no one has
 * hashed yet (the line lower-cased, most often): the Set hashes all of it to look it up, about 90 ns for a line of 40
 * units, where this reads three numbers. A key of the tables has its slot marked, so a key whose slot is not marked is
 * none of them, and needs no lookup; one that is marked is looked up as before.
 */
function keyOutline(key: string): number {
  const n = key.length;
  const ends = n === 0 ? 0 : (key.charCodeAt(0) << 16) | key.charCodeAt(n - 1);
  return Math.imul(ends ^ Math.imul(n, OUTLINE_LENGTH_MULTIPLIER), PAIR_MULTIPLIER) >>> (32 - OUTLINE_BITS);
}
// 4,096 one-byte slots, of which the ~400 table keys mark about one in ten.
const OUTLINE_BITS = 12;
// Spreads the length over the bits the units leave alike (two keys of one first and last unit, told apart by length).
const OUTLINE_LENGTH_MULTIPLIER = 0x2545f491;
// Built on first use, with the keys.
let keyFilter: Uint8Array | undefined;
function keyFilterOf(tableKeys: ReadonlySet<string>): Uint8Array {
  const filter = new Uint8Array(1 << OUTLINE_BITS);
  for (const key of tableKeys) filter[keyOutline(key)] = 1;
  return filter;
}

/**
 * The start every leading-word test needs, in one anchored regex on the lower-cased line (lowerCase(), which
 * the other rules ask for anyway). Footer prefixes and credit labels (leadingPhrase), ABOUT_NAME and
 * MORE_SECTION_LINE need their first word as the line's first word, lower-cased, ending where
 * startsWithFirstWord ends a word (at a space or the end, after : ： , or .); MOST_READ_SECTION, on phraseKey,
 * needs it after the decoration and spaces phraseKey strips, which may come first here. SHARE_LEAD and FOLLOW_LEAD
 * match their words caseless on the line as printed and may run on into any letter: spelled the same here, as
 * each letter's class holds the lower case of every character in it (ſ stays ſ, the Kelvin sign becomes k).
 */
export function leadPattern(): RegExp {
  const decoration = `[\\s${escapeClassCharacters(LEADING_DECORATION_CHARS)}]*`;
  const words = [...new Set(LEAD_WORDS().flatMap(([, group]) => group))].map(escapeRegExp);
  const leads = SHARE_OR_FOLLOW_WORDS.map(caseless);
  return new RegExp(`^${decoration}(?:(?:${words.join('|')})(?=[:：,.]*(?:\\s|$))|${COPYRIGHT_SIGN}|${leads.join('|')})`);
}
/** The words of the pattern's word branch, by the sign of the tests that need each. */
const LEAD_WORDS = (): Array<[number, readonly string[]]> => [
  [FOOTER_LEAD_SIGN, FOOTER_FIRST_WORDS()],
  [CREDIT_LEAD_SIGN, firstWords(MULTIWORD_LABELS)],
  [HEADING_LEAD_SIGN, HEADING_FIRST_WORDS],
  [ABOUT_LEAD_SIGN, ABOUT_WORDS],
];
const COPYRIGHT_SIGN = '©';

/**
 * The leading-word signs of a lower-cased line: those of the branches of leadPattern() that may start it, if the
 * pattern matches it; else 0. Most lines start with two characters no branch starts with ("Business", "Health"), and
 * are answered without the pattern: an alternation of 130 words costs V8 more to fail than a lookup. A branch starts
 * after any prefix of the line's leading decoration (the decoration class matches a run of it, and a word may itself
 * start with decoration: "(c)"), so each place up to the first character that is not decoration is looked at: the
 * first two characters there (a word's own, or any its caseless letters stand for) give the signs of the words that
 * start so, and © alone the footer's. Every word has two characters or more (tests/cues/cue-signs.test.ts asks the
 * pattern on every table phrase, which would show a word of one). A test of one kind needs
 * its words where the pattern looks for them (at the line's start, or after decoration phraseKey strips), so it cannot
 * match without its sign; a sign in the table only means the test is asked.
 */
export function leadSigns(lower: string): number {
  const starts = (leadStarts ??= leadStartTable());
  const n = lower.length;
  let signs = 0;
  for (let p = 0; p < n; p++) {
    const code = lower.charCodeAt(p);
    if (code === COPYRIGHT_CODE) signs |= FOOTER_LEAD_SIGN;
    else if (p + 1 < n) signs |= starts.pairs[pairKey(code, lower.charCodeAt(p + 1))];
    // Most lines start with a letter of a-z (lower-cased), which is neither white space nor decoration.
    if ((code >= LATIN_SMALL_A && code <= LATIN_SMALL_Z) || (!isWhiteSpace(code) && !starts.decoration.has(code))) break;
  }
  return signs !== 0 && (lead ??= leadPattern()).test(lower) ? signs : 0;
}
const COPYRIGHT_CODE = 0xa9;
const LATIN_SMALL_A = 0x61;
const LATIN_SMALL_Z = 0x7a;
// Keys of the pair table: 4,096 one-byte slots of signs, in which the 80 or so first pairs of the words seldom meet.
const PAIR_KEY_BITS = 12;
const PAIR_MULTIPLIER = 0x9e3779b1; // Fibonacci hashing, as line-signature.ts and skip-scan.ts
const pairKey = (first: number, second: number): number => Math.imul((first << 16) | second, PAIR_MULTIPLIER) >>> (32 - PAIR_KEY_BITS);
// Built on first use, not at load.
let leadStarts: { pairs: Uint8Array; decoration: ReadonlySet<number> } | undefined;
function leadStartTable(): { pairs: Uint8Array; decoration: ReadonlySet<number> } {
  const pairs = new Uint8Array(1 << PAIR_KEY_BITS);
  const mark = (firsts: readonly string[], seconds: readonly string[], sign: number) => {
    for (const a of firsts) for (const b of seconds) pairs[pairKey(a.charCodeAt(0), b.charCodeAt(0))] |= sign;
  };
  for (const [sign, words] of LEAD_WORDS()) for (const word of words) mark([word[0]], [word[1]], sign);
  // caseless() spells each letter as the class of its forms: every form of the first two letters.
  for (const word of SHARE_OR_FOLLOW_WORDS) mark(caselessForms(word[0]), caselessForms(word[1]), SHARE_LEAD_SIGN);
  return { pairs, decoration: new Set([...LEADING_DECORATION_CHARS].map((ch) => ch.charCodeAt(0))) };
}
