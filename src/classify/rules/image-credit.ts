/**
 * Image credits and captions: "Picture Courtesy: X/ MEA India", "Image source, Getty Images",
 * "… (Photo: AFP/Getty Images)", "… Photograph: Jane Doe/AFP via Getty Images".
 */
import { CAPTION_LABELS, CREDIT_LABELS, PHOTO_AGENCIES } from '../../cues/credits.js';
import { phraseKey, phraseSet } from '../../cues/phrase-set.js';

export interface CreditMatch {
  /** The credited source as printed ("X/ MEA India", "AFP/Getty Images"); null for a caption label without credit. */
  credit: string | null;
  /** The whole block is the credit (true) or a caption that ends with one (false). */
  standalone: boolean;
}

// A credit line is short; a long block that starts with "Photo:" is a caption paragraph.
const MAX_CREDIT_LINE_CHARS = 160;
// Captions are a sentence or two; beyond this a trailing "(Photo: …)" sits at the end of a paragraph.
const MAX_CAPTION_CHARS = 400;
// A credit names a source in a few words; more is a sentence that begins "Source: …".
const MAX_CREDIT_WORDS = 10;

const LABELS = phraseSet(CREDIT_LABELS);
const CAPTIONS = phraseSet(CAPTION_LABELS);
const AGENCIES = new Set(PHOTO_AGENCIES.map((a) => a.toLowerCase()));

// "Label: credit", "(Label: credit)", "Label, credit" (BBC), "Label | credit".
const LEADING = /^[([]?\s*([^:：|,()[\]]{1,30}?)\s*[:：|,]\s*(.+?)\s*[)\]]?$/u;
// "Photo by Jane Doe".
const BY_FORM = /^[([]?\s*([^:：|,()[\]]{1,20}?)\s+by\s+(.+?)\s*[)\]]?$/iu;
// "… (Photo: AFP)" / "… [Image: Reuters]" at the end of a caption.
const TRAILING_BRACKET = /[([]\s*([^():：[\]]{1,30}?)\s*[:：]\s*([^()[\]]+?)\s*[)\]]\s*$/u;
// "… | Photo Credit: PTI" / "… Photograph: Jane Doe/AFP via Getty Images" at the end of a caption.
const TRAILING_LABEL = /(?:[|]|[.!?”"’]\s)\s*([^|:：.!?]{1,30}?)\s*[:：]\s*([^|:：]+?)\s*$/u;

export function matchCredit(text: string): CreditMatch | null {
  if (text.length <= MAX_CREDIT_LINE_CHARS) {
    const whole = LEADING.exec(text) ?? BY_FORM.exec(text);
    if (whole) {
      const label = phraseKey(whole[1]);
      if (LABELS.has(label) && isCredit(whole[2])) return { credit: whole[2], standalone: true };
      if (CAPTIONS.has(label)) return { credit: null, standalone: true };
    }
    const parts = text.split(/\s*[/|,&]\s*/);
    // "AFP/Getty Images", "Alex Wong | Getty Images": agencies, or a photographer then an agency.
    if (parts.every((part) => AGENCIES.has(phraseKey(part))) || (parts.length <= 3 && AGENCIES.has(phraseKey(parts[parts.length - 1])) && parts.every((p) => p.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(p)))) {
      return { credit: text.replace(/^[([]|[)\]]$/g, ''), standalone: true };
    }
  }
  if (text.length <= MAX_CAPTION_CHARS) {
    const trailing = TRAILING_BRACKET.exec(text) ?? TRAILING_LABEL.exec(text);
    if (trailing && LABELS.has(phraseKey(trailing[1])) && isCredit(trailing[2])) return { credit: trailing[2].trim(), standalone: false };
  }
  return null;
}

function isCredit(credit: string): boolean {
  return credit.split(/\s+/).length <= MAX_CREDIT_WORDS && !/[.!?]$/.test(credit) && !/^\p{Ll}/u.test(credit);
}
