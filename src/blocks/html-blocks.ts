/**
 * Stage 2 for HTML: parse the page and lay it out as the blocks a browser's
 * innerText would show, in reading order, each with what the markup says
 * about it; in the same walk, read the page's metadata, social embeds and
 * marked credits.
 */
import { newBlock, type Block } from './block.js';
import { flatCopy } from './flat-lines.js';
import { ContentRootFinder } from './html/content-root.js';
import { CreditCollector } from './html/credits.js';
import { EmbedCollector } from './html/embeds.js';
import { MetadataCollector } from './html/metadata.js';
import { streamHtml } from './html/parse.js';
import { Renderer, type RenderedLine } from './html/render.js';
import { SectionHeadingFinder, type HeadedSection } from './html/section-headings.js';
import type { PageMarkup } from './page-markup.js';

export interface HtmlPage {
  blocks: Block[];
  markup: PageMarkup;
}

export function htmlToBlocks(html: string): HtmlPage {
  const metadata = new MetadataCollector();
  const embeds = new EmbedCollector();
  const credits = new CreditCollector();
  const contentRoot = new ContentRootFinder();
  const headings = new SectionHeadingFinder();
  const renderer = new Renderer([metadata, embeds, credits, contentRoot, headings]);
  streamHtml(html, renderer);
  const lines = renderer.result();
  for (const section of headings.sections) for (let k = section.from; k < section.to; k++) addSectionHint(lines[k], section);
  const root = contentRoot.root();
  const blocks: Block[] = lines.map((line, index) => {
    const inRoot = root !== null && index >= root.from && index < root.to;
    // Inside the content root, what its ancestors say ("content-sidebar-wrap", <form> around an
    // ASP.NET page) describes the page layout, not this line: keep only the root and what is inside it.
    const inside = (depth: number) => !inRoot || depth >= root.depth;
    // A flat copy: the rendered text is a slice or a join of the page's strings (see flat-lines.ts).
    return newBlock(index, flatCopy(line.text), index + 1, line.gapBefore, undefined, {
      tag: line.tag,
      ancestors: line.ancestors.filter((_, k) => inside(line.ancestorDepths[k])),
      linkDensity: line.linkDensity,
      classHints: line.classHints.filter((_, k) => inside(line.hintDepths[k])),
      inContentRoot: inRoot,
    });
  });
  return { blocks, markup: { metadata: metadata.result(), embeds: embeds.embeds, credits: credits.credits } };
}

/** The hint of the heading that opens the line's section, in its place among the line's hints (nearest first). */
function addSectionHint(line: RenderedLine, section: HeadedSection): void {
  if (line.classHints.includes(section.hint)) return;
  let at = line.hintDepths.findIndex((d) => d < section.depth);
  if (at < 0) at = line.hintDepths.length;
  line.classHints = [...line.classHints.slice(0, at), section.hint, ...line.classHints.slice(at)];
  line.hintDepths = [...line.hintDepths.slice(0, at), section.depth, ...line.hintDepths.slice(at)];
}
