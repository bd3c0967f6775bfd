/**
 * Tag and attribute names as the HTML path sees them: lower-cased (HTML mode),
 * one string per name. A name as written is looked up in a table of the names
 * already seen, so each element of one name carries the same string (every later
 * lookup by name is then a pointer comparison), and an attribute nobody reads is
 * known as such without lower-casing it again.
 */
import { ownCopy } from './own-copy.js';

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

// No read attribute's name is longer: a longer one (srcset's neighbours, data-*, on*) is turned away unread.
const LONGEST_READ_ATTRIBUTE = Math.max(...[...READ_ATTRIBUTES].map((a) => a.length));

// Names as written (any case) a table keeps, per table: far more than a page uses, few enough that a
// batch of pages with made-up element or attribute names cannot grow it without end.
const MAX_NAMES = 2000;

/** Tag names as written → the lower-cased name, one string per name. */
const tagNames = new Map<string, string>();
/** Attribute names as written → the lower-cased name when it is one of READ_ATTRIBUTES, else ''. */
const attributeNames = new Map<string, string>();

/** The lower-cased name of the tag written at html[start, end). */
export function tagName(html: string, start: number, end: number): string {
  return lookUp(tagNames, html.slice(start, end), lowerCase);
}

/** The lower-cased name of the attribute written at html[start, end) when it is read, else ''. */
export function readAttributeName(html: string, start: number, end: number): string {
  if (end - start > LONGEST_READ_ATTRIBUTE) return '';
  return lookUp(attributeNames, html.slice(start, end), readName);
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
      name = ownCopy(name);
      table.set(ownCopy(written), name);
    }
  }
  return name;
}
