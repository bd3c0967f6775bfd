/**
 * Who a quote is attributed to, read from the words around it:
 *   after it   "…," the MEA posted on X / "…", escribió Cortés en X / », a écrit sur LinkedIn le directeur, Marc Aubert.
 *   before it  In a post on X, the US Embassy in India had stated, "…" / Rep. Greg Tolliver, whose …, wrote on Truth Social: "…"
 *   Hindi      कप्तान अमन ठाकुर ने इंस्टाग्राम पर लिखा, "…"
 * Returns the raw name phrase; speaker.ts cleans it.
 */
import { allLanguages, caseless, caselessWordStart, LATIN_LETTER, phraseAlternation } from '../cues/phrase-regex.js';
import { PLATFORM_NAMES, POST_VERBS, PRONOUNS, SPEECH_VERBS } from '../cues/social.js';
import { STOPWORD_SET } from '../cues/stopwords.js';
import { OTHER_LETTER, startsWithClass, UPPER as UPPERCASE } from '../features/char-class.js';

const VERBS = phraseAlternation([...allLanguages(POST_VERBS), ...SPEECH_VERBS]);
const AUX = '(?:(?:had|has|have|also|then|later|once|again|just|previously)\\s+)*';
// These run on lower-cased text (offsets are kept): case-insensitive Unicode regexes are slow to compile.
const SUBJECT_THEN_VERB = new RegExp(`^(.{1,90}?)\\s+${AUX}(?:${VERBS})(?![${LATIN_LETTER}])`);
const VERB_THEN_SUBJECT = new RegExp(`^(?:${VERBS})\\s+(.+)$`);
const LAST_VERB = new RegExp(`(?<![${LATIN_LETTER}])${AUX}(?:${VERBS})(?![${LATIN_LETTER}])`, 'g');
// A sentence boundary that is not an abbreviation ("U.S. Rep. Greg …", "Dr. …").
const SENTENCE_BREAK = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Rep|Sen|Gov|St|Jr|Sr|Lt|Gen|Col|Prof|Sr|Sra|Mme|Hon))[.!?]\s+(?=[\p{Lu}"“«„])/u;
const HINDI_ERGATIVE = /((?:\S+\s+){0,4}?\S+)\s+ने\s/u;
const PLATFORM_PHRASE = new RegExp(`(?:^|\\s)(?:on|sur|en|em|auf|via|in|no|na|su)\\s+(?:\\S+\\s+){0,2}?(?:${phraseAlternation(PLATFORM_NAMES.map(([n]) => n).filter((n) => /^[a-z]/.test(n)))})(?![${LATIN_LETTER}])`, 'g');
const UPPER = 'A-ZÀ-ÖØ-Þ';
const APPOSITIVE = new RegExp(`,\\s*((?:[${UPPER}][${LATIN_LETTER}.'’-]*\\s+){0,3}[${UPPER}][${LATIN_LETTER}.'’-]+)\\s*[.,;]?\\s*$`);
// Whole words only: "Elon", "Olivia" and "Ashley" start with an article's letters, not with an article.
// Case-insensitive by spelled-out letters (caseless), not the i flag, which costs V8 a case fold at compile time:
// /^(?:(?:the|…|as)\s+|l['’]\s*)/iu, /^(?:of|…|and|&)$/iu and /^(?:who|…|cuja)\b/iu.
export const LEADING_ARTICLE = new RegExp(`^(?:(?:${['the', 'le', 'la', 'les', 'el', 'los', 'las', 'der', 'die', 'das', 'o', 'a', 'os', 'as'].map(caseless).join('|')})\\s+|${caseless('l')}['’]\\s*)`, 'u');
export const CONNECTOR = new RegExp(`^(?:${['of', 'in', 'for', 'at', 'the', 'de', 'del', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'du', 'des', 'di', 'y', 'e', 'et', 'und', 'and', '&'].map(caseless).join('|')})$`, 'u');
export const RELATIVE = caselessWordStart(['who', 'whose', 'which', 'that', 'quien', 'quienes', 'que', 'qui', 'dont', 'der', 'die', 'das', 'welche', 'welcher', 'quem', 'cujo', 'cuja']);
const PRONOUN = new Set<string>(PRONOUNS);
// A name phrase is a few words; more is a clause.
const MAX_NAME_WORDS = 8;

/** The speaker phrase in the text right after a quote, or null. */
export function speakerAfter(after: string): string | null {
  const clause = after.split(/["“”«»„]/u)[0].split(SENTENCE_BREAK)[0].replace(/^[\s,;:–—-]+/u, '').replace(/[.!?]\s*$/u, '');
  if (clause === '') return null;
  const lower = sameLengthLower(clause);
  const inverted = VERB_THEN_SUBJECT.exec(lower);
  if (inverted) return nameFromPhrase(clause.slice(clause.length - inverted[1].length));
  const direct = SUBJECT_THEN_VERB.exec(lower);
  return direct ? nameFromPhrase(clause.slice(0, direct[1].length)) : null;
}

/** The speaker phrase in the text right before a quote, or null. */
export function speakerBefore(before: string): string | null {
  const sentences = before.split(SENTENCE_BREAK);
  const sentence = sentences[sentences.length - 1];
  const hindi = sentence.includes('ने') ? HINDI_ERGATIVE.exec(sentence) : null;
  if (hindi) return hindi[1];
  let verbAt = -1;
  for (const m of sameLengthLower(sentence).matchAll(LAST_VERB)) verbAt = m.index!;
  if (verbAt <= 0) return null;
  const segments = sentence.slice(0, verbAt).split(/\s*,\s*/);
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i].trim();
    if (seg === '' || RELATIVE.test(seg)) continue;
    const name = nameFromPhrase(seg);
    if (name) return name;
  }
  return null;
}

/** The name in a phrase: without platform phrases and leading articles; an appositive name wins. */
export function nameFromPhrase(phrase: string): string | null {
  const p = withoutPlatformPhrases(phrase).replace(/\s+/g, ' ').trim();
  const appositive = APPOSITIVE.exec(p);
  if (appositive && /,/.test(p)) return appositive[1];
  const words = p.replace(LEADING_ARTICLE, '').split(' ').filter(Boolean);
  if (words.length === 1 && PRONOUN.has(words[0].toLowerCase())) return words[0].toLowerCase();
  const run: string[] = [];
  // A role before the name ("actor Priya Sharma", "spokesperson Ana Ruiz") is not part of it.
  const first = words.findIndex(opensName);
  for (let i = Math.max(0, first); i < words.length; i++) {
    const w = words[i];
    if (opensName(w) || (run.length > 0 && CONNECTOR.test(w) && startsWithClass(words[i + 1] ?? '', UPPERCASE) )) run.push(w);
    else if (run.length > 0 && CONNECTOR.test(w) && CONNECTOR.test(words[i + 1] ?? '') && startsWithClass(words[i + 2] ?? '', UPPERCASE)) run.push(w);
    else break;
  }
  if (run.length === 0 || run.length > MAX_NAME_WORDS) return null;
  // A sentence's capitalised first word is not a name ("In a post on Instagram").
  if (run.length === 1 && STOPWORD_SET.has(run[0].toLowerCase())) return null;
  return run.join(' ').replace(/[,;:’']+$/u, '').replace(/[’']s$/u, '');
}

/** A word a name can start with: a capital, a letter of a script without case (Devanagari, CJK), or a handle. */
function opensName(word: string): boolean {
  return word.startsWith('@') || startsWithClass(word, UPPERCASE | OTHER_LETTER);
}

/** Lower case with the same length, so match offsets apply to the original text. */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** The phrase without "on X", "sur LinkedIn", "auf Bluesky" (found on the lower-cased text, cut from the original). */
function withoutPlatformPhrases(phrase: string): string {
  let out = '';
  let at = 0;
  for (const m of sameLengthLower(phrase).matchAll(PLATFORM_PHRASE)) {
    out += phrase.slice(at, m.index) + ' ';
    at = m.index! + m[0].length;
  }
  return out + phrase.slice(at);
}
