/**
 * Bylines: "By Jane Doe", "Darpan News Desk IANS, 22 Jan, 2026 01:30 PM",
 * "Chris Davies - Nov 19, 2019, 10:31 pm CST". A byline is short and is either
 * introduced by a by-word or is a date plus a few capitalised words.
 */
import { AGENCY_PATTERN, afterByWord } from '../../cues/bylines.js';
import { LETTER, OTHER_LETTER, runStart, startsWithClass, UPPER } from '../../features/char-class.js';
import type { Features } from '../../features/features.js';
import { PUBLISHED_LABELS, UPDATED_LABELS, WEEKDAYS } from '../../cues/dates.js';
import { atomic, caseVariants, escapeRegExp, LATIN_LETTER } from '../../cues/phrase-regex.js';

// A byline is a line of names and a date, never a paragraph.
const MAX_BYLINE_CHARS = 160;
// With a date on the line, the rest must be a name: at most this many words.
const MAX_NAME_WORDS = 8;

export function looksLikeByline(text: string, f: Features): boolean {
  if (text.length > MAX_BYLINE_CHARS || f.endsSentence && !f.date) return false;
  if (afterByWord(text) !== null) return true;
  // Without a date, an agency makes a byline only in a byline's shape: "Reuters, Washington", "IANS | New Delhi".
  // (The counts first: they are already at hand, and every test here is free of side effects. The separator before the
  // share of capitals, which walks the line's words when first read: of ~17 lines a page asked here, ~0.3 have one.)
  if (!f.date) return f.words <= MAX_NAME_WORDS && !f.endsSentence && /[,|/]/.test(text) && f.capitalizedRatio >= 0.5 && AGENCY_PATTERN.test(text);
  if (f.date.weekdayLed && !f.date.hasTime) return false; // "Saturday, February 7, 2026": a page-header date
  // "Monday November 18, 2019 7:45 am PST by Joe Rossignol": the by-word may follow the date.
  const names = namePart(text, f.date.text);
  const rest = afterByWord(names) ?? names;
  const words = rest.split(/\s+/).filter(Boolean);
  // One capitalised word beside a date is a place or zone ("…11:42, UK"), not a name, unless it is an agency.
  if (words.length < 2 && !AGENCY_PATTERN.test(rest)) return false;
  return words.length <= MAX_NAME_WORDS && words.every((w) => startsWithClass(w, UPPER | OTHER_LETTER) || /^(?:and|&|de|da|van|von|der|del|y|e|et|und|,)$/i.test(w.replace(/,$/, '')));
}

const LABELS = [...Object.values(PUBLISHED_LABELS).flat(), ...Object.values(UPDATED_LABELS).flat()];
// "publiziert am …", "Updated : …", "Posted on …": everything from a date label on is the dateline
// ("Posted by Jane Doe on …" is a by-word, not a date label).
// The label and the rest of the line form an atomic group, which V8 compiles far faster than the plain sequence; as
// the group runs to the end of the regex, the regex matches exactly what the plain sequence did.
const DATE_LABEL_WORDS = caseVariants([...LABELS, 'publiziert am', 'publiziert', 'on']).map(escapeRegExp);
export const DATE_LABEL = new RegExp(`(?:^|[\\s|,·•])${atomic('label', `(?:${DATE_LABEL_WORDS.join('|')})(?![${LATIN_LETTER}])(?!\\s+(?:by|von|por|par)\\s)\\s*:?.*$`)}`);
const WEEKDAY = new RegExp(`(?<![${LATIN_LETTER}])(?:${caseVariants(Object.values(WEEKDAYS).flat()).join('|')})\\.?,?(?![${LATIN_LETTER}])`, 'g');
const HANDLE = /@[\w.]+/g;

/** The part of a byline line that names people: no date, date label, weekday, handle or trailing segments. */
export function namePart(text: string, dateText: string | null): string {
  const withoutDate = dateText ? text.replace(dateText, ' ') : text;
  // Segments: "Name | Outlet", "Name - Live Science Contributor", "Name · 2 days". The first with a letter
  // outside its date label is the names' (the label is found once: seg.replace(DATE_LABEL, …) of each).
  let firstSegment = '';
  for (const seg of withoutDate.split(/\s+[|•·\-–—]\s+|\s*\|\s*/u)) {
    const label = DATE_LABEL.exec(seg);
    if (runStart(label ? without(seg, label, '') : seg, 0, LETTER) === -1) continue;
    firstSegment = label ? without(seg, label, ' ') : seg;
    break;
  }
  return firstSegment
    .replace(WEEKDAY, ' ')
    .replace(HANDLE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/gu, '')
    .trim();
}

/** text.replace(regex, by) for the regex's first match `m` in text (`by` without a $ pattern). */
function without(text: string, m: RegExpExecArray, by: string): string {
  return text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
}

// A bare byline: two to four capitalised name words, optionally "in <City>" ("Jonathan Reyes in Madrid").
const BARE_NAME = /^\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|da|van|von|der|del|di|le|la)){1,3}(?:\s+(?:in|en|em|à|in)\s+\p{Lu}[\p{L}-]+)?$/u;

/** A line that is only a person's name (a byline without "By" or date). */
export function looksLikeBareName(text: string, f: Features): boolean {
  // BARE_NAME opens with a capital (\p{Lu}, the table's UPPER): a line that does not is answered without the regex.
  return !f.date && f.words <= 6 && startsWithClass(text, UPPER) && BARE_NAME.test(text);
}
