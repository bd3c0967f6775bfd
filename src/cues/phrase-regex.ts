const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\]/g;
/** A literal as a regex pattern that matches it: every character with a meaning in a pattern escaped. */
export function escapeRegExp(literal: string): string {
  return literal.replace(REGEXP_SYNTAX, '\\$&');
}

const CLASS_SYNTAX = /[\]\\^-]/g;
/** Characters as the body of a character class that matches each of them: ] \ ^ and - escaped. */
export function escapeClassCharacters(characters: string): string {
  return characters.replace(CLASS_SYNTAX, '\\$&');
}

/** Build one anchored or unanchored regex from a table of literal phrases (longest first, escaped). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
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

/**
 * `pattern` as an atomic group, written as a look-ahead and a back-reference: the regex takes the
 * first way `pattern` matches and never backtracks into it. V8 compiles what follows a large
 * alternation once per alternative (up to ten copies); inside an atomic group it costs a third as
 * much to compile. Exact where the group runs to the end of the regex (its first way of matching is
 * the one the plain regex would keep); elsewhere only where no other way of matching `pattern` could
 * let the rest of the regex match when the first does not, which each such use explains.
 * The group captures, under `name`.
 */
export function atomic(name: string, pattern: string): string {
  return `(?=(?<${name}>${pattern}))\\k<${name}>`;
}

// Letters that Unicode simple case folding (CaseFolding.txt) joins to a letter beyond its own upper
// and lower case: the long s, the Kelvin sign, the Angstrom sign, the capital sharp s.
const EXTRA_FOLDS: Readonly<Record<string, string>> = { s: 'ſ', k: '\u212a', å: '\u212b', ß: '\u1e9e' };

/**
 * A literal as a pattern that matches, case-sensitively, what the literal matches in a
 * case-insensitive `u` regex: "posted" -> [pP][oO][sSſ][tT][eE][dD]. A case-insensitive `u` regex
 * folds the case of every class it holds when it compiles, "." and "\S" included, which costs a
 * one-page run milliseconds; spelled out, it costs nothing. Letters of the tables only (a test
 * checks each against the i flag on every code point).
 */
export function caseless(literal: string): string {
  return [...literal].map((ch) => caselessClass(ch)).join('');
}

/** A class of characters as it matches under the i and u flags: [ap] -> [aApP] (one character: a class only when it has several forms). */
export function caselessClass(characters: string): string {
  // The tables spell the same few letters again and again (caseless() asks about 540 times as the CLI
  // loads, for about 40 different letters): each class is written out once.
  let pattern = CASELESS_CLASSES.get(characters);
  if (pattern === undefined) CASELESS_CLASSES.set(characters, (pattern = writeCaselessClass(characters)));
  return pattern;
}
const CASELESS_CLASSES = new Map<string, string>();

function writeCaselessClass(characters: string): string {
  const forms = [...new Set([...characters].flatMap(caselessForms))];
  if (forms.length === 1) return escapeRegExp(forms[0]);
  return `[${forms.map(escapeClassCharacters).join('')}]`;
}

/** A character and the characters Unicode simple case folding joins to it: its case forms, theirs, and so on (what caseless() spells it as). */
export function caselessForms(ch: string): string[] {
  const forms = new Set([ch]);
  for (const form of forms) {
    for (const next of [form.toLowerCase(), form.toUpperCase(), ...(EXTRA_FOLDS[form] ?? '')]) if ([...next].length === 1) forms.add(next);
  }
  return [...forms];
}

/** What \w adds under the i and u flags: ſ and the Kelvin sign fold to s and k. */
export const CASELESS_WORD_EXTRA = '\\u017f\\u212a';
/**
 * /^(?:word|word…)\b/iu without the i flag. Under i and u, \b's word characters are \w, ſ and the
 * Kelvin sign: after a word ending in one, none may follow; after any other ending (é, Devanagari), one must.
 */
export function caselessWordStart(words: readonly string[]): RegExp {
  const wordChar = `[\\w${CASELESS_WORD_EXTRA}]`;
  const endsInWordChar = (w: string) => isCaselessWordChar(w.slice(-1));
  const branches = [
    [words.filter(endsInWordChar), `(?!${wordChar})`],
    [words.filter((w) => !endsInWordChar(w)), `(?=${wordChar})`],
  ].filter(([group]) => group.length > 0).map(([group, boundary]) => `(?:${(group as string[]).map(caseless).join('|')})${boundary}`);
  return new RegExp(`^(?:${branches.join('|')})`, 'u');
}

/** Whether a character is \w under the i and u flags (checked by character, to compile no regex for it). */
function isCaselessWordChar(ch: string): boolean {
  return isAsciiLetter(ch) || (ch >= '0' && ch <= '9') || ch === '_' || ch === '\u017f' || ch === '\u212a';
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/** What [\p{L}] adds under the i and u flags: U+0345, a combining mark that folds to ι. */
export const CASELESS_LETTER_EXTRA = '\\u0345';

/**
 * An ASCII literal as a pattern that matches, case-sensitively, what it matches in a case-insensitive
 * regex without the u flag: each letter as [xX] (without u, no other character folds to an ASCII letter).
 */
export function asciiCaseless(literal: string): string {
  return [...literal].map((ch) => (isAsciiLetter(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegExp(ch))).join('');
}

/**
 * Whether `text` opens with one of `units` (each one UTF-16 unit). Asked before an anchored regex every branch of which
 * opens with one of them, it answers most lines with one read instead of a regex call.
 */
export function opensWithOneOf(text: string, units: string): boolean {
  return text.length > 0 && units.includes(text[0]);
}

/** Whether `text` ends with one of `units` (each one UTF-16 unit): opensWithOneOf for a regex anchored at the end. */
export function endsWithOneOf(text: string, units: string): boolean {
  return text.length > 0 && units.includes(text[text.length - 1]);
}
