/** Page furniture recognised by its words: ad labels, share buttons, footers, consent banners, legal notices. */
import { hasPromoPhrase, isAdLabel, isConsentText, isFollowPrompt, isFooterLine, isLegalNotice, isShareLabel } from '../../cues/boilerplate.js';
import type { Reason } from '../labels.js';

// Footer prefixes ("Copyright …") only count on lines this short; a paragraph that
// happens to start with "Newsletter" or "Copyright" is still a paragraph.
const MAX_FOOTER_LINE_CHARS = 220;
// Consent banners and legal notices explain themselves at length, but not at article length.
const MAX_CONSENT_CHARS = 1200;
// Legal and newsletter phrases mark a short block as furniture; in a long one they are a mention.
const MAX_PROMO_CHARS = 300;

export function boilerplateCue(text: string): Reason | null {
  if (isAdLabel(text)) return { rule: 'cue.ad', detail: text };
  if (isShareLabel(text)) return { rule: 'cue.share', detail: text };
  if (text.length <= MAX_FOOTER_LINE_CHARS && isFooterLine(text)) return { rule: 'cue.footer', detail: text.slice(0, 40) };
  if (text.length <= MAX_CONSENT_CHARS && isConsentText(text)) return { rule: 'cue.consent', detail: text.slice(0, 40) };
  if (text.length <= MAX_CONSENT_CHARS && isLegalNotice(text)) return { rule: 'cue.legal', detail: text.slice(0, 40) };
  if (text.length <= MAX_PROMO_CHARS && hasPromoPhrase(text)) return { rule: 'cue.promo', detail: text.slice(0, 40) };
  if (isFollowPrompt(text)) return { rule: 'cue.follow', detail: text.slice(0, 40) };
  return null;
}
