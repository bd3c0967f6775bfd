/**
 * Step 1 of classify, cues: what each block's own words (or, on the HTML path, its markup) say
 * before anything is scored: furniture words, image credits and captions, and the lines after
 * which the article does not go on (related and comments headings), the body region's hard stops.
 */
import type { Block } from '../../blocks/block.js';
import { isCommentNotice } from '../../cues/boilerplate.js';
import { ABOUT_LEAD_SIGN, AGO_SIGN, COLON_SIGN, COMMENT_META_SIGN, CREDIT_SIGN, cueSigns, FURNITURE_PHRASE_SIGN, HEADING_LEAD_SIGN, PHRASE_SIGN, SHORT_PHRASE_SIGN } from '../../cues/cue-signs.js';
import type { Features } from '../../features/features.js';
import { lineSignature, SIGNATURE_SLOTS } from '../../features/line-signature.js';
import { knowLowerCase } from '../../cues/phrase-set.js';
import type { Reason } from '../labels.js';
import { boilerplateCue, mayBeUnsignedFurniture } from '../rules/boilerplate.js';
import { matchCredit, type CreditMatch } from '../rules/image-credit.js';
import { markupCue } from '../rules/markup.js';
import { isAuthorBox, isCommentMeta, isCommentsHeading, isListHeading, isRelatedHeading, mayBeCommentMeta } from '../rules/related.js';

export interface PageCues {
  /** Per block, the cue that marks it as furniture or a stop; null for a block its words do not mark. */
  cue: Array<Reason | null>;
  /** Blocks that read as an image credit or a caption, with what was matched. */
  credits: Map<number, CreditMatch>;
  /** Blocks the body region may not run past (STOP_CUES). */
  stops: Set<number>;
}

/**
 * Lines after which the article does not go on, tried in this order; each is a hard stop for the body region.
 * Each with the signs (cue-signs.ts) its test cannot match without: a heading table's key, the word
 * MORE_SECTION_LINE, MOST_READ_SECTION or ABOUT_NAME starts with, or (tests that scan the whole line) what their gates find.
 * Objects, not [test, rule, signs] tuples: stopCue's destructuring of a tuple went through the array iterator,
 * its costliest line (about 2% of readCues in a profile, half that as objects).
 */
const STOP_CUES: ReadonlyArray<{ test: (text: string) => boolean; rule: string; needs: number }> = [
  { test: isRelatedHeading, rule: 'cue.related-heading', needs: PHRASE_SIGN | HEADING_LEAD_SIGN },
  { test: isCommentsHeading, rule: 'cue.comments-heading', needs: PHRASE_SIGN },
  { test: isCommentNotice, rule: 'cue.comments-notice', needs: FURNITURE_PHRASE_SIGN },
  { test: isCommentMeta, rule: 'cue.comment-meta', needs: COMMENT_META_SIGN },
  { test: isListHeading, rule: 'cue.list-heading', needs: PHRASE_SIGN | HEADING_LEAD_SIGN },
  { test: isAuthorBox, rule: 'cue.author-box', needs: PHRASE_SIGN | ABOUT_LEAD_SIGN },
];

/**
 * A page prints many of its short lines more than once (menu items, share buttons, "Advertisement", a credit
 * under each photo): what such a line's words say is read once per page and given to its repeats. Longer
 * lines rarely repeat.
 */
const MAX_REMEMBERED_CHARS = 80;
/**
 * Where a repeat finds the line read before: a table of the last block read with each signature
 * (line-signature.ts), by block index, instead of a Map of the lines (hashing a line reads all of it, and the
 * Map grew with each page). A slot is trusted only if it names an earlier block of this page with the same
 * text, so a slot another line took, or left by another page, only costs a repeat its reading again: the
 * table needs no clearing.
 */
let lastRead: Int32Array | null = null;

/** What a block's words say (readText): all of it a function of the text alone. */
interface TextCues {
  credit: CreditMatch | null;
  /** The rule of the stop cue the text shows, or null. */
  stop: string | null;
  /** Without a stop: the furniture its words name, or the credit or caption label it stands for; else null. */
  furniture: Reason | null;
}
/**
 * What most lines' words say: nothing. One object for all of them, as readCues only reads a TextCues and hands
 * on what it holds (objects of their own for each block), so no line needs one of its own.
 */
const NO_CUES: TextCues = { credit: null, stop: null, furniture: null };

/** `features`: the blocks' features, when the caller has them: their keys spare the rules lower-casing each text again. */
export function readCues(blocks: readonly Block[], features?: readonly Features[]): PageCues {
  const n = blocks.length;
  const cue: Array<Reason | null> = new Array(n).fill(null);
  const credits = new Map<number, CreditMatch>();
  const stops = new Set<number>();
  const table = (lastRead ??= new Int32Array(SIGNATURE_SLOTS));
  const read: TextCues[] = new Array(n).fill(NO_CUES); // one slot a block, filled as it is read: no growing by push
  for (let i = 0; i < n; i++) {
    const text = blocks[i].text;
    const f = features?.[i];
    // A block whose feature key no other block has (repeats 0) has a text no other block has (copies share their key):
    // no repeat of it is looked for, or will look for it. Most blocks are printed once.
    const slot = text.length <= MAX_REMEMBERED_CHARS && (f === undefined || f.repeats !== 0) ? lineSignature(text) : -1;
    const earlier = slot < 0 ? -1 : table[slot];
    let cues: TextCues;
    if (earlier >= 0 && earlier < i && blocks[earlier].text === text) {
      // Objects of their own for each repeat, as reading the line again would give.
      const first = read[earlier];
      cues = first === NO_CUES ? NO_CUES : { credit: first.credit && { ...first.credit }, stop: first.stop, furniture: first.furniture && { ...first.furniture } };
    } else {
      // A block's feature key is its text lower-cased, but for a bullet, which the key leaves out (features.ts).
      if (f !== undefined && !f.bullet) knowLowerCase(text, f.key);
      cues = readText(text);
      if (slot >= 0) table[slot] = i;
    }
    read[i] = cues;
    if (cues.credit) credits.set(i, cues.credit);
    if (cues.stop !== null) {
      cue[i] = { rule: cues.stop, detail: text };
      stops.add(i);
    } else {
      cue[i] = cues.furniture ?? markupCue(blocks[i].markup); // HTML path: furniture the markup names (rules/markup.ts)
    }
  }
  return { cue, credits, stops };
}

function readText(text: string): TextCues {
  const signs = lineSigns(text);
  const credit = matchCredit(text, signs);
  // A line without any sign but perhaps the credit and colon signs, which no other test needs, has no cue but its credit:
  // without a credit it is answered at once (tests/classify/steps/cues.test.ts).
  if (credit === null && (signs & ~(CREDIT_SIGN | COLON_SIGN)) === 0) return NO_CUES;
  const stop = stopCue(text, signs);
  const furniture = stop !== null ? null
    : boilerplateCue(text, signs) ?? (credit?.standalone ? { rule: credit.credit ? 'cue.credit' : 'cue.caption-label', detail: credit.credit ?? undefined } : null);
  return credit === null && stop === null && furniture === null ? NO_CUES : { credit, stop, furniture };
}

/**
 * Every sign readCues reads in a line: those of cueSigns, and two for the tests no sign of cueSigns gates (a comment
 * notice, a comment header, consent, legal or promotion text), which scan the whole line. Each of them asks one of two
 * things first: a furniture phrase (mayBeUnsignedFurniture), or (isCommentMeta) a final colon or a relative time
 * (mayBeCommentMeta; a line without the colon sign has no colon at all, cue-signs.ts). As signs, they spare a line with
 * other signs those tests too: a line that starts with "The", a footer prefix's first word, asks the footer test alone.
 */
export function lineSigns(text: string): number {
  const shown = cueSigns(text);
  return shown
    | (mayBeUnsignedFurniture(text, (shown & SHORT_PHRASE_SIGN) !== 0) ? FURNITURE_PHRASE_SIGN : 0)
    | (mayBeCommentMeta(text, (shown & COLON_SIGN) !== 0, (shown & AGO_SIGN) !== 0) ? COMMENT_META_SIGN : 0);
}

/** The rule of the first stop cue that `text` shows, or null. A loop, not STOP_CUES.find: no closure per block. */
function stopCue(text: string, signs: number): string | null {
  for (let k = 0; k < STOP_CUES.length; k++) {
    const { test, rule, needs } = STOP_CUES[k];
    if ((signs & needs) !== 0 && test(text)) return rule;
  }
  return null;
}
