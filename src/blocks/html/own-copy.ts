/**
 * Strings kept beyond one page (the class-hint cache, the name tables) must not be slices of the
 * page: V8 keeps a slice's whole parent string alive, so every cached slice would hold its page.
 */

/** The string's characters in a string of its own, holding no reference to the text it was cut from. */
export function ownCopy(s: string): string {
  // The concatenation is flattened into a new string before the slice is taken from it.
  return (' ' + s).slice(1);
}
