/** Page furniture recognised by its words: ad labels, share buttons, footers, consent banners, legal notices. */
import { hasPromoPhrase, isAdLabel, isConsentText, isFollowPrompt, isFooterLine, isLegalNotice, isShareLabel, MAX_COMMENT_NOTICE_CHARS, mayHoldFurniturePhrase } from '../../cues/boilerplate.js';
import { lowerCase } from '../../cues/phrase-set.js';
import { ALL_SIGNS, FOOTER_LEAD_SIGN, FURNITURE_PHRASE_SIGN, PHRASE_SIGN, SEPARATOR_SIGN, SHARE_LEAD_SIGN } from '../../cues/cue-signs.js';
import type { Reason } from '../labels.js';

// Footer prefixes ("Copyright …") only count on lines this short; a paragraph that
// happens to start with "Newsletter" or "Copyright" is still a paragraph.
const MAX_FOOTER_LINE_CHARS = 220;
// Consent banners and legal notices explain themselves at length, but not at article length.
const MAX_CONSENT_CHARS = 1200;
// Legal and newsletter phrases mark a short block as furniture; in a long one they are a mention.
const MAX_PROMO_CHARS = 300;

// The start of a long furniture line that --explain shows as the cue's detail.
const DETAIL_CHARS = 40;

/** `signs`: what cueSigns() read in the text, when the caller has read it; a test is skipped only without the sign it needs. */
export function boilerplateCue(text: string, signs = ALL_SIGNS): Reason | null {
  // A whole-line label (its key in the table), or several labels between separators.
  if (signs & (PHRASE_SIGN | SEPARATOR_SIGN) && isAdLabel(text)) return { rule: 'cue.ad', detail: text };
  // The same, or a share verb leading the line (SHARE_LEAD).
  if (signs & (PHRASE_SIGN | SEPARATOR_SIGN | SHARE_LEAD_SIGN) && isShareLabel(text)) return { rule: 'cue.share', detail: text };
  const rule = longerLineRule(text, signs);
  // One place that cuts the detail for every rule: a rare rule's own text.slice, first reached in a long batch,
  // deoptimised this function for want of type feedback.
  return rule === null ? null : { rule, detail: text.slice(0, DETAIL_CHARS) };
}

/**
 * Whether a line may be furniture that no sign gates (cue-signs.ts): consent, legal or promotion text (longerLineRule)
 * or a comments notice (isCommentNotice, a stop cue of readCues). Each of the four tests reads no line longer than its
 * cut, and asks mayHoldFurniturePhrase's scan (with its own table's share of the short phrases) before its regex: a line
 * longer than every cut, or in which the scan finds no phrase of any table, is none of them. readCues asks this of
 * every line it reads, for FURNITURE_PHRASE_SIGN (cue-signs.ts), which gates the four. `short`: false for a line that
 * cannot hold a phrase too short for the scan (SHORT_PHRASE_SIGN), which is then not searched for one.
 */
export function mayBeUnsignedFurniture(text: string, short = true): boolean {
  return text.length <= MAX_UNSIGNED_FURNITURE_CHARS && mayHoldFurniturePhrase(lowerCase(text), short);
}
// The longest cut of the four tests mayBeUnsignedFurniture stands for.
const MAX_UNSIGNED_FURNITURE_CHARS = Math.max(MAX_CONSENT_CHARS, MAX_PROMO_CHARS, MAX_COMMENT_NOTICE_CHARS);

/** The rule of furniture that may run longer than a label: a footer, consent, legal, promotion or follow line; else null. */
function longerLineRule(text: string, signs: number): string | null {
  // "©" or a footer prefix's first word starts the line.
  if (signs & FOOTER_LEAD_SIGN && text.length <= MAX_FOOTER_LINE_CHARS && isFooterLine(text)) return 'cue.footer';
  // Consent, legal and promotion text need a furniture phrase (FURNITURE_PHRASE_SIGN, mayBeUnsignedFurniture).
  if (signs & FURNITURE_PHRASE_SIGN) {
    if (text.length <= MAX_CONSENT_CHARS && isConsentText(text)) return 'cue.consent';
    if (text.length <= MAX_CONSENT_CHARS && isLegalNotice(text)) return 'cue.legal';
    if (text.length <= MAX_PROMO_CHARS && hasPromoPhrase(text)) return 'cue.promo';
  }
  if (signs & SHARE_LEAD_SIGN && isFollowPrompt(text)) return 'cue.follow';
  return null;
}
