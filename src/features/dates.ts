/**
 * Find and read printed dates ("22 Jan, 2026 01:30 PM", "Nov 19, 2019, 10:31 pm CST",
 * "2019-11-19T22:31:00Z", "7 de febrero de 2026", "7. Februar 2026 um 10:30 Uhr").
 *
 * Hand-written on purpose: chrono-node took 40 ms (English only) to 180 ms (all
 * locales) to load, more than the whole start-up budget of a one-page run, and
 * news dates come in a handful of shapes that one table of month names covers.
 */
import { MONTHS, WEEKDAYS, ZONES } from '../cues/dates.js';
import { atomic, LATIN_LETTER, phraseAlternation } from '../cues/phrase-regex.js';
import { isAsciiDigit } from './char-class.js';

export interface FoundDate {
  /** ISO 8601: date only, or local date-time, with an offset when a zone is printed. */
  iso: string;
  hasTime: boolean;
  /** The printed text that was read. */
  text: string;
  /** Offset of the match in the searched string. */
  index: number;
  /** A weekday name stands right before it: the shape of a page-header "today" date. */
  weekdayLed: boolean;
}

const monthIndex = new Map<string, number>();
for (const names of Object.values(MONTHS)) {
  names.forEach((forms, i) => forms.forEach((form) => monthIndex.set(form, i + 1)));
}
// An atomic group (cheaper to compile), the month's capture as before: a shorter name inside a longer one ("mar" in
// "marzo") is followed by letters, where the rest of each date regex wants a dot, comma, space, digit or "de " (and no
// month name is another plus "de"), so it could never let the rest match where the longer name did not.
const MONTH = `${atomic('month', phraseAlternation([...monthIndex.keys()]))}\\.?`;
const WEEKDAY = `(?:${phraseAlternation(Object.values(WEEKDAYS).flat())})\\.?,?\\s*`;
// Letters for look-arounds, without the `u` flag (whose Unicode classes are slow to compile): Latin and Devanagari.
const LETTER = `${LATIN_LETTER}\\u0900-\\u097F\\u0400-\\u04FF`;
const ZONE = `((?:gmt|utc)[+-]\\d{1,2}(?::?\\d{2})?|${phraseAlternation(Object.keys(ZONES))}|[+-]\\d{2}:?\\d{2})(?![${LETTER}\\d])`;
const YEAR = '((?:19|20)\\d{2})';
// After a year, no digit, unless a clock time is glued on ("Nov 20 20194:29 AM": innerText lost the space).
const YEAR_END = '(?!\\d(?!\\d?[:.]\\d{2}))';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|ª|\\.)?';
// Time: "01:30 PM", "13:30", "10:31 pm", "1.30pm", "10h30", "10:30 Uhr", "3 p.m.".
const TIME = `(?:\\s*(?:,|at|um|à|a las|às|\\||-|–|—|/)?\\s*)(\\d{1,2})(?:[:.h](\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?(?:\\s*(?:uhr|hrs|h))?(?:\\s*\\(?${ZONE}\\)?)?`;

/**
 * Whether a numeric date that reads both ways ("03/05/2026") is day first: the answer, or a function that gives it,
 * asked only for such a date (the page's language, which costs a walk over its first blocks: language.ts).
 */
export type DayFirst = boolean | (() => boolean);

// Each shape but the two with a month name prints a separator its regex cannot match without (`needs`): a line
// without it is not asked, as an exec costs far more than looking for one character.
export const SHAPES: ReadonlyArray<{ re: RegExp; needs: string | null; read: (m: RegExpExecArray, dayFirst: DayFirst) => [number, number, number] | null }> = [
  // 2026-01-22, 2026-01-22T13:30:00+05:30
  { needs: '-', re: new RegExp(`(?<!\\d)${YEAR}-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(z|[+-]\\d{2}:?\\d{2})?)?`), read: (m) => [+m[1], +m[2], +m[3]] },
  // 22 Jan, 2026 / 7 de febrero de 2026 / 7. Februar 2026
  { needs: null, re: new RegExp(`(?<![${LETTER}\\d])${DAY}\\s*(?:de\\s+)?${MONTH},?\\s*(?:de\\s+)?${YEAR}${YEAR_END}`), read: (m) => [+m[3], monthIndex.get(m[2]) ?? 0, +m[1]] },
  // Nov 19, 2019 / January 22 2026
  { needs: null, re: new RegExp(`(?<![${LETTER}])${MONTH}\\s+${DAY},?\\s*${YEAR}${YEAR_END}`), read: (m) => [+m[3], monthIndex.get(m[1]) ?? 0, +m[2]] },
  // 22.01.2026 (day first)
  { needs: '.', re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?!\\d)`), read: (m) => [+m[3], +m[2], +m[1]] },
  // 01/22/2026 or 22/01/2026, and 11/18/19: month or day first by the page's convention, unless only one reading is possible.
  { needs: '/', re: new RegExp(`(?<![\\d/])(\\d{1,2})/(\\d{1,2})/${YEAR}(?![\\d/])`), read: (m, dayFirst) => numericDate(+m[1], +m[2], +m[3], dayFirst) },
  { needs: '/', re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/u, read: (m, dayFirst) => numericDate(+m[1], +m[2], 2000 + +m[3], dayFirst) },
];

// Every shape has a four-digit year or, the short year's, a digit, slash, digit: most lines with a digit ("5 min read") have neither.
// Global, so that test() leaves lastIndex after the first match, where yearOnly reads.
const DATE_DIGITS = /\d\d\d\d|\d\/\d/g;
const TIME_AFTER = new RegExp(`^${TIME}`);
const TIME_BEFORE = new RegExp(`(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?\\s?m\\.?)?(?:\\s*${ZONE})?\\s*[,|\\-–—]?\\s*(?:on\\s+)?(?:${WEEKDAY})?$`);
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY}$`);

/**
 * The first date printed in `text`, or null. Matching runs on the lower-cased text with
 * case-sensitive regexes: case-insensitive Unicode alternations are slow to compile.
 * `lowerCased`, when given, is printed.toLowerCase(), which a caller already holds (a block's feature key).
 */
export function findDate(printed: string, dayFirst: DayFirst = false, lowerCased: string | null = null): FoundDate | null {
  DATE_DIGITS.lastIndex = 0;
  if (!DATE_DIGITS.test(printed)) return null; // most lines are answered here
  if (yearOnly(printed, DATE_DIGITS.lastIndex)) return null; // "January 2018", "© 2019 …": ~4 lines a page
  const lower = lowerCased ?? printed.toLowerCase();
  // Lower-casing keeps offsets except for a few letters (Turkish İ); then report the lower-cased text.
  const source = lower.length === printed.length ? printed : lower;
  const text = lower;
  let best: { m: RegExpExecArray; shape: (typeof SHAPES)[number] } | null = null;
  for (const shape of SHAPES) {
    if (shape.needs !== null && !text.includes(shape.needs)) continue;
    const m = shape.re.exec(text);
    if (m && (!best || m.index < best.m.index)) best = { m, shape };
  }
  if (!best) return null;
  const { m, shape } = best;
  const ymd = shape.read(m, dayFirst);
  if (!ymd || !validDate(ymd)) return null;
  const date = `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}`;
  let shown = source.slice(m.index, m.index + m[0].length);
  let time: string | null = null;
  if (shape === SHAPES[0] && m[4]) {
    time = `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7] ? isoOffset(m[7]) : ''}`;
  } else {
    const after = TIME_AFTER.exec(text.slice(m.index + m[0].length));
    const read = after && (after[2] !== undefined || after[4]) ? readTime(after[1], after[2], after[3], after[4], after[5]) : null;
    if (read) {
      time = read;
      shown += source.slice(m.index + m[0].length, m.index + m[0].length + after![0].length);
    } else {
      const before = TIME_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      const readB = before ? readTime(before[1], before[2], undefined, before[3], before[4]) : null;
      if (readB) time = readB;
    }
  }
  const weekdayLed = WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
  return { iso: time ? `${date}T${time}` : date, hasTime: time !== null, text: shown.trim(), index: m.index, weekdayLed };
}

/**
 * Whether the only digits of `text` are the four of its first DATE_DIGITS match, which ends at `end`: then no shape
 * matches. Every shape prints a day and a four-digit year (five ASCII digits or more; \d is ASCII without the u flag)
 * but the short year's, which prints \d/\d: a line holding that and a four-digit run holds five digits too (the two
 * share one digit at most), and one without a four-digit run has \d/\d as its first match. Looked for on either side
 * of the run, nearest first: a date's day mostly stands just before its year or (2026-01-22) just after.
 */
function yearOnly(text: string, end: number): boolean {
  if (text.charCodeAt(end - 2) === SLASH) return false; // the match is \d/\d (in four digits, end - 2 is a digit)
  for (let i = end - 5; i >= 0; i--) if (isAsciiDigit(text.charCodeAt(i))) return false;
  for (let i = end; i < text.length; i++) if (isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

const SLASH = 0x2f;

const CLOCK = /\d[:.]\d\d/;
// "Nov 18, 8:19 PM": a month and day with a clock time and no year (some US sites' header stamps).
export const YEARLESS = new RegExp(`(?<![${LETTER}])${MONTH}\\s+(\\d{1,2})(?![\\d${LETTER}])`, 'g');

/**
 * Dates printed without a year but with a clock time ("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM"),
 * read in `year`. A bare "Nov 19" is too often story text to be read without a year; with a time it is a stamp.
 */
// The answer for a line without a stamp (nearly every line a dateline search asks): one array, not a new one a line.
const NO_DATES: readonly FoundDate[] = Object.freeze([]);

export function findYearlessDates(printed: string, year: number): readonly FoundDate[] {
  // A stamp has a clock time: without "9:41" or "8.19" there is nothing to read.
  if (!CLOCK.test(printed)) return NO_DATES;
  const text = printed.toLowerCase();
  if (text.length !== printed.length) return NO_DATES;
  const found: FoundDate[] = [];
  for (const m of text.matchAll(YEARLESS)) {
    const month = monthIndex.get(m[1]) ?? 0;
    const day = +m[2];
    if (!validDate([year, month, day])) continue;
    const after = TIME_AFTER.exec(text.slice(m.index + m[0].length));
    const time = after && (after[2] !== undefined || after[4]) ? readTime(after[1], after[2], after[3], after[4], after[5]) : null;
    if (!time) continue;
    const shown = printed.slice(m.index, m.index + m[0].length + after![0].length).trim();
    found.push({ iso: `${year}-${pad(month)}-${pad(day)}T${time}`, hasTime: true, text: shown, index: m.index, weekdayLed: false });
  }
  return found;
}

function numericDate(a: number, b: number, year: number, dayFirst: DayFirst): [number, number, number] {
  if (a > 12) return [year, b, a];
  if (b > 12) return [year, a, b];
  return (typeof dayFirst === 'boolean' ? dayFirst : dayFirst()) ? [year, b, a] : [year, a, b];
}

function readTime(h: string, min: string | undefined, sec: string | undefined, meridiem: string | undefined, zone: string | undefined): string | null {
  let hour = +h;
  const minute = min === undefined ? 0 : +min;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (min === undefined) {
    return null; // a bare number after a date is not a time
  }
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}${sec ? `:${sec}` : ''}${zone ? isoOffset(zone) : ''}`;
}

function isoOffset(zone: string): string {
  const z = zone.toLowerCase();
  if (z === 'z') return 'Z';
  let minutes: number | undefined = ZONES[z];
  if (minutes === undefined) {
    const m = /([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
    if (!m) return '';
    minutes = (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + (m[3] ? +m[3] : 0));
  }
  if (minutes === 0) return '+00:00';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether the day is in the month: what new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() === mo - 1 tells, without a Date. */
export function validDate([y, mo, d]: [number, number, number]): boolean {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  return d <= (mo === 2 ? (isLeapYear(y) ? 29 : 28) : DAYS_IN_MONTH[mo - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A leap year of the Gregorian calendar, which Date follows back in time; Date.UTC reads a year 0-99 as 1900-1999. */
function isLeapYear(y: number): boolean {
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
