/**
 * Parse HTML with htmlparser2 (the parser cheerio's slim build uses): a
 * forgiving streaming parser. The page is not built into a DOM tree: its
 * events (open tag, text, close tag) go straight to the renderer, which lays
 * the page out as they come; the few elements read whole get a subtree of
 * their own (subtree.ts). Building the page's tree cost more than laying it out.
 *
 * htmlparser2 is loaded on the first HTML page only, synchronously (extract() is
 * synchronous), so the text path never pays for it; the CLI bundle leaves it
 * external (loaded with require at run time).
 */
// A default import: the CLI bundle's banner already declares a `createRequire` binding.
import nodeModule from 'node:module';
import type { Handler, Parser, ParserOptions, Tokenizer } from 'htmlparser2';
import type { DomHandler } from 'domhandler';
import { withFastScans } from './fast-tokenizer.js';
import { withFastOpenTags } from './fast-parser.js';

interface Htmlparser2 {
  Parser: typeof Parser;
  Tokenizer: typeof Tokenizer;
  DomHandler: typeof DomHandler;
}

let htmlparser2: Htmlparser2 | null = null;
let options: ParserOptions | null = null;
let FastParser: Htmlparser2['Parser'] | null = null;

function load(): Htmlparser2 {
  htmlparser2 ??= nodeModule.createRequire(import.meta.url)('htmlparser2') as Htmlparser2;
  return htmlparser2;
}

/**
 * Send the page's parse events to the handler, in document order. The options are cheerio's
 * defaults (HTML, entities decoded) with faster scans through scripts, styles and text (fast-tokenizer.ts);
 * tag names are shared strings and elements carry only the attributes the HTML path reads (fast-parser.ts).
 */
export function streamHtml(html: string, handler: Partial<Handler>): void {
  const { Parser, Tokenizer } = load();
  options ??= { Tokenizer: withFastScans(Tokenizer) };
  FastParser ??= withFastOpenTags(Parser);
  new FastParser(handler, options).end(html);
}

/**
 * The text of a fragment of HTML, as a browser would show it: entities decoded, tags dropped.
 * For strings that hold markup although they are not in the page's markup (JSON-LD values).
 */
export function fragmentText(html: string): string {
  let text = '';
  streamHtml(html, { ontext: (data) => (text += data) });
  return text;
}

/** A DomHandler, to build a tree from the same events (parse.ts has loaded htmlparser2 by then). */
export function newDomHandler(): DomHandler {
  return new (load().DomHandler)();
}
