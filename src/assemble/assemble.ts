/**
 * Stage 5, assemble: turn the labelled blocks into the result object: the
 * article, its side lists and warnings. Reads labels; decides nothing new
 * about which block is what.
 */
import type { PageMarkup } from '../blocks/page-markup.js';
import type { ClassifiedPage } from '../classify/classify.js';
import type { CreditMatch } from '../classify/rules/image-credit.js';
import type { ImageCredit, Result } from '../validate/schema.js';
import { parseByline } from './byline.js';
import { withEmbedQuotes } from './embed-quotes.js';
import { withMarkupCredits } from './markup-credits.js';
import { chooseMetadata } from './metadata.js';
import { findSocialQuotes } from './social-quotes.js';

export interface AssembleOptions {
  name: string | null;
  format: 'text' | 'html';
  bytes: number;
  warnings: string[];
  includeBoilerplate?: boolean;
  /** What the HTML markup declares (metadata, embeds, credits); null on the text path. */
  markup?: PageMarkup | null;
}

export function assemble(page: ClassifiedPage, options: AssembleOptions): Result {
  const { blocks, features, labels } = page;
  // The body's paragraphs, and for each whether it joins the one before it: no blank line (HTML: no block
  // boundary) separates them. One plain loop: V8's flatMap, which allocates an array per block, cost more
  // than the rest of assemble's own work.
  const body: string[] = [];
  const joined: boolean[] = [];
  for (let i = 0, last = -1; i < labels.length; i++) {
    if (labels[i].label !== 'body') continue;
    joined.push(body.length > 0 && last === i - 1 && !blocks[i].gapBefore);
    body.push(blocks[i].text);
    last = i;
  }
  const dateline = page.datelineDate;
  // The byline's own date is read on every page with a byline, not only where it is used: a read first made
  // late (the first byline that is not the dateline) had no type feedback and deoptimised assemble.
  const bylineDate = page.byline !== null ? features[page.byline].date : null;
  const lineBelow = page.byline !== null && page.byline + 1 < blocks.length ? blocks[page.byline + 1].text : null;
  const byline = page.byline !== null ? parseByline(blocks[page.byline].text, (page.dateline === page.byline ? dateline : bylineDate)?.text ?? null, lineBelow) : null;
  // The kept credits in page order. Plain loops into array literals: every array the schema parses then has one
  // elements kind (packed, once the literal has held an object), where filter and map made arrays holey or packed,
  // of numbers or objects, page by page, more kinds than zod's array parse is optimised for (it was deoptimised).
  // (forEach and indexes, not for-of and destructuring: each of those spells out the iterator protocol in assemble's
  // own code, which made it a third larger, and TurboFan's costliest compile.)
  const credited: Array<[number, CreditMatch]> = [];
  page.credits.forEach((credit, i) => {
    const label = labels[i].label;
    if (credit.credit !== null && (label === 'image-credit' || label === 'caption')) credited.push([i, credit]);
  });
  credited.sort(byBlock);
  const imageCredits: ImageCredit[] = [];
  for (let k = 0; k < credited.length; k++) imageCredits.push({ text: blocks[credited[k][0]].text, credit: credited[k][1].credit! });
  const listed: Array<{ at: number; title: string; summary: string | null }> = [];
  for (const r of page.inlineRelated) listed.push({ at: r.index, title: r.title, summary: null });
  for (const list of page.related) for (const item of list.items) listed.push({ at: item.blocks[0], title: item.title, summary: item.summary });
  listed.sort((a, b) => a.at - b.at);
  // A story is listed once (its first time in page order), however many lists (or copies of the page) name it.
  const related: Array<{ title: string; summary: string | null }> = [];
  const titles = new Set<string>();
  for (const { title, summary } of listed) {
    if (titles.has(title)) continue;
    titles.add(title);
    related.push({ title, summary });
  }
  const warnings = [...options.warnings];
  if (body.length === 0) warnings.push('no article body found');

  // Markup (HTML path): metadata with provenance, embeds and marked credits; see metadata.ts,
  // embed-quotes.ts, markup-credits.ts. On the text path these keep the text's values.
  const markup = options.markup ?? null;
  const metadata = chooseMetadata(
    {
      title: page.title !== null ? blocks[page.title].text : null,
      byline,
      published: dateline?.iso ?? null,
      section: page.section?.name ?? null,
      // Read only beside the markup's metadata (see chooseMetadata).
      h1: markup ? (blocks.find((b) => b.markup?.tag === 'h1')?.text ?? null) : null,
    },
    markup?.metadata ?? null,
  );
  warnings.push(...metadata.warnings);
  const textQuotes = findSocialQuotes(body, joined);
  const socialQuotes = markup ? withEmbedQuotes(textQuotes, markup.embeds, bodyPositions(labels)) : textQuotes;

  const source = { name: options.name, format: options.format, bytes: options.bytes };
  const article = {
    title: metadata.title,
    section: metadata.section,
    byline: metadata.byline,
    published: metadata.published,
    body,
    provenance: metadata.provenance,
  };
  const credits = markup ? withMarkupCredits(imageCredits, markup.credits, page) : imageCredits;
  // Every key in the schema's order (the boilerplate lines before the warnings), the order zod's parse
  // gives the printed result.
  if (!options.includeBoilerplate) return { schemaVersion: 1, source, article, socialQuotes, imageCredits: credits, related, warnings };
  const boilerplate = labels.flatMap((l, i) =>
    l.label === 'boilerplate' ? [{ line: blocks[i].line, text: blocks[i].text, rule: l.reasons[0]?.rule ?? 'region.outside' }] : [],
  );
  return { schemaVersion: 1, source, article, socialQuotes, imageCredits: credits, related, boilerplate, warnings };
}

/** Page order of credits keyed by their block. */
function byBlock(a: readonly [number, CreditMatch], b: readonly [number, CreditMatch]): number {
  return a[0] - b[0];
}

/** Each block's place among the body's paragraphs, -1 for other blocks (read only beside the markup's embeds). */
function bodyPositions(labels: ClassifiedPage['labels']): number[] {
  const at: number[] = [];
  for (let i = 0, k = 0; i < labels.length; i++) at.push(labels[i].label === 'body' ? k++ : -1);
  return at;
}
