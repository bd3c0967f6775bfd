/**
 * fast-check generators of page-like dumps: what scrapers really hand us (long prose lines,
 * short nav lines, quotes posted on X, "Photo: X" credits, "Related" lists, bylines, dates),
 * seasoned with the dirt of real dumps (CRLF, NBSP, zero-width and bidi characters, NUL, tabs).
 */
import fc from 'fast-check';

const WORDS = [
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'said', 'it', 'from',
  'government', 'minister', 'India', 'United', 'States', 'meeting', 'Washington', 'police', 'drug', 'trade', 'election',
  'Congress', 'party', 'on', 'On', 'Shah', 'Amit', 'MEA', 'X', 'Twitter', 'Instagram', 'posted', 'wrote', 'stated',
  'he', 'she', 'they', 'mentioned', 'Photo', 'Related', 'read', 'also', 'courtesy', 'AFP', 'Reuters', '2026', '22', 'Jan',
  'January', 'PM', 'IST', 'Monday', 'é', 'ñ', 'über', 'भारत', '中国', 'صحيفة', '—', '–', '-', '…', '(', ')', '|', ':', ',',
];

const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

const sentence = words(4, 25).map((s) => s.charAt(0).toUpperCase() + s.slice(1) + '.');
const prose = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

const navLine = fc.constantFrom('Home', 'World', 'India', 'Sports', 'Share', 'Tweet', 'ADVT', 'Advertisement', 'Subscribe', 'Log in', 'Menu', '×', '•', 'Read more', 'Comments (0)', 'Follow us on X', 'Cookie settings');

const openClose = fc.constantFrom(['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['"', ''], ['“', '']);
const quoteLine = fc
  .tuple(openClose, words(2, 30), fc.constantFrom(',', '.', ''), words(0, 4), fc.constantFrom('posted on X', 'wrote on Instagram', 'said', 'he mentioned', 'stated in a post on X', 'tweeted', ''), fc.constantFrom('.', ''))
  .map(([[open, close], inner, punct, who, verb, end]) => `${open}${inner}${punct}${close} ${who} ${verb}${end}`);
const leadQuote = fc
  .tuple(words(1, 4), openClose, words(3, 20))
  .map(([who, [open, close], inner]) => `In a post on X, ${who} stated, ${open}${inner}${close}`);

const credit = fc.tuple(fc.constantFrom('Photo', 'Picture Courtesy', 'Image credit', 'Source', 'Foto', '(Photo', 'फोटो'), fc.constantFrom(':', ' |', ' by', ''), words(0, 5))
  .map(([label, sep, who]) => `${label}${sep} ${who}`);
const caption = fc.tuple(sentence, fc.constantFrom('(Photo: AFP/Getty Images)', '| Photo Credit: PTI', '(Image: Reuters)', '[Foto: dpa]')).map(([s, c]) => `${s} ${c}`);
const relatedHeading = fc.constantFrom('Related', 'Related Articles', 'MORE India ARTICLES', 'Also read', 'You may also like', 'Read more', 'Comments', 'Más noticias');
const alsoRead = words(0, 10).map((t) => `Also read: ${t}`);
const byline = fc.tuple(fc.constantFrom('By ', 'by ', 'Von ', ''), words(1, 4), fc.constantFrom(' IANS', ' | PTI', ', Reuters', ''), fc.constantFrom(', 22 Jan, 2026 01:30 PM', ' Updated: January 22, 2026 13:30 IST', ' 2026-01-22', ''))
  .map((parts) => parts.join(''));
const dateLine = fc.constantFrom('Saturday, February 7, 2026', '22 Jan, 2026 01:30 PM', '2026-01-22T13:30:00Z', 'Jan. 22, 2026', '31/02/2026', '99:99 PM', '22.01.2026 | 13:30 Uhr');
const headline = words(3, 15);
const bullet = fc.tuple(fc.constantFrom('• ', '- ', '* ', '► '), headline).map(([b, h]) => b + h);

const line = fc.oneof(
  { weight: 6, arbitrary: prose },
  { weight: 4, arbitrary: navLine },
  { weight: 3, arbitrary: quoteLine },
  { weight: 1, arbitrary: leadQuote },
  { weight: 2, arbitrary: credit },
  { weight: 1, arbitrary: caption },
  { weight: 2, arbitrary: relatedHeading },
  { weight: 1, arbitrary: alsoRead },
  { weight: 2, arbitrary: byline },
  { weight: 1, arbitrary: dateLine },
  { weight: 3, arbitrary: headline },
  { weight: 1, arbitrary: bullet },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
);

// The dirt of real dumps: each is inserted at random places in a page.
const DIRT = ['\u00A0', '\u200B', '\u200E', '\u202E', '\uFEFF', '\u00AD', '\t', '\u0000', '\r', '   ', '\u2028', '\u3000', '\uFFFD'];

/** A page-like dump: a few dozen lines, joined with LF, CRLF or blank lines, with dirt sprinkled in. */
export const pageLike: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(line, { minLength: 1, maxLength: 60 }),
    fc.constantFrom('\n', '\r\n', '\n\n', '\r'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...DIRT)), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([lines, eol, dirt, twice]) => {
    let page = lines.join(eol);
    for (const [at, d] of dirt) {
      const i = page.length === 0 ? 0 : at % page.length;
      page = page.slice(0, i) + d + page.slice(i);
    }
    // A page saved twice into one dump: seen in real scrapes.
    return twice ? `${page}\n${page}` : page;
  });
