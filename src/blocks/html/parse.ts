/**
 * Parse HTML the way htmlparser2 (the parser cheerio's slim build uses) does: a
 * forgiving streaming parser. The page is not built into a DOM tree: its events
 * (open tag, text, close tag) go straight to the renderer, which lays the page
 * out as they come; the few elements read whole get a subtree of their own
 * (subtree.ts). Building the page's tree cost more than laying it out.
 *
 * The tokens come from our own scanner (scanner.ts), which reads a page held in
 * one string several times faster than htmlparser2's character-by-character
 * tokenizer, and go through htmlparser2's tree rules (tree-builder.ts); the
 * events are htmlparser2's. htmlparser2 itself (its DomHandler, for subtrees,
 * and its `entities` decoder) is loaded on the first HTML page only,
 * synchronously (extract() is synchronous), so the text path never pays for it;
 * the CLI bundle leaves it external (loaded with require at run time).
 */
// A default import: the CLI bundle's banner already declares a `createRequire` binding.
import nodeModule from 'node:module';
import type { Handler } from 'htmlparser2';
import type { DomHandler } from 'domhandler';
import { scanHtml } from './scanner.js';
import { TreeBuilder } from './tree-builder.js';

let DomHandlerClass: typeof DomHandler | null = null;

/**
 * Send the page's parse events to the handler, in document order: cheerio's defaults (HTML, entities
 * decoded), tag names as shared strings, and only the attributes the HTML path reads (names.ts).
 */
export function streamHtml(html: string, handler: Partial<Handler>): void {
  scanHtml(html, new TreeBuilder(handler));
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

/** A DomHandler, to build a tree from the same events. */
export function newDomHandler(): DomHandler {
  DomHandlerClass ??= (nodeModule.createRequire(import.meta.url)('htmlparser2') as { DomHandler: typeof DomHandler }).DomHandler;
  return new DomHandlerClass();
}
