/** Image credits and captions: "Picture Courtesy: X/ MEA India", "… (Photo: AFP/Getty Images)". */
import { CREDIT_LINE, PHOTO_AGENCIES, TRAILING_CREDIT } from '../../cues/credits.js';
import { phraseAlternation } from '../../cues/phrase-regex.js';

export interface CreditMatch {
  /** The credited source as printed ("X/ MEA India", "AFP/Getty Images"). */
  credit: string;
  /** The whole block is the credit (true) or a caption that ends with one (false). */
  standalone: boolean;
}

// A credit line is short; a long block that starts with "Photo:" is a caption paragraph.
const MAX_CREDIT_LINE_CHARS = 160;
// Captions are a sentence or two; beyond this a trailing "(Photo: …)" sits at the end of a paragraph.
const MAX_CAPTION_CHARS = 400;
// A credit names a source in a few words; more is a sentence that begins "Source: …".
const MAX_CREDIT_WORDS = 10;

const AGENCY_ONLY = new RegExp(`^[([]?(?:${phraseAlternation(PHOTO_AGENCIES)})(?:\\s*[/|,&]\\s*(?:${phraseAlternation(PHOTO_AGENCIES)}))*[)\\]]?$`, 'iu');

export function matchCredit(text: string): CreditMatch | null {
  if (text.length <= MAX_CREDIT_LINE_CHARS) {
    const whole = CREDIT_LINE.exec(text);
    if (whole && whole[1] && wordCount(whole[1]) <= MAX_CREDIT_WORDS && !/[.!?]$/.test(whole[1])) {
      return { credit: whole[1], standalone: true };
    }
    if (AGENCY_ONLY.test(text)) return { credit: text.replace(/^[([]|[)\]]$/g, ''), standalone: true };
  }
  if (text.length <= MAX_CAPTION_CHARS) {
    const trailing = TRAILING_CREDIT.exec(text);
    const credit = trailing && (trailing[1] ?? trailing[2]);
    if (credit && wordCount(credit) <= MAX_CREDIT_WORDS) return { credit: credit.trim(), standalone: false };
  }
  return null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
