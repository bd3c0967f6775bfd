/** Build one anchored or unanchored regex from a table of literal phrases (longest first, escaped). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Flatten a by-language table into one list. */
export function allLanguages(table: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.values(table).flat();
}

/** Latin letters (ASCII, Latin-1, Latin Extended-A) for look-arounds in regexes compiled without the `u` flag. */
export const LATIN_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';

/**
 * Each phrase as printed in running text: lower case, Capitalised and UPPER. A case-sensitive
 * alternation of the three compiles far faster than one case-insensitive Unicode regex.
 */
export function caseVariants(phrases: readonly string[]): string[] {
  return [...new Set(phrases.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1), p.toUpperCase()]))];
}
