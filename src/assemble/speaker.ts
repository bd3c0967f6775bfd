/**
 * Who a quote is from, as the article names them: "the MEA" -> "MEA",
 * "Home Minister Shah" -> "Amit Shah" when the article has named him in full,
 * "he" -> the previous speaker.
 */
import { ROLE_WORDS } from '../cues/bylines.js';
import { PRONOUNS } from '../cues/social.js';

const ROLE = new Set<string>(ROLE_WORDS);
const PRONOUN = new Set<string>(PRONOUNS);
// Speakers are names or bodies, not clauses: longer phrases are not a speaker.
const MAX_SPEAKER_WORDS = 8;

/** Clean a raw attribution phrase; null when it is not a name-like phrase. */
export function cleanSpeaker(raw: string): string | null {
  let s = raw.trim().replace(/^(?:and|but|while|as|then)\s+/i, '').replace(/^(?:the|la|le|el|der|die|das|o|a)\s+/i, '');
  s = s.replace(/[,;:]+$/, '').replace(/\s+(?:had|has|have|also|then|later|once|again)$/i, '').trim();
  if (s === '') return null;
  if (PRONOUN.has(s.toLowerCase())) return s.toLowerCase();
  const words = s.split(/\s+/);
  if (words.length > MAX_SPEAKER_WORDS || !/^[\p{Lu}@]/u.test(s)) return null;
  return s;
}

export function isPronoun(speaker: string | null): boolean {
  return speaker !== null && PRONOUN.has(speaker.toLowerCase());
}

/**
 * Resolve "Home Minister Shah" to "Amit Shah" when the text before it names a
 * person whose last word is the same surname.
 */
export function fullName(speaker: string, context: string): string {
  const words = speaker.split(/\s+/);
  const bare = words.filter((w) => !ROLE.has(w.toLowerCase()));
  if (bare.length !== 1 || bare.length === words.length) return speaker;
  const surname = bare[0].replace(/[’']s$/, '');
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}.'-]+\\s+){1,3})${escape(surname)}(?![\\p{L}])`, 'gu');
  let best: string | null = null;
  for (const m of context.matchAll(re)) {
    const given = m[1].trim().split(/\s+/).filter((w) => !ROLE.has(w.toLowerCase()));
    if (given.length > 0) best = `${given.join(' ')} ${surname}`;
  }
  return best ?? speaker;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
