/**
 * Parse HTML into a DOM tree with cheerio's htmlparser2 build (cheerio/slim):
 * a forgiving streaming parser that builds a plain node tree, several times
 * faster than a spec-complete tree builder, and all we need is to walk it.
 *
 * cheerio is loaded on the first HTML page only, synchronously (extract() is
 * synchronous), so the text path never pays for it; the CLI bundle leaves it
 * external (package.json "bundle").
 */
// A default import: the CLI bundle's banner already declares a `createRequire` binding.
import nodeModule from 'node:module';
import type { Document } from 'domhandler';

type CheerioSlim = { load: (html: string) => { root: () => ArrayLike<Document> } };

let cheerio: CheerioSlim | null = null;

export function parseHtml(html: string): Document {
  cheerio ??= nodeModule.createRequire(import.meta.url)('cheerio/slim') as CheerioSlim;
  return cheerio.load(html).root()[0];
}
