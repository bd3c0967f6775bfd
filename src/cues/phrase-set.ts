/**
 * Phrase tables are matched by exact lookup of a normalised key, not by one
 * giant regex: a case-insensitive Unicode alternation of hundreds of phrases
 * costs milliseconds to compile on first use, which every one-page run pays.
 */

// Decoration around a label: bullets, pipes, dashes, colons, arrows, brackets, final dots.
const EDGE = /^[\s\-–—•·|:>*»›([]+|[\s\-–—•·|:.!»›)\]]+$/gu;
const SPACES = /\s+/g;

/** Lower-case, collapse spaces, strip decoration at both ends: "- Advertisement -" -> "advertisement". */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(SPACES, ' ').replace(EDGE, '');
}

/** All phrases of a by-language table as lookup keys. */
export function phraseSet(table: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(table).flat().map(phraseKey));
}

/** The longest phrase of `set` that starts `text`, in whole words; a set entry ending in a colon needs the colon. */
export function leadingPhrase(text: string, set: ReadonlySet<string>, maxWords: number): string | null {
  const words = text.toLowerCase().split(SPACES, maxWords);
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
