/**
 * Image credits and captions: "Picture Courtesy: X/ MEA India", "Image source, Getty Images",
 * "… (Photo: AFP/Getty Images)", "… Photograph: Jane Doe/AFP via Getty Images", "… (AP Photo/Evan Vucci)".
 */
import { CAPTIONS, LABELS, MULTIWORD_LABELS, PHOTO_AGENCIES, PHOTO_ONLY_KEYS as PHOTO_ONLY } from '../../cues/credits.js';
import { ALL_SIGNS, CREDIT_LEAD_SIGN, CREDIT_SIGN, PHRASE_SIGN, SURE_CREDIT_SIGN } from '../../cues/cue-signs.js';
import { CreditScan } from '../../cues/credit-scan.js';
import { LEADING_DECORATION_CHARS, leadingPhrase, lowerCase, MAX_PHRASE_CHARS, maxWordsOf, phraseKey, TRAILING_DECORATION_CHARS } from '../../cues/phrase-set.js';
import { isAsciiDigit, LOWER, startsWithClass, UPPER } from '../../features/char-class.js';

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

const AGENCIES = new Set(PHOTO_AGENCIES.map((a) => a.toLowerCase()));
const MULTIWORD_MAX = maxWordsOf(MULTIWORD_LABELS);
// "© Aaron Schwartz": a copyright sign and a name, no year (a year makes it a site footer).
const COPYRIGHT_NAME = /^©\s*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.'’ -]{1,60})$/;
// "… (WMBK)" / "… (AP)": a station or agency in capitals closing a caption.
// A gallery's counter before its caption: "1of4Grass Valley's …", "1 / 8", "Item 1 of 2 Traders …".
const GALLERY_COUNTER = /^(?:[Ii]tem\s+)?\d{1,3}\s*(?:[Oo][Ff]|\/)\s*\d{1,3}(?:$|\s*[A-ZÀ-ÖØ-Þ]|\s+\S)/;
// The same counter glued to a caption of any length ("1of4Grass Valley's …"): prose never starts so.
const GLUED_GALLERY_COUNTER = /^\d{1,3}(?:of|\/)\d{1,3}[A-ZÀ-ÖØ-Þ]/;
// Labels that name a picture: behind them stands a caption, not a sentence of the article.
const IMAGE_LABEL_WORDS = ['photo', 'image', 'picture', 'pic', 'foto', 'bild', 'imagem', 'imagen', 'illustration', 'grafik'];
const IMAGE_LABEL = new RegExp(IMAGE_LABEL_WORDS.join('|')); // on a phrase key (lower case)
// A part of each credit and caption label (LABELS, CAPTIONS) and each IMAGE_LABEL word, as lower-cased text has it:
// a line in which none stands has no label a form could read (a test checks every label has one).
export const LABEL_STEMS = [...IMAGE_LABEL_WORDS, 'courtesy', 'source', 'credit', 'crédit', 'copyright', 'video', 'fuente', 'quelle', 'fonte', 'reprodução', 'caption', 'leyenda', 'légende', 'legenda', 'फोटो', 'फ़ोटो', 'तस्वीर', 'चित्र', 'साभार', 'कैप्शन'];
// A company name after © is the site's own footer, not a photographer.
const COMPANY = /\b(?:ltd|limited|inc|llc|gmbh|corp|corporation|pvt|plc|media|group|company|news|network)\b/; // on lower-cased text
const TRAILING_CALL_SIGN = /[.!?]\s*\(([A-Z]{2,6})\)$/u;

// "Label: credit", "(Label: credit)", "Label, credit" (BBC), "Label | credit".
const LEADING = /^[([]?\s*([^:：|,()[\]]{1,30}?)\s*[:：|,]\s*(.+?)\s*[)\]]?$/u;
// "Photo by Jane Doe".
const BY_FORM = /^[([]?\s*([^:：|,()[\]]{1,20}?)\s+[Bb][Yy]\s+(.+?)\s*[)\]]?$/;
// "Photo courtesy of the Millbrook Police Department", "Image courtesy NASA".
const COURTESY_FORM = /^[([]?\s*([^:：|,()[\]]{1,20}?)\s+[Cc]ourtesy(?:\s+of)?\s+(?:the\s+)?(.+?)\s*[)\]]?$/;
// "… (AP Photo/Evan Vucci)", "(Reuters Pictures)", "(Getty Images/Pool Photo)": an agency's photo credit in brackets.
const AGENCY_PHOTO = /\(((?:[A-Z][A-Za-z.&'-]*\s+){1,3}(?:Photos?|Pictures?|Images?|Foto|Video)(?:\s*\/\s*[^()/]{1,60}){0,2})\)\s*$/;
// "… (Photo: AFP)" / "… [Image: Reuters]" at the end of a caption.
const TRAILING_BRACKET = /[([]\s*([^():：[\]]{1,30}?)\s*[:：]\s*([^()[\]]+?)\s*[)\]]\s*$/u;
// "… | Photo Credit: PTI" / "… Photograph: Jane Doe/AFP via Getty Images" / "… — Foto: Agência Brasil" at the end of a caption.
const TRAILING_LABEL = /(?:[|—–]|[.!?”"’)]\s|\s-\s)\s*([^|:：.!?—–]{1,30}?)\s*[:：]\s*([^|:：]+?)\s*$/u;
// "… ate a rabbitCredit: Alamy": the credit label run into the caption's last word.
const GLUED_LABEL = /[a-zß-öø-ÿ]((?:Credit|Photo|Image|Picture|Foto|Bild|Crédit)s?)\s*[:：]\s*([^:：]+?)\s*$/;
// The last sentence of a caption, where "REUTERS/Brendan McDermid" or "SYLVIE MARTIN / AFP" stands. Global only to be
// searched from an offset (lastSentence).
const LAST_SENTENCE = /(?:^|[.!?)]\s+)([^.!?]+)$/gu;
// The characters each pattern cannot match without: LEADING's separators, the label colon of the
// trailing forms, the separators an agency credit is split at.
const LEADING_SEPARATOR = /[:：|,]/;
const LABEL_COLON = /[:：]/;
const AGENCY_SEPARATOR = /[/|,&]/;
// What a short line needs for any form but a two-word label or a lone photo agency: a separator or label colon
// (LEADING, the trailing forms, agency lists), "by" (BY_FORM), "courtesy", a gallery counter's start, ©, a closing bracket.
// /[:：|,/&©)]|\s[Bb][Yy]\s|ourtesy|^\d|^[Ii]tem\s/ in three parts, the cheapest first: as one alternation V8 tried
// every branch at every offset. "by" and "courtesy" both hold a y; a line without one skips their regex.
const CREDIT_CHARACTER = /[:：|,/&©)]/;
const CREDIT_WORD = /\s[Bb][Yy]\s|ourtesy/;
const CREDIT_START = /^(?:\d|[Ii]tem\s)/;
export function hasCreditSign(text: string): boolean {
  return CREDIT_CHARACTER.test(text) || ((text.includes('y') || text.includes('Y')) && CREDIT_WORD.test(text)) || CREDIT_START.test(text);
}

/** `signs`: what cueSigns() read in the text, when the caller has read it (readCues); without, every form is tried. */
export function matchCredit(text: string, signs = ALL_SIGNS): CreditMatch | null {
  if (text.length > MAX_CAPTION_CHARS) return null; // no form reads a credit in a paragraph
  let counter = false;
  if (text.length <= MAX_CREDIT_LINE_CHARS) {
    // Nine lines in ten are short, and almost none of them is a credit: without a sign only the two forms that need none can match.
    // CREDIT_SIGN: what hasCreditSign cannot find without; SURE_CREDIT_SIGN: what it finds (cue-signs.ts).
    if ((signs & CREDIT_SIGN) === 0 || ((signs & SURE_CREDIT_SIGN) === 0 && !hasCreditSign(text))) {
      // leadingPhrase, under the bare label, needs a MULTIWORD_LABELS first word (CREDIT_LEAD_SIGN); the agency, its key (mayBePhotoOnly).
      return (signs & CREDIT_LEAD_SIGN ? bareLabelCredit(text) : null) ?? (mayBePhotoOnly(text, signs) ? photoOnlyCredit(text) : null);
    }
    // Every form left needs what mayHoldCredit looks for, the bare label too: its label, a credit or caption label,
    // holds a label stem (tests/cues/cue-signs.test.ts), in a word of the line's lower case (leadingPhrase reads it).
    if (!mayHoldCredit(text, signs)) return null;
    const whole = (LEADING_SEPARATOR.test(text) ? LEADING.exec(text) : null) ?? BY_FORM.exec(text) ?? COURTESY_FORM.exec(text);
    if (whole) {
      const label = phraseKey(whole[1]);
      if (LABELS.has(label) && isCredit(whole[2])) return { credit: whole[2], standalone: true };
      if (CAPTIONS.has(label)) return { credit: null, standalone: true };
      // "Image: Jose Mourinho, left, has replaced …": a caption behind an image label; it may still end with a credit.
      if (IMAGE_LABEL.test(label)) return trailingCredit(text) ?? { credit: null, standalone: true };
    }
    // leadingPhrase, under the bare label, needs a MULTIWORD_LABELS first word (CREDIT_LEAD_SIGN).
    const bare = signs & CREDIT_LEAD_SIGN ? bareLabelCredit(text) : null;
    if (bare) return bare;
    if (GALLERY_COUNTER.test(text)) return trailingCredit(text) ?? { credit: null, standalone: true };
    const copyright = COPYRIGHT_NAME.exec(text);
    if (copyright && !COMPANY.test(copyright[1].toLowerCase())) return { credit: copyright[1].trim(), standalone: true };
    const agency = photoAgencyCredit(text);
    if (agency) return agency;
  } else {
    counter = GLUED_GALLERY_COUNTER.test(text);
  }
  // A caption after a gallery counter is one without a credit. One call of trailingCredit for every line that
  // gets here: a call of its own for the rare counter, first reached in a long batch, deoptimised this function.
  return trailingCredit(text) ?? (counter ? { credit: null, standalone: true } : null);
}

/**
 * Whether the lower-cased line has what some credit form needs: a label stem (the label of LEADING, BY_FORM,
 * COURTESY_FORM and the trailing forms counts only in LABELS or CAPTIONS or with an IMAGE_LABEL word; AGENCY_PHOTO
 * names Photo, Picture, Image, Foto or Video), an agency's first word standing between what may stand around a
 * part of an agency credit (the start, a space, a separator, decoration phraseKey strips: agencyCredit keys each
 * part), a gallery counter's or a copyright's start, or a call sign closing a sentence. Lower-casing keeps the
 * digits, spaces and punctuation these patterns ask for, and turns [A-Z] into [a-z]. Most lines with a comma or
 * a colon have none, and skip the forms.
 *
 * An agency's word serves only agencyCredit, which needs a separator AGENCY_SEPARATOR finds (between the parts of a
 * credit, in the line or its last sentence) or, for a line of one part, the line's key in PHOTO_ONLY (mayBePhotoOnly):
 * the scan looks for one only then.
 */
export function mayHoldCredit(text: string, signs: number): boolean {
  const lower = lowerCase(text);
  return hasAnchoredCreditSign(lower) || (creditScan ??= newCreditScan()).holds(lower, AGENCY_SEPARATOR.test(text) || mayBePhotoOnly(text, signs));
}
// Built on first use, not at load.
let creditScan: CreditScan | undefined;
function newCreditScan(): CreditScan {
  const agencies = [...AGENCIES, ...PHOTO_ONLY].map((a) => a.split(' ')[0]);
  return new CreditScan(LABEL_STEMS, agencies, LEADING_DECORATION_CHARS + SEPARATORS, TRAILING_DECORATION_CHARS + SEPARATORS);
}
// The separators agencyCredit splits a credit at (AGENCY_SEPARATOR), around which an agency's word may stand.
const SEPARATORS = '/|,&';

// The credit signs anchored at a lower-cased line's start or end: a gallery counter's start (GALLERY_COUNTER's and
// GLUED_GALLERY_COUNTER's), © (COPYRIGHT_NAME's), a call sign closing a sentence (TRAILING_CALL_SIGN's).
const COUNTER_START = /^(?:item\s+)?\d{1,3}\s*(?:of|\/)\s*\d/;
const CALL_SIGN_END = /[.!?]\s*\([a-z]{2,6}\)$/;
const COPYRIGHT_CODE = 0xa9;
const SMALL_I = 0x69;
const CLOSING_PARENTHESIS = 0x29;
/** Whether a lower-cased line opens with a gallery counter's start or ©, or ends with a call sign: each regex is asked only of a line that starts or ends as it must. */
function hasAnchoredCreditSign(lower: string): boolean {
  const n = lower.length;
  if (n === 0) return false;
  const first = lower.charCodeAt(0);
  if (first === COPYRIGHT_CODE) return true;
  if ((isAsciiDigit(first) || first === SMALL_I) && COUNTER_START.test(lower)) return true;
  return lower.charCodeAt(n - 1) === CLOSING_PARENTHESIS && CALL_SIGN_END.test(lower);
}

/**
 * Whether a line without a credit sign may be a photo-only agency: its key in PHOTO_ONLY (PHRASE_SIGN). That key is
 * asked of the line without one bracket at either end, but a bracket is decoration that phraseKey strips anyway: up
 * to MAX_PHRASE_CHARS, where phraseKey gives the line a key, both keys are the same. Beyond it, or without the signs
 * read, the line is tried, unless it is longer than MAX_PHRASE_CHARS even without its brackets: then phraseKey gives
 * it the empty key, which is no agency's (without a credit sign, it holds none of the separators agencyCredit splits
 * agencies at, so the key is the line's).
 */
function mayBePhotoOnly(text: string, signs: number): boolean {
  return (signs & PHRASE_SIGN) !== 0 || (text.length > MAX_PHRASE_CHARS && text.length <= MAX_PHRASE_CHARS + EDGE_BRACKETS);
}
// The brackets agencyCredit takes off a line before keying it: one at either end.
const EDGE_BRACKETS = 2;

/** "Image copyright Getty Images", "Image caption Scooter Braun has …": a two-word label without a separator. */
function bareLabelCredit(text: string): CreditMatch | null {
  const bare = leadingPhrase(text, MULTIWORD_LABELS, MULTIWORD_MAX);
  if (!bare) return null;
  if (CAPTIONS.has(bare)) return { credit: null, standalone: true };
  const rest = text.split(/\s+/).slice(bare.split(' ').length).join(' ');
  return rest && isCredit(rest) ? { credit: rest, standalone: true } : null;
}

/** A line that is nothing but a photo credit of agencies ("AFP/Getty Images"), or a photo-only agency ("Getty Images"). */
function photoAgencyCredit(text: string): CreditMatch | null {
  return agencyCredit(text, true) ? { credit: text.replace(EDGE_BRACKET, ''), standalone: true } : null;
}

/**
 * photoAgencyCredit of a line without a credit sign, which holds none of the separators agencyCredit splits a credit at
 * (they are credit characters): its one part, the line without a bracket at either end, is asked alone, as
 * agencyCredit(text, true) asks it, and is the credit photoAgencyCredit gives. Spares the separator regex.
 */
function photoOnlyCredit(text: string): CreditMatch | null {
  const bare = isBracketed(text) ? text.replace(EDGE_BRACKET, '') : text;
  return PHOTO_ONLY.has(phraseKey(bare)) ? { credit: bare, standalone: true } : null;
}

/**
 * The source named by an element the markup marks as a credit ("(Image credit: Sierra Nevada Corp.)",
 * "(Image: gargantiopa / Getty Images)", "Courtesy of Andrew Vaughan"): the text after a credit label.
 * The markup already says it is a credit, so the checks that tell a credit from a sentence are not asked.
 */
export function markedCredit(text: string): string {
  const read = matchCredit(text)?.credit;
  if (read) return read;
  const bare = text.replace(/^[([]\s*|\s*[)\]]$/g, '');
  const labelled = LEADING.exec(bare) ?? BY_FORM.exec(bare);
  // Two credits in sentences of their own ("Photo illustration by Slate. Photo by …") stay as printed.
  if (labelled && LABELS.has(phraseKey(labelled[1])) && !SENTENCE_BREAK.test(labelled[2])) return labelled[2];
  const courtesy = MARKED_COURTESY.exec(bare);
  return courtesy ? courtesy[1] : text;
}
const SENTENCE_BREAK = /[.!?]\s+\S/;
// "Courtesy of Andrew Vaughan", "Courtesy NASA": a marked credit may be nothing but the courtesy.
const MARKED_COURTESY = /^[Cc]ourtesy(?:\s+of)?\s+(?:the\s+)?(.+)$/;

/**
 * A caption that ends with a credit: "… (Photo: AFP)", "… Photograph: X/AFP", "… REUTERS/Name", "… (WMBK)". A line whose
 * last unit is a sentence stop (. ! ?) ends a sentence, not a credit, and is answered without the forms (most captions
 * and paragraphs that get here): each form reads its credit at the line's very end, and none takes one so. The label
 * forms' credit runs to the last unit that is not white space (TRAILING_BRACKET's then is a bracket), which isCredit
 * refuses when it is a stop; the last sentence after that stop is empty, with no separator; AGENCY_PHOTO and
 * TRAILING_CALL_SIGN end in ")". tests/cues/credit-scan.test.ts asks the forms themselves of such lines.
 */
function trailingCredit(text: string): CreditMatch | null {
  return text.length <= MAX_CAPTION_CHARS && !endsInSentenceStop(text) ? trailingFormsCredit(text) : null;
}

/** Whether the last unit of `text` is . ! or ? (a length first: charCodeAt past the end deoptimised callers). */
function endsInSentenceStop(text: string): boolean {
  const last = text.length > 0 ? text.charCodeAt(text.length - 1) : -1;
  return last === FULL_STOP || last === EXCLAMATION_MARK || last === QUESTION_MARK;
}
const FULL_STOP = 0x2e;
const EXCLAMATION_MARK = 0x21;
const QUESTION_MARK = 0x3f;

/** The forms of trailingCredit, asked of any line no longer than MAX_CAPTION_CHARS (exported for its test). */
export function trailingFormsCredit(text: string): CreditMatch | null {
  // Each pattern needs a character most captions lack; looking for it first skips the regex.
  const trailing = LABEL_COLON.test(text) ? (TRAILING_BRACKET.exec(text) ?? TRAILING_LABEL.exec(text) ?? GLUED_LABEL.exec(text)) : null;
  if (trailing && LABELS.has(phraseKey(trailing[1])) && isCredit(trailing[2])) return { credit: trailing[2].trim(), standalone: false };
  // The last sentence has no . ! ? in it, so the separator an agency credit needs stands after the last one.
  const end = lastSentenceEnd(text);
  const last = AGENCY_SEPARATOR.test(text.slice(end + 1)) ? lastSentence(text, end) : undefined;
  if (last && last !== text && agencyCredit(last, false)) return { credit: last, standalone: false };
  const agency = text.endsWith(')') ? AGENCY_PHOTO.exec(text) : null;
  if (agency) return { credit: agency[1], standalone: agency.index === 0 };
  const call = text.endsWith(')') ? TRAILING_CALL_SIGN.exec(text) : null;
  if (call) return { credit: call[1], standalone: false };
  return null;
}

/**
 * "AFP/Getty Images", "Alex Wong | Getty Images", "REUTERS/Brendan McDermid", "SYLVIE MARTIN / AFP":
 * agencies, or a photographer beside an agency. Alone on its line, a bare news wire ("Associated
 * Press") is a byline's agency, not a credit.
 */
function agencyCredit(text: string, alone: boolean): boolean {
  const bare = isBracketed(text) ? text.replace(EDGE_BRACKET, '') : text;
  const parts = AGENCY_SEPARATOR.test(bare) ? bare.split(/\s*[/|,&]\s*/) : [bare];
  // Keys asked part by part, not as parts.map(phraseKey): that array was packed or holey as V8 optimised this
  // function or not, and reading it deoptimised it when the kind changed.
  if (parts.length === 1) return alone && PHOTO_ONLY.has(phraseKey(parts[0]));
  if (parts.length > 3 || !parts.some((p) => AGENCIES.has(phraseKey(p)))) return false;
  return parts.every((p) => p.split(/\s+/).length <= 4 && (p.startsWith('@') || startsWithClass(p, UPPER)));
}

/** Whether `text` has a bracket at either end, which agencyCredit takes off (EDGE_BRACKET). */
function isBracketed(text: string): boolean {
  return text.startsWith('(') || text.startsWith('[') || text.endsWith(')') || text.endsWith(']');
}
// One bracket at either end of an agency credit.
const EDGE_BRACKET = /^[([]|[)\]]$/g;

/**
 * LAST_SENTENCE's sentence, trimmed, searched from `end`, the last . ! or ? (lastSentenceEnd), not from the line's start:
 * its sentence runs to the line's end without one, and what stands before it ([.!?)] and white space, or the start)
 * holds at most one, its first unit; so no match starts before the last stop, and the leftmost match is the same. Tried
 * from every offset, the pattern read the rest of the line at each [.!?)] before the last stop (tens of times a line).
 */
function lastSentence(text: string, end: number): string | undefined {
  LAST_SENTENCE.lastIndex = Math.max(end, 0);
  return LAST_SENTENCE.exec(text)?.[1].trim();
}

/** The trimmed last sentence of `text` as LAST_SENTENCE reads it, or undefined (exported for its test). */
export function lastSentenceOf(text: string): string | undefined {
  return lastSentence(text, lastSentenceEnd(text));
}

/** Offset of the last . ! or ? in the text, or -1. */
function lastSentenceEnd(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && text[i] !== '.' && text[i] !== '!' && text[i] !== '?') i--;
  return i;
}

function isCredit(credit: string): boolean {
  const words = credit.split(/\s+/);
  // A credit names a source; lower-case starts only for one-word agencies ("dpa").
  const startsLower = startsWithClass(credit, LOWER) && !(words.length === 1 && AGENCIES.has(credit.toLowerCase()));
  return words.length <= MAX_CREDIT_WORDS && !/[.!?]$/.test(credit) && !startsLower;
}
