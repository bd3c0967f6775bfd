/**
 * Which platform a paragraph says a statement was posted on: a platform name
 * in posting context ("posted on X", "sur LinkedIn", "in an Instagram story",
 * "इंस्टाग्राम पर"), or a platform verb ("tweeted"). The bare letter X counts
 * only as a capital.
 */
import { allLanguages, LATIN_LETTER, phraseAlternation } from '../cues/phrase-regex.js';
import { PLATFORM_NAMES, PLATFORM_POSTPOSITIONS, PLATFORM_PREPOSITIONS, PLATFORM_VERBS, POST_NOUNS, type Platform } from '../cues/social.js';

const byName = new Map<string, Platform>(PLATFORM_NAMES.map(([n, p]) => [n, p]));
const X_FORMS = PLATFORM_NAMES.map(([n]) => n).filter((n) => n === 'x' || n.startsWith('x ') || n.startsWith('x,'));
const OTHER_NAMES = PLATFORM_NAMES.map(([n]) => n).filter((n) => !X_FORMS.includes(n));

// Matched on lower-cased text, with Latin and Devanagari letters for look-arounds: case-insensitive
// or `u`-flag Unicode classes are slow to compile, and every page with a quote pays for them.
const LETTER = `${LATIN_LETTER}\\u0900-\\u097F`;
const OTHER = new RegExp(`(?<![${LETTER}])(${phraseAlternation(OTHER_NAMES)})(?![${LETTER}])`, 'g');
const X = new RegExp(`(?<![${LETTER}@#])X(?:\\s*\\((?:formerly|previously)(?: known as)? Twitter\\)|,\\s*formerly Twitter)?(?![${LETTER}\\d])`, 'g');
const NOUNS = phraseAlternation([...allLanguages(POST_NOUNS), 'handle', 'account', 'page', 'profile', 'channel', 'feed', 'timeline', 'live', 'stories']);
const DETERMINERS = `(?:his|her|their|its|the|an?|official|own|verified|personal|sa|son|ses|su|sus|seu|sua|seinem|seiner|ihrem|ihrer|le|la|el|o|a|[${LATIN_LETTER}]+['’]s)`;
const CONTEXT_BEFORE = new RegExp(`(?:^|[\\s(])(?:${PLATFORM_PREPOSITIONS.join('|')})\\s+(?:${DETERMINERS}\\s+)*(?:(?:${NOUNS})\\s+(?:on\\s+)?)?$`);
const CONTEXT_AFTER = new RegExp(`^\\s*(?:${NOUNS}|${PLATFORM_POSTPOSITIONS.join('|')})(?![${LETTER}])`);
const VERB = new RegExp(`(?<![${LETTER}])(${phraseAlternation(PLATFORM_VERBS.map(([v]) => v))})(?![${LETTER}])`);
// How much text before a platform name can hold its preposition and determiners.
const CONTEXT_CHARS = 60;

export function platformIn(text: string): Platform | null {
  const lower = text.toLowerCase();
  // Every match of OTHER or VERB holds a name or a verb, which this one scan without their look-arounds finds: a text
  // that names none (most quoted paragraphs) is not scanned by either, only for the capital X. One scan of the two
  // alternations costs less than OTHER's alone, whose look-behind is tried at every position.
  const named = (NAME_OR_VERB ??= new RegExp(phraseAlternation([...OTHER_NAMES, ...PLATFORM_VERBS.map(([v]) => v)]))).test(lower);
  // Exec loops over the global regexes, where matchAll would copy each for every paragraph (neither matches empty).
  OTHER.lastIndex = 0;
  if (named) for (let m = OTHER.exec(lower); m !== null; m = OTHER.exec(lower)) if (inContext(lower, m.index, m[0].length)) return byName.get(m[1].replace(/\s+/g, ' ')) ?? 'other';
  // The capital X is looked for in the original text; its offsets hold in `lower` unless lower-casing changed the length.
  X.lastIndex = 0;
  if (lower.length === text.length) for (let m = X.exec(text); m !== null; m = X.exec(text)) if (inContext(lower, m.index, m[0].length)) return 'x';
  const v = named ? VERB.exec(lower) : null;
  return v ? (PLATFORM_VERBS.find(([verb]) => verb === v[1])?.[1] ?? null) : null;
}
// OTHER's names and VERB's verbs with no look-around, made when first asked (no work at module load); not global.
let NAME_OR_VERB: RegExp | undefined;

function inContext(lower: string, index: number, length: number): boolean {
  return CONTEXT_BEFORE.test(lower.slice(Math.max(0, index - CONTEXT_CHARS), index)) || CONTEXT_AFTER.test(lower.slice(index + length, index + length + 20));
}
