/**
 * Text normalisation shared by every input path. Strings copied into the
 * result come from here, so "copied from the page" means "copied from the
 * normalised page": NBSP and other spaces become a plain space, invisible
 * format characters go, line ends become \n.
 */

// Zero-width and bidi control characters carry no text; scrapers leave them everywhere.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/g;
// Every Unicode space separator except the plain space, plus tab and form feed.
const ODD_SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// The same without the tab, for callers that read table cells from tabs first (text-blocks.ts).
const ODD_SPACES_BUT_TAB = /[\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0 controls other than \n (NUL bytes and friends survive some scrapers).
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const SPACE_RUNS = / {2,}/g;

/**
 * Normalise a whole document: line ends, spaces, invisible characters. Keeps line structure.
 * With keepTabs, tabs stay (a browser's innerText separates table cells with them); the caller
 * must turn them into spaces before a line is used as text.
 */
export function normalizeDocument(text: string, options: { keepTabs?: boolean } = {}): string {
  // One scan for all four replacements, each match replaced by what it is: 0.45x the time of a test for the three
  // rare ones and a replacement of the odd spaces (NBSP on three pages in four), on the corpus text pages.
  return text.replace(options.keepTabs ? (everyChangeButTab ??= everyChange(ODD_SPACES_BUT_TAB)) : (everyChangeWithTab ??= everyChange(ODD_SPACES)), replacement);
}

/**
 * Where normalizeDocument(text, { keepTabs: true }) changes the text: the position of each unit it replaces or drops, in
 * order; null when one of them is a line end, which changes where lines start. Every other change is one unit in place
 * of one or of none, inside its line, so a reader of lines can take the text as it is and normalise only the lines
 * that hold one of these units: the same lines, each normalised alone as it is in the whole.
 */
export function changedUnitsInLines(text: string): number[] | null {
  const every = (everyChangeButTab ??= everyChange(ODD_SPACES_BUT_TAB));
  const at: number[] = [];
  every.lastIndex = 0;
  // test() leaves lastIndex after its match, without the array exec() builds. Every match but \r\n is one unit, and
  // no other ends in \n (the class does not hold it): a match's last unit is \n, or the unit itself.
  while (every.test(text)) {
    const last = every.lastIndex - 1;
    const unit = text.charCodeAt(last);
    if (unit === 0x0a || isLineEndStart(unit)) return null;
    at.push(last);
  }
  return at;
}

/** What normalizeDocument makes of one unit it changes that is no line end (changedUnitsInLines lists them): a space or nothing. */
export function normalizedUnit(unit: string): string {
  return replacement(unit);
}

/** \r, U+2028, U+2029 or U+0085: a unit LINE_END_STARTS holds (a test checks the two agree). */
export function isLineEndStart(unit: number): boolean {
  return unit === 0x0d || unit === 0x2028 || unit === 0x2029 || unit === 0x85;
}

// The four replacements as one regex, built on first use: a line end, or one character that is an odd space, an
// invisible or a control. Each replacement is the same as alone: the line-end regex, the only one that matches two
// characters, matches \r\n whole (below), and the sets of characters are disjoint and hold no character a replacement
// puts in (\n, a space), so no replacement changes what another finds. (Capture groups telling the kinds apart made
// the scan as slow as the two it replaces.)
let everyChangeButTab: RegExp | null = null;
let everyChangeWithTab: RegExp | null = null;
function everyChange(oddSpaces: RegExp): RegExp {
  // One character of the class (which holds \r), then a \n when that character was \r: the matches of
  // /\r\n?|[class]/ (\r\n? is tried first and is greedy), found by one class test a position instead of two
  // alternatives: 0.78x the time on the corpus text pages.
  return new RegExp(`${changedCharacters(oddSpaces)}(?:(?<=\\r)\\n)?`, 'g');
}

// What one match is, read only for the few matches a page has: a line end, else an odd space (a tab too, matched
// only where tabs are not kept), else an invisible or a control.
// A line end (\r\n?, U+2028, U+2029, U+0085) is \r\n, the only match of two units, or one unit isLineEndStart holds:
// read without a regex call, one of the two a match cost.
let oddSpace: RegExp | null = null;
function replacement(match: string): string {
  if (match.length === 2 || isLineEndStart(match.charCodeAt(0))) return '\n';
  return (oddSpace ??= new RegExp(`^[${classBody(ODD_SPACES)}]$`)).test(match) ? ' ' : '';
}

// Anything normalisation keeps: a character that is not a space, a line end, an invisible or a control.
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD\u0000-\u0008\u000E-\u001F\u007F]/;

/** Whether normalising the text would leave anything; stops at the first visible character. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Normalise one line: collapse space runs and trim. Input must already be document-normalised. */
export function normalizeLine(line: string): string {
  // Most lines have no run to collapse: looking for one costs less than a replacement that finds none.
  return (line.includes('  ') ? line.replace(SPACE_RUNS, ' ') : line).trim();
}

// Any white space but a single space: what collapsing white-space runs to one space changes.
const COLLAPSIBLE_WHITE_SPACE = /[^\S ]|\s\s/;
const WHITE_SPACE_RUNS = /\s+/g;

/** Each run of white space (\s) as one space. Most texts have none but single spaces: a test that finds none costs less than a replacement. */
export function collapseWhiteSpace(text: string): string {
  return COLLAPSIBLE_WHITE_SPACE.test(text) ? text.replace(WHITE_SPACE_RUNS, ' ') : text;
}

/**
 * Normalise a piece of text that becomes one line (a <meta> value, an embed's words, a credit):
 * as normalizeDocument, then each white-space run as one space, trimmed. Each replacement runs only
 * where a test finds something for it to change: most pieces need the trim alone.
 */
export function normalizeInline(text: string): string {
  const normalized = needsNormalizing(text) ? normalizeDocument(text) : text;
  // After the collapse no two spaces are left, so normalizeLine's own collapse has nothing to do.
  return collapseWhiteSpace(normalized).trim();
}

// Every character normalizeDocument changes, in one character class (a line end by its first character):
// most lines have none, one scan that finds none is cheaper than the four replacements, and a single
// class is cheaper to scan than an alternation V8 tries at every position.
const LINE_END_STARTS = '\\r\\u2028\\u2029\\u0085';
const CHANGED_BY_NORMALIZING = new RegExp(changedCharacters(ODD_SPACES));

/** A character class of every character normalisation changes, with `oddSpaces` as the odd spaces (a line end by its first character). */
function changedCharacters(oddSpaces: RegExp): string {
  return `[${LINE_END_STARTS}${[INVISIBLE, CONTROLS, oddSpaces].map(classBody).join('')}]`;
}

/** What a character-class regex's brackets hold. */
function classBody(re: RegExp): string {
  return re.source.slice(1, -1);
}

/** Whether normalizeDocument would change the text. */
export function needsNormalizing(text: string): boolean {
  return CHANGED_BY_NORMALIZING.test(text);
}
