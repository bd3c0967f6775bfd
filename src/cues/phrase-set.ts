/**
 * Phrase tables are matched by exact lookup of a normalised key, not by one
 * giant regex: a case-insensitive Unicode alternation of hundreds of phrases
 * costs milliseconds to compile on first use, which every one-page run pays.
 */

// Decoration around a label: bullets, pipes, dashes, colons, arrows, brackets, final dots.
const EDGE = /^[\s\-–—•·|:>*»›([]+|[\s\-–—•·|:.!»›)\]]+$/gu;
const SPACES = /\s+/g;

/** Longer text is never a table phrase: lookups skip it without normalising it (hot path: every block). */
export const MAX_PHRASE_CHARS = 80;

/** Lower-case, collapse spaces, strip decoration at both ends: "- Advertisement -" -> "advertisement". */
export function phraseKey(text: string): string {
  if (text.length > MAX_PHRASE_CHARS) return '';
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = text.toLowerCase().replace(SPACES, ' ').replace(EDGE, '');
    keyCache.set(text, key);
  }
  return key;
}

// Every block's text is looked up in several tables; normalise it once. Bounded, so batch runs stay flat.
const KEY_CACHE_SIZE = 4096;
const keyCache = new Map<string, string>();

/** All phrases of a by-language table as lookup keys. */
export function phraseSet(table: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(table).flat().map(phraseKey));
}

/** The longest phrase of `set` that starts `text`, in whole words; a set entry ending in a colon needs the colon. */
export function leadingPhrase(text: string, set: ReadonlySet<string>, maxWords: number): string | null {
  // Most lines start with a word no phrase starts with: answer those without splitting the line.
  const first = /^\S+/.exec(text)?.[0].toLowerCase();
  if (first === undefined || !firstWordsOf(set).has(first.replace(/[:：,.]+$/u, ''))) return null;
  const words = text.slice(0, MAX_PHRASE_CHARS).toLowerCase().split(SPACES, maxWords);
  for (let k = Math.min(maxWords, words.length); k >= 1; k--) {
    const raw = words.slice(0, k).join(' ');
    if (set.has(raw)) return raw;
    const bare = raw.replace(/[:：,.]+$/u, '');
    if (set.has(bare)) return bare;
  }
  return null;
}

/** The longest phrase in each table, in words: how far leadingPhrase needs to look. */
export function maxWordsOf(set: ReadonlySet<string>): number {
  let max = 1;
  for (const p of set) max = Math.max(max, p.split(' ').length);
  return max;
}

/** Like phraseSet, but keeps a final colon, for prefixes that only count with one ("tags:"). */
export function prefixSet(table: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(table).flat().map((p) => p.toLowerCase().replace(SPACES, ' ').trim()));
}

const firstWords = new WeakMap<ReadonlySet<string>, Set<string>>();
function firstWordsOf(set: ReadonlySet<string>): Set<string> {
  let words = firstWords.get(set);
  if (!words) {
    words = new Set([...set].map((p) => p.split(' ')[0].replace(/[:：,.]+$/u, '')));
    firstWords.set(set, words);
  }
  return words;
}
