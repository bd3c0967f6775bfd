/**
 * Who a quote is from, as the article names them: "the MEA" -> "MEA",
 * "Union Commerce Minister Arvind Kulkarni" -> "Arvind Kulkarni",
 * "Home Minister Shah" -> "Amit Shah" when the article named him in full before,
 * "he" -> the previous speaker.
 */
import { caseless, escapeRegExp, LATIN_LETTER } from '../cues/phrase-regex.js';
import { OTHER_LETTER, startsWithClass, UPPER as UPPERCASE } from '../features/char-class.js';
import { isRoleWord } from '../cues/roles.js';
import { PRONOUNS } from '../cues/social.js';

const PRONOUN = new Set<string>(PRONOUNS);
const UPPER = 'A-ZÀ-ÖØ-Þ';
// /^(?:the|a|…|as)$/iu, its letters spelled out (caseless): the i flag costs V8 a case fold at compile time.
export const DETERMINER = new RegExp(`^(?:${['the', 'a', 'an', 'el', 'la', 'le', 'les', 'los', 'las', 'der', 'die', 'das', 'o', 'os', 'as'].map(caseless).join('|')})$`, 'u');

export function isPronoun(speaker: string | null): boolean {
  return speaker !== null && PRONOUN.has(speaker.toLowerCase());
}

/** Drop titles before the name: everything up to the last role word that still leaves a capitalised name. */
export function withoutRole(name: string): string {
  const words = name.split(/\s+/);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) if (isRoleWord(words[i])) cut = i;
  if (cut === -1) return name;
  const rest = words.slice(cut + 1);
  return startsWithClass(rest[0], UPPERCASE | OTHER_LETTER) ? rest.join(' ') : name;
}

/** Resolve a bare surname to the full name the text named before ("Shah" -> "Amit Shah"). */
export function fullName(name: string, context: string): string {
  if (/\s/.test(name) || name.length < 2) return name;
  // Latin-script names only, compiled without the slow `u` flag (this regex is built per speaker).
  const re = new RegExp(`((?:[${UPPER}][${LATIN_LETTER}.'’-]+\\s+){1,3})${escapeRegExp(name)}(?![${LATIN_LETTER}])`, 'g');
  let best: string | null = null;
  for (const m of context.matchAll(re)) {
    const given = m[1].trim().split(/\s+/);
    let start = given.length;
    while (start > 0 && !isRoleWord(given[start - 1]) && !DETERMINER.test(given[start - 1])) start--;
    const kept = given.slice(start);
    if (kept.length > 0 && kept.length <= 2) best = `${kept.join(' ')} ${name}`;
  }
  return best ?? name;
}
