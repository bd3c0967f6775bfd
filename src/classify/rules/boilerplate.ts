/** Page furniture recognised by its words: ad labels, share buttons, footers, consent banners, legal notices. */
import { hasPromoPhrase, isAdLabel, isConsentText, isFollowPrompt, isFooterLine, isLegalNotice, isShareLabel } from '../../cues/boilerplate.js';
import { ALL_SIGNS, LEAD_SIGN, PHRASE_SIGN, SEPARATOR_SIGN } from '../../cues/cue-signs.js';
import type { Reason } from '../labels.js';

// Footer prefixes ("Copyright …") only count on lines this short; a paragraph that
// happens to start with "Newsletter" or "Copyright" is still a paragraph.
const MAX_FOOTER_LINE_CHARS = 220;
// Consent banners and legal notices explain themselves at length, but not at article length.
const MAX_CONSENT_CHARS = 1200;
// Legal and newsletter phrases mark a short block as furniture; in a long one they are a mention.
const MAX_PROMO_CHARS = 300;

/** `signs`: what cueSigns() read in the text, when the caller has read it; a test is skipped only without the sign it needs. */
export function boilerplateCue(text: string, signs = ALL_SIGNS): Reason | null {
  // A whole-line label (its key in the table), or several labels between separators.
  if (signs & (PHRASE_SIGN | SEPARATOR_SIGN) && isAdLabel(text)) return { rule: 'cue.ad', detail: text };
  // The same, or a share verb leading the line (SHARE_LEAD).
  if (signs & (PHRASE_SIGN | SEPARATOR_SIGN | LEAD_SIGN) && isShareLabel(text)) return { rule: 'cue.share', detail: text };
  // "©" or a footer prefix's first word starts the line.
  if (signs & LEAD_SIGN && text.length <= MAX_FOOTER_LINE_CHARS && isFooterLine(text)) return { rule: 'cue.footer', detail: text.slice(0, 40) };
  if (text.length <= MAX_CONSENT_CHARS && isConsentText(text)) return { rule: 'cue.consent', detail: text.slice(0, 40) };
  if (text.length <= MAX_CONSENT_CHARS && isLegalNotice(text)) return { rule: 'cue.legal', detail: text.slice(0, 40) };
  if (text.length <= MAX_PROMO_CHARS && hasPromoPhrase(text)) return { rule: 'cue.promo', detail: text.slice(0, 40) };
  if (signs & LEAD_SIGN && isFollowPrompt(text)) return { rule: 'cue.follow', detail: text.slice(0, 40) };
  return null;
}
