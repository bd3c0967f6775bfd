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
