/** Read a byline line into authors and agency: "Darpan News Desk IANS, 22 Jan, 2026" -> ["Darpan News Desk"], "IANS". */
import { AGENCY_PATTERN, afterByWord } from '../cues/bylines.js';
import { namePart } from '../classify/rules/byline.js';

export interface Byline {
  raw: string;
  authors: string[];
  agency: string | null;
}

const NAME_SEPARATOR = /\s*(?:,|;|\/|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*/u;
// A name is a few capitalised words; a longer run is a job title or a sentence.
const MAX_NAME_WORDS = 5;

export function parseByline(raw: string, dateText: string | null): Byline {
  const names = namePart(raw, dateText);
  let rest = afterByWord(names) ?? names;
  let agency: string | null = null;
  const m = AGENCY_PATTERN.exec(rest);
  if (m) {
    agency = m[0];
    rest = (rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  }
  const authors = rest
    .split(NAME_SEPARATOR)
    .map((s) => s.replace(/^[\s,|–—-]+|[\s,|–—-]+$/gu, ''))
    .filter((s) => s !== '' && /^\p{Lu}/u.test(s) && s.split(/\s+/).length <= MAX_NAME_WORDS);
  return { raw, authors, agency };
}
