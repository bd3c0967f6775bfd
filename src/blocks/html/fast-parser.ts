/**
 * htmlparser2's Parser with cheaper open tags. The stock parser slices and
 * lower-cases every tag name into a new string, and slices, lower-cases and
 * stores every attribute of every element (srcset, data-*, onclick, a path's d),
 * each store into an object of a new shape. Here a tag name is looked up in a
 * table of the names already seen, so each element of one name carries the same
 * string (every later lookup by name is then a pointer comparison), and only the
 * attributes the HTML path reads are stored, as the same strings the stock
 * parser gives (a handler's onattribute is not called): a test compares its
 * events and read attributes with the stock parser's. None of these methods is
 * public API: when a release of htmlparser2 no longer has them in this form,
 * the stock parser stays.
 */
import type { Parser } from 'htmlparser2';

type ParserClass = typeof Parser;

/**
 * Every attribute any reader of an element looks at (layout.ts, hints.ts, metadata.ts,
 * embeds.ts): a reader of another attribute must add it here, or it reads undefined.
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  // Layout and hints: hidden elements, class/id hint words.
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'open',
  // Metadata: <meta>, JSON-LD scripts, rel="author" links.
  'name', 'property', 'itemprop', 'content', 'type', 'rel',
  // Embeds: the platform, the post's page and links, a video's title.
  'src', 'data-src', 'href', 'data-href', 'cite', 'title',
]);

// Names as written (any case) a table keeps, per table: far more than a page uses, few enough that a
// batch of pages with made-up element or attribute names cannot grow it without end.
const MAX_NAMES = 2000;

/** Tag names as written → the lower-cased name, one string per name. */
const tagNames = new Map<string, string>();
/** Attribute names as written → the lower-cased name when it is one of READ_ATTRIBUTES, else ''. */
const attributeNames = new Map<string, string>();

/** The fields of htmlparser2's Parser that the replaced methods read and write. */
interface ParserState {
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  startIndex: number;
  endIndex: number;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
}

interface ReplacedMethods {
  onopentagname(this: ParserState, start: number, end: number): void;
  onattribname(this: ParserState, start: number, end: number): void;
  onattribdata(this: ParserState, start: number, end: number): void;
  onattribentity(this: ParserState, codePoint: number): void;
  onattribend(this: ParserState, quote: number, end: number): void;
}

// The methods replaced and used, with how many arguments each takes in the release this was written for.
const ARITIES: Readonly<Record<keyof ReplacedMethods | 'getSlice' | 'emitOpenTag', number>> = {
  onopentagname: 2, onattribname: 2, onattribdata: 2, onattribentity: 1, onattribend: 2, getSlice: 2, emitOpenTag: 1,
};

/** For HTML mode (tag and attribute names lower-cased), the only mode streamHtml uses. */
export function withFastOpenTags(Stock: ParserClass): ParserClass {
  const stock = Stock.prototype as unknown as Record<string, ((...args: never[]) => unknown) | undefined>;
  if (!Object.entries(ARITIES).every(([m, n]) => typeof stock[m] === 'function' && stock[m].length === n)) return Stock;
  const stockEntity = stock.onattribentity as ReplacedMethods['onattribentity'];
  const methods: ReplacedMethods = {
    onopentagname(start, end) {
      this.endIndex = end;
      this.emitOpenTag(lookUp(tagNames, this.getSlice(start, end), lowerCase));
    },
    onattribname(start, end) {
      this.startIndex = start;
      this.attribname = lookUp(attributeNames, this.getSlice(start, end), readName);
    },
    onattribdata(start, end) {
      if (this.attribname !== '') this.attribvalue += this.getSlice(start, end);
    },
    onattribentity(codePoint) {
      if (this.attribname !== '') stockEntity.call(this, codePoint);
    },
    onattribend(_quote, end) {
      this.endIndex = end;
      // The first of repeated attributes wins, as in the stock parser.
      const name = this.attribname;
      if (name !== '' && this.attribs && this.attribs[name] === undefined) this.attribs[name] = this.attribvalue;
      this.attribvalue = '';
    },
  };
  class FastOpenTagParser extends Stock {}
  for (const [name, value] of Object.entries(methods)) Object.defineProperty(FastOpenTagParser.prototype, name, { value });
  return FastOpenTagParser;
}

function lowerCase(name: string): string {
  return name.toLowerCase();
}

function readName(name: string): string {
  const lower = name.toLowerCase();
  return READ_ATTRIBUTES.has(lower) ? lower : '';
}

/** The table's entry for a name as written, made with `make` the first time. */
function lookUp(table: Map<string, string>, written: string, make: (written: string) => string): string {
  let name = table.get(written);
  if (name === undefined) {
    name = make(written);
    if (table.size < MAX_NAMES) {
      // Copies: a slice of the page would keep the whole page in memory as long as the table.
      name = copyOf(name);
      table.set(copyOf(written), name);
    }
  }
  return name;
}

/** A string with the same characters that does not point into another one. */
function copyOf(s: string): string {
  return s.length === 0 ? s : Array.from(s).join('');
}
