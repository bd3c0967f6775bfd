/** Page furniture recognised by its words: ad labels, share buttons, footers, consent banners. */
import { AD_LINE, FOOTER_LINE, SHARE_LINE } from '../../cues/boilerplate.js';
import type { Reason } from '../labels.js';

// Footer prefixes ("Copyright …") only count on lines this short; a paragraph that
// happens to start with "Newsletter" or "Copyright" is still a paragraph.
const MAX_FOOTER_LINE_CHARS = 220;

export function boilerplateCue(text: string): Reason | null {
  if (AD_LINE.test(text)) return { rule: 'cue.ad', detail: text };
  if (SHARE_LINE.test(text)) return { rule: 'cue.share', detail: text };
  if (text.length <= MAX_FOOTER_LINE_CHARS && FOOTER_LINE.test(text)) return { rule: 'cue.footer', detail: text.slice(0, 40) };
  return null;
}
