/**
 * What a line must show before any whole-line phrase test or leading-word test of the cues can match it,
 * read once per block so that most blocks, which show none, skip those tests (classify/steps/cues.ts).
 * A sign is a necessary condition, never a verdict: a test gated on a sign runs, as before, whenever the
 * sign is there, so gating changes no result.
 */
import { BOILERPLATE_FIRST_WORDS, BOILERPLATE_LINE_KEYS, hasLabelSeparator, MAX_LABELS_LINE_CHARS, mayHaveCount, SHARE_OR_FOLLOW_WORDS, withoutCount } from './boilerplate.js';
import { MULTIWORD_LABELS, PHOTO_ONLY_KEYS } from './credits.js';
import { caseless, escapeClassCharacters, escapeRegExp } from './phrase-regex.js';
import { firstWords, LEADING_DECORATION_CHARS, lowerCase, phraseKey } from './phrase-set.js';
import { HEADING_FIRST_WORDS, HEADING_LINE_KEYS, withoutTrailer } from './related.js';

/** The line's key, with its count or trailer off, is a key of a whole-line table (ad, share, comment, author, heading, photo-only agency tables). */
export const PHRASE_SIGN = 1;
/** The line starts (after decoration) with a word or character a leading-word test needs (footer, share, follow, about, more, most, credit label). */
export const LEAD_SIGN = 2;
/** The line has a label separator (· • |): several labels on one line ("Share | Tweet"); asked only up to MAX_LABELS_LINE_CHARS, where everyPart reads labels. */
export const SEPARATOR_SIGN = 4;
/** Every sign: what a caller that has not read the signs passes, to run every test. */
export const ALL_SIGNS = PHRASE_SIGN | LEAD_SIGN | SEPARATOR_SIGN;

/** The signs `text` shows: a bit set of the signs above. */
export function cueSigns(text: string): number {
  let signs = 0;
  if (hasPhraseKey(text)) signs |= PHRASE_SIGN;
  if ((lead ??= leadPattern()).test(lowerCase(text))) signs |= LEAD_SIGN;
  if (text.length <= MAX_LABELS_LINE_CHARS && hasLabelSeparator(text)) signs |= SEPARATOR_SIGN;
  return signs;
}

// Built on first use, not at load: a one-page run that never reads cues does not pay for them.
let keys: Set<string> | undefined;
let lead: RegExp | undefined;

/**
 * Whether phraseKey(text), as it is or without a count (isCommentHeading) or trailer (the heading tests),
 * is in some whole-line table: each table test looks up one of these three in its table.
 */
function hasPhraseKey(text: string): boolean {
  keys ??= new Set([...BOILERPLATE_LINE_KEYS, ...HEADING_LINE_KEYS, PHOTO_ONLY_KEYS].flatMap((set) => [...set]));
  const key = phraseKey(text);
  if (keys.has(key)) return true;
  // withoutCount and withoutTrailer give the key itself unless it starts with a digit or ends in ")" (most keys do
  // neither): only then is there another key to look up.
  if (!mayHaveCount(key)) return false;
  const counted = withoutCount(key);
  const trailed = withoutTrailer(key);
  return (counted !== key && keys.has(counted)) || (trailed !== key && keys.has(trailed));
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
function leadPattern(): RegExp {
  const decoration = `[\\s${escapeClassCharacters(LEADING_DECORATION_CHARS)}]*`;
  const words = [...new Set([...BOILERPLATE_FIRST_WORDS(), ...HEADING_FIRST_WORDS, ...firstWords(MULTIWORD_LABELS)])].map(escapeRegExp);
  const leads = SHARE_OR_FOLLOW_WORDS.map(caseless);
  return new RegExp(`^${decoration}(?:(?:${words.join('|')})(?=[:：,.]*(?:\\s|$))|©|${leads.join('|')})`);
}
