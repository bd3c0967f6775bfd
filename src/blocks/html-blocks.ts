/**
 * Stage 2 for HTML: parse the page and lay it out as the blocks a browser's
 * innerText would show, in reading order, each with what the markup says
 * about it; in the same walk, read the page's metadata, social embeds and
 * marked credits.
 */
import type { Block } from './block.js';
import { CreditCollector } from './html/credits.js';
import { EmbedCollector } from './html/embeds.js';
import { MetadataCollector } from './html/metadata.js';
import { parseHtml } from './html/parse.js';
import { Renderer, type RenderObserver } from './html/render.js';
import type { PageMarkup } from './page-markup.js';

export interface HtmlPage {
  blocks: Block[];
  markup: PageMarkup;
}

export function htmlToBlocks(html: string): HtmlPage {
  const document = parseHtml(html);
  const metadata = new MetadataCollector();
  const embeds = new EmbedCollector();
  const credits = new CreditCollector();
  const observers: RenderObserver[] = [metadata, embeds, credits];
  const lines = new Renderer({
    enter(el, renderer) {
      let exits: Array<(r: Renderer) => void> | null = null;
      for (const o of observers) {
        const exit = o.enter(el, renderer);
        if (exit) (exits ??= []).push(exit);
      }
      if (exits) return (r) => exits.forEach((exit) => exit(r));
    },
  }).render(document.children);
  const blocks: Block[] = lines.map((line, index) => ({
    index,
    text: line.text,
    line: index + 1,
    gapBefore: line.gapBefore,
    markup: { tag: line.tag, ancestors: line.ancestors, linkDensity: line.linkDensity, classHints: line.classHints },
  }));
  return { blocks, markup: { metadata: metadata.result(), embeds: embeds.embeds, credits: credits.credits } };
}
