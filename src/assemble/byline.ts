/** Read a byline line into authors and agency: "Darpan News Desk IANS, 22 Jan, 2026" -> ["Darpan News Desk"], "IANS". */
import { AGENCY_PATTERN, BYLINE_ROLES, DESK_WORDS, afterByWord, canonicalAgency } from '../cues/bylines.js';
import { namePart } from '../classify/rules/byline.js';
import { isAsciiLetter, OTHER_LETTER, startsWithClass, UPPER } from '../features/char-class.js';

export interface Byline {
  raw: string;
  authors: string[];
  agency: string | null;
}

const NAME_SEPARATOR = /\s*(?:,|;|\/|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\bऔर\b)\s*/u;
const CONJUNCTION = /\s(?:and|&|und|et|y|e|और)\s/u;
// "Jonathan Reyes in Madrid": the place after a name is not part of it.
const IN_PLACE = /\s+(?:in|en|em|à|aus)\s+\p{Lu}[\p{L}-]+$/u;
// A name is a few capitalised words; a longer run is a job title or a sentence.
const MAX_NAME_WORDS = 5;

// The first words of the job titles: where a title starts, the name has ended.
const ROLE_WORDS = new Set(Object.values(BYLINE_ROLES).flat().map((r) => r.split(' ')[0]));
// A name glued to the job title after it ("Meg JamesStaff Writer"): innerText lost the line break.
const GLUED_ROLE = new RegExp(`(\\p{Ll})(${[...ROLE_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})(?=\\s|$)`, 'gu');

// Contact details after a name ("meganr", "(509) 459-5382"): lower-case words other than name particles, digits.
const NOT_A_NAME_WORD = /^(?!(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|le|la|bin|al|el|y|e)$)\p{Ll}|\d|^\(/u;

/**
 * The words of a name without the job title or contact details that follow it ("Yasemin Saplakoglu Staff Writer Health"
 * -> ["Yasemin", "Saplakoglu"]). The caller counts them: `name` has no white space at either end (parseByline trims it,
 * and IN_PLACE's match starts where a run of white space starts), so no word is empty, and words.join(' ').split(/\s+/)
 * would give the same words back.
 */
function nameWords(name: string): string[] {
  const words = (mayHoldGluedRole(name) ? name.replace(GLUED_ROLE, '$1 $2') : name).split(/\s+/);
  // From the second word on: a one-word "Editor" byline stays as printed. (A loop, not findIndex with a closure.)
  let at = -1;
  for (let k = 1; k < words.length; k++) {
    if (ROLE_WORDS.has(words[k].toLowerCase()) || NOT_A_NAME_WORD.test(words[k])) {
      at = k;
      break;
    }
  }
  return at > 0 ? words.slice(0, at) : words;
}

// The code units a GLUED_ROLE match can start its role with (each role word's capitalised first unit), read on first use.
let roleInitials: string | undefined;

/**
 * Whether GLUED_ROLE can match: its role starts with one of roleInitials right after a \p{Ll} letter. An ASCII unit
 * other than a-z is never \p{Ll}; any other unit (a surrogate too) may be. Most names have a capital only after a space,
 * and then the global replace (a runtime call that copies the name) is not made.
 */
function mayHoldGluedRole(name: string): boolean {
  const initials = (roleInitials ??= [...ROLE_WORDS].map((w) => w[0].toUpperCase()).join(''));
  for (let i = 1; i < name.length; i++) {
    const before = name.charCodeAt(i - 1);
    if ((before >= LOWER_A && before <= LOWER_Z) || before >= FIRST_NON_ASCII) {
      if (initials.includes(name[i])) return true;
    }
  }
  return false;
}
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const FIRST_NON_ASCII = 0x80;

/**
 * @param lineBelow the line printed under the byline, if any: wire copy on a newspaper's site prints the agency there,
 *   on its own line. (Read here rather than by assemble, which inlined agencyLine: the first agency line after it was
 *   optimised, a rare read, deoptimised all of assemble, its costliest compile; now only this function.)
 */
export function parseByline(raw: string, dateText: string | null, lineBelow: string | null = null): Byline {
  const names = namePart(raw, dateText);
  let rest = afterByWord(names) ?? names;
  let agency: string | null = null;
  const m = AGENCY_PATTERN.exec(rest);
  if (m && startsWithClass(m[0], UPPER)) {
    agency = canonicalAgency(m[0]);
    rest = (rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  } else {
    // An agency in a later segment of the line ("Jane Doe - Reuters"): the names are only in the first.
    const later = AGENCY_PATTERN.exec(raw);
    if (later && startsWithClass(later[0], UPPER)) agency = canonicalAgency(later[0]);
  }
  // "A, B and C" lists authors; "Name, Place" or "Place, Desk Name" has one author and a place or role.
  // (CONJUNCTION asked once: the same regex on the same string.)
  const listed = CONJUNCTION.test(rest);
  let parts = listed ? rest.split(NAME_SEPARATOR) : rest.split(/\s*[,;]\s*/);
  if (!listed && parts.length > 1) parts = [parts.find((p) => DESK_WORDS.test(p)) ?? parts[0]];
  // A loop into an array literal, not map and filter: the schema's array parse then sees one elements kind (see assemble.ts).
  const authors: string[] = [];
  for (const part of parts) {
    const words = nameWords(part.replace(/^[\s,|–—-]+|[\s,|–—-]+$/gu, '').replace(IN_PLACE, ''));
    const s = words.join(' ');
    if (s !== '' && startsWithClass(s, UPPER | OTHER_LETTER) && words.length <= MAX_NAME_WORDS) authors.push(s);
  }
  if (agency === null && lineBelow !== null) agency = agencyLine(lineBelow);
  return { raw, authors, agency };
}

/** A line that is nothing but an agency's name ("Associated Press" under the byline): the agency, or null. */
export function agencyLine(text: string): string | null {
  // The match must span the line, and every agency (AGENCIES, as printed or Title-cased) starts and ends with an ASCII
  // letter (a test pins this): a line that does not is answered without the long alternation (most lines below a byline
  // are a date, a sentence or a count).
  if (text.length === 0 || !isAsciiLetter(text.charCodeAt(0)) || !isAsciiLetter(text.charCodeAt(text.length - 1))) return null;
  const m = AGENCY_PATTERN.exec(text);
  return m && m.index === 0 && m[0].length === text.length ? canonicalAgency(m[0]) : null;
}
