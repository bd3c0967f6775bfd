/**
 * Bylines: "By Jane Doe", "Darpan News Desk IANS, 22 Jan, 2026 01:30 PM",
 * "Chris Davies - Nov 19, 2019, 10:31 pm CST". A byline is short and is either
 * introduced by a by-word or is a date plus a few capitalised words.
 */
import { AGENCY_PATTERN, afterByWord } from '../../cues/bylines.js';
import type { Features } from '../../features/features.js';

// A byline is a line of names and a date, never a paragraph.
const MAX_BYLINE_CHARS = 160;
// With a date on the line, the rest must be a name: at most this many words.
const MAX_NAME_WORDS = 8;

export function looksLikeByline(text: string, f: Features): boolean {
  if (text.length > MAX_BYLINE_CHARS || f.endsSentence && !f.date) return false;
  if (afterByWord(text) !== null) return true;
  if (!f.date) return AGENCY_PATTERN.test(text) && f.words <= MAX_NAME_WORDS && !f.endsSentence && f.capitalizedRatio >= 0.5;
  if (f.date.weekdayLed && !f.date.hasTime) return false; // "Saturday, February 7, 2026": a page-header date
  const rest = namePart(text, f.date.text);
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= MAX_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|&|de|da|van|von|der|del|y|e|et|und)$/i.test(w));
}

/** The byline text with the date and separators removed. */
export function namePart(text: string, dateText: string | null): string {
  const withoutDate = dateText ? text.replace(dateText, ' ') : text;
  return withoutDate
    .replace(/\b(?:updated|published|posted|last updated|on)\b\s*:?/gi, ' ')
    .replace(/[|•·,–—-]+\s*$/u, '')
    .replace(/^\s*[|•·,–—-]+/u, '')
    .replace(/\s*[|•·–—]\s*/gu, ' ')
    .replace(/\s+-\s+/g, ' ')
    .replace(/,\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
