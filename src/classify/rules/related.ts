/**
 * Lists of other stories: a heading and the items under it, each a title with
 * an optional teaser. Sites print an item as title, title, teaser, title
 * (image alt, link, teaser, link): repeats of the current title fold into one
 * item. Metadata lines (date, read time) close an item; a line that is neither
 * an item, a teaser nor metadata ends the list.
 */
import { COMMENT_META_LINE, RELATIVE_TIME_LINE, isAuthorBoxLine, isCommentHeading } from '../../cues/boilerplate.js';
import { inlineRelatedHeadline, isListHeadingText, isRelatedHeadingText, MORE_SECTION_LINE } from '../../cues/related.js';
import { opensWithOneOf } from '../../cues/phrase-regex.js';
import { isAsciiDigit } from '../../features/char-class.js';
import { lowerCase } from '../../cues/phrase-set.js';
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import { THRESHOLDS as T } from '../thresholds.js';

export interface RelatedItemBlocks {
  title: string;
  summary: string | null;
  /** Indices of every block the item was read from. */
  blocks: number[];
}

export interface RelatedList {
  heading: number;
  items: RelatedItemBlocks[];
  /** Exclusive end of the list. */
  end: number;
}

// A list heading is short; a long line that starts "Related …" is prose.
const MAX_HEADING_CHARS = 60;
// A comment header is a name, a date and "said:"; longer lines ending in "said:" introduce a quote.
const MAX_COMMENT_META_CHARS = 100;
// A kicker in capitals is a label of a few words, not a shouted headline.
const MAX_CAPS_KICKER_WORDS = 5;
const MIN_CAPS_KICKER_UPPER = 0.9;
// A teaser is at least this long; shorter lines after a title are metadata or the next title.
const MIN_SUMMARY_CHARS = 40;
// A line cut with an ellipsis is a teaser only when long; short ones are truncated headlines.
const MIN_ELLIPSIS_TEASER_CHARS = 100;
// Items enough to tell a list's style (with or without teasers).
const MIN_ITEMS_FOR_LIST_STYLE = 3;
// A related title is a headline, not a paragraph.
const MAX_ITEM_TITLE_CHARS = 220;
// Item metadata ("Nov 18, 2019", "5 min read", "2 hours ago", "12 comments") is short.
const MAX_META_CHARS = 60;
const META = /^\d+\s*(?:min|mins|minutes?|hrs?|hours?)\b|\bago$|^\d+\s+comments?$|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?$/; // tested on lower-cased text
// Read once from the thresholds (never assigned at run time): a module constant, which V8 folds, where T.… is an
// imported binding it reads at every use, on every line of a list.
const { relatedTitleMinWords: RELATED_TITLE_MIN_WORDS } = T;

export function isRelatedHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && (isRelatedHeadingText(text) || mayBeMoreSection(lowerCase(text)));
}
// MORE_SECTION_LINE only for a line that starts as both its branches must (more, other): string comparisons in place of a
// regex call on most lines (readRelatedList asks each line of a list).
const mayBeMoreSection = (lower: string): boolean => (lower.startsWith('more') || lower.startsWith('other')) && MORE_SECTION_LINE.test(lower);

/** A site-wide list heading ("Most read", "Trending"): the article is over, but its items are not related. */
export function isListHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && isListHeadingText(text);
}

export function isCommentsHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && isCommentHeading(text);
}

/** The header line of one reader comment ("Alex on September 17, 2018 at 6:34 am said:"). */
export function isCommentMeta(text: string): boolean {
  if (text.length > MAX_COMMENT_META_CHARS) return false;
  const lower = lowerCase(text);
  // A comment header ends in a colon: only then is COMMENT_META_LINE worth trying.
  return (endsInColon(lower) && COMMENT_META_LINE.test(lower)) || (mayBeRelativeTime(lower) && RELATIVE_TIME_LINE.test(lower));
}
export const endsInColon = (lower: string): boolean => lower.trimEnd().endsWith(':');
/**
 * Whether isCommentMeta may hold: the line no longer than its cut, and either gate of its two regexes open. `colon`: the
 * line may have a ':' (cue-signs.ts's COLON_SIGN), which endsInColon cannot hold without; `ago`: its lower case may hold
 * "ago" (AGO_SIGN).
 */
export function mayBeCommentMeta(text: string, colon: boolean, ago: boolean): boolean {
  if (text.length > MAX_COMMENT_META_CHARS) return false;
  const lower = lowerCase(text);
  return (colon && endsInColon(lower)) || mayBeRelativeTime(lower, ago);
}
/**
 * What RELATIVE_TIME_LINE needs: "ago", or a line opening with another language's form or a rating. Few lines have
 * either, and the long regex is then neither run nor, in a one-page run, compiled. /ago|^(?:hace|…)/ as a string
 * search and an anchored regex: the unanchored alternation tried its anchored branch at every offset. `ago`: false for a
 * line whose lower case cannot hold "ago" (cue-signs.ts's AGO_SIGN), which is then not searched for it.
 */
export const mayBeRelativeTime = (lower: string, ago = true): boolean => (ago && lower.includes('ago')) || (opensWithOneOf(lower, OTHER_RELATIVE_TIME_OPENINGS) && OTHER_RELATIVE_TIME_START.test(lower));
const OTHER_RELATIVE_TIME_START = /^(?:hace|il y a|vor|há|rating:)/;
// What each branch of OTHER_RELATIVE_TIME_START opens with.
const OTHER_RELATIVE_TIME_OPENINGS = 'hivr';

/** "About the author", "Über Moritz Bachmann": an author box follows the article. */
export function isAuthorBox(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && isAuthorBoxLine(text);
}

/** "Also read: Another headline" inside a body: the headline, or null. */
export function inlineRelatedTitle(text: string): string | null {
  const headline = inlineRelatedHeadline(text);
  return headline && headline.split(/\s+/).length >= RELATED_TITLE_MIN_WORDS ? headline : null;
}

/**
 * @param isFurniture whether a block holds a cue (steps/cues.ts): furniture words or a stop. Every line that
 *   isRelatedHeading, isListHeading, isCommentsHeading or isAuthorBox accepts is a stop cue's (readCues tries each of
 *   them), so this alone ends the list at another heading, the comments or an author box, as at furniture.
 */
export function readRelatedList(
  blocks: readonly Block[],
  features: readonly Features[],
  heading: number,
  isFurniture: (i: number) => boolean,
): RelatedList {
  const items: RelatedItemBlocks[] = [];
  let current: RelatedItemBlocks | null = null;
  // What is asked of the current item alone, kept beside it, not in it (so that items are handed on as they are, not
  // copied): whether it is closed (no teaser may follow), and its title's comparison key from features (bullet
  // stripped, lower case), to fold repeats.
  let closed = false;
  let currentKey = '';
  let end = heading + 1;
  // Kickers ("Markets", "Analysis") stand above every item of a list that has them; a short line
  // above the next headline in a list without them is the heading of another box ("DH Picks").
  let kickers = 0;
  // A second label may stand above a kicker ("Warning", then "EYE POPPING", then the headline).
  let kickerAbove = false;
  // A kicker line: isKicker(f) && (f.words < RELATED_TITLE_MIN_WORDS || kickers > 0), asked as its equal
  // f.words < RELATED_TITLE_MIN_WORDS || (kickers > 0 && isKicker(f)) (so few words make a kicker), the counts first:
  // an item title in a list without kickers is then answered without its share of capitals. All the tests are pure.
  for (let i = heading + 1; i < blocks.length; i++) {
    const text = blocks[i].text;
    const f = features[i];
    if (isFurniture(i)) break;
    // A repeat of the current title is folded before anything else is asked: inlineRelatedTitle (pure) only after.
    const inline: string | null = current && f.key === currentKey ? null : inlineRelatedTitle(text);
    if (current && f.key === currentKey) {
      current.blocks.push(i);
    } else if (inline) {
      current = { title: inline, summary: null, blocks: [i] };
      closed = true;
      currentKey = inline.toLowerCase();
      items.push(current);
    } else if (isMeta(text, f)) {
      if (current) {
        current.blocks.push(i);
        closed = true;
      }
    } else if (current && !closed && current.summary === null && isTeaser(text, f) && !listWithoutTeasers(items) && !proseFollows(blocks, features, i, isFurniture)) {
      current.summary = text;
      current.blocks.push(i);
    } else if ((kickers === items.length || kickerAbove) && (f.words < RELATED_TITLE_MIN_WORDS || (kickers > 0 && isKicker(f))) && kickerLeadsToTitle(blocks, features, i)) {
      kickers++;
      kickerAbove = true;
      end = i + 1;
      continue;
    } else if (isItemTitle(text, f)) {
      current = { title: text, summary: null, blocks: [i] };
      closed = false;
      currentKey = f.key;
      items.push(current);
    } else {
      break;
    }
    kickerAbove = false;
    end = i + 1;
  }
  // The items as read: an array literal grown by push (packed, in V8's interpreter and optimised alike; an array from
  // .map() changed kind and deoptimised assemble, which reads the list), of objects with nothing but the item's fields.
  return { heading, items, end };
}

/**
 * A teaser is followed by the next item, a repeat or the end of the list; a paragraph
 * followed by another paragraph is the article resuming after an inline widget.
 */
function proseFollows(blocks: readonly Block[], features: readonly Features[], i: number, isFurniture: (i: number) => boolean): boolean {
  let j = i + 1;
  while (j < blocks.length && isFurniture(j) && !isRelatedHeading(blocks[j].text) && !isListHeading(blocks[j].text)) j++;
  const next = features[j];
  return next !== undefined && next.chars >= MIN_SUMMARY_CHARS * 2 && next.endsSentence && !isItemTitle(blocks[j].text, next);
}

/** Lists are printed alike: after several items without a teaser, a paragraph is not the next item's teaser. */
function listWithoutTeasers(items: readonly RelatedItemBlocks[]): boolean {
  // The items before the last, read in place (no slice copy).
  const earlier = items.length - 1;
  if (earlier < MIN_ITEMS_FOR_LIST_STYLE) return false;
  for (let k = 0; k < earlier; k++) if (items[k].summary !== null) return false;
  return true;
}

function isMeta(text: string, f: Features): boolean {
  return f.chars <= MAX_META_CHARS && ((f.date !== null && f.chars - f.date.text.length < 25) || (mayBeMeta(text) && META.test(lowerCase(text))));
}

/**
 * What META needs: each branch opens with a digit (^\d) or ends the line with "ago". Lower-casing keeps a digit and
 * makes one only of a digit, and makes a, g or o only of a, g, o or their capitals (its one mapping to more than one
 * unit, İ, ends in a combining dot): so a line with neither is answered without its lower-cased copy or the regex.
 */
function mayBeMeta(text: string): boolean {
  if (isAsciiDigit(text.charCodeAt(0))) return true;
  const n = text.length;
  return n >= 3 && (text.charCodeAt(n - 3) | ASCII_LOWER_BIT) === LOWER_A && (text.charCodeAt(n - 2) | ASCII_LOWER_BIT) === LOWER_G && (text.charCodeAt(n - 1) | ASCII_LOWER_BIT) === LOWER_O;
}
// ORed into an ASCII capital, its lower case; a lower-case letter stays itself.
const ASCII_LOWER_BIT = 0x20;
const LOWER_A = 0x61;
const LOWER_G = 0x67;
const LOWER_O = 0x6f;

// The line endings the list tests read, as module constants: a regex literal in a function makes a new RegExp object at
// each call (isTeaser and isItemTitle are asked of every line of a list).
// A line cut with an ellipsis.
const ELLIPSIS_END = /(?:\.\.\.|…)$/;
// A question or an exclamation, perhaps inside closing quotes.
const QUESTION_OR_EXCLAMATION_END = /[?!]["'”’]?$/;
// What a headline that ends a sentence may end with: a question, an exclamation or an ellipsis.
const TITLE_END = /(?:[?!]["'”’]?|\.\.\.|…)$/;

function isTeaser(text: string, f: Features): boolean {
  // A teaser reads as a sentence; a question or an ellipsis-cut line is more often the next headline.
  if (f.chars < MIN_SUMMARY_CHARS) return false;
  if (ELLIPSIS_END.test(text)) return f.chars >= MIN_ELLIPSIS_TEASER_CHARS;
  return f.endsSentence && !QUESTION_OR_EXCLAMATION_END.test(text);
}

/** A kicker is a short label, or a few words in capitals ("RANDY ANDY", "‘NAÏVE AND TRUSTING’"). */
function isKicker(f: Features): boolean {
  return f.words < RELATED_TITLE_MIN_WORDS || (f.words <= MAX_CAPS_KICKER_WORDS && f.upperRatio >= MIN_CAPS_KICKER_UPPER);
}

/** A kicker stands right above a headline, or above one more kicker and then the headline. */
function kickerLeadsToTitle(blocks: readonly Block[], features: readonly Features[], i: number): boolean {
  for (let j = i + 1; j < Math.min(blocks.length, i + 3); j++) {
    if (isItemTitle(blocks[j].text, features[j]) && !isKicker(features[j])) return true;
    if (!isKicker(features[j])) return false;
  }
  return false;
}

function isItemTitle(text: string, f: Features): boolean {
  return f.words >= RELATED_TITLE_MIN_WORDS && f.chars <= MAX_ITEM_TITLE_CHARS && (!f.endsSentence || TITLE_END.test(text));
}
