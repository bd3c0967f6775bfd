/**
 * Stage 4, classify: give every block a label, a score and its reasons.
 * The steps run in this order, each in its own file under steps/ (the rules they apply under rules/):
 *   1. cues        furniture words, credits, related and comments headings (per block)
 *   2. score       content score of every block (prose-score.ts); 2b. what the markup says moves it (HTML path)
 *   3. region      the body run with the highest total, cut at hard stops (body-region.ts)
 *   4. header      byline, title, dateline, section above the body
 *   5. related     the lists under related headings after the body
 *   6. body        inside the region, drop what cues, credits and echoes mark
 * One function per step also keeps V8's work per page small: each is optimised on its own, and a
 * deoptimisation (a page whose arrays or objects differ from the pages before) recompiles only that step.
 */
import type { Block } from '../blocks/block.js';
import type { Features } from '../features/features.js';
import type { FoundDate } from '../features/dates.js';
import { mark, type Classification, type Label } from './labels.js';
import type { Region } from './rules/body-region.js';
import type { CreditMatch } from './rules/image-credit.js';
import type { RelatedList } from './rules/related.js';
import { markBody, markOutsideRegion } from './steps/body.js';
import { readCues } from './steps/cues.js';
import { findHeader, regionUnderHeader } from './steps/header.js';
import { applyMarkup } from './steps/markup-scores.js';
import { findBodyRegion } from './steps/region.js';
import { relatedAfter } from './steps/related.js';
import { scoreBlocks } from './steps/score.js';

export interface ClassifiedPage {
  blocks: readonly Block[];
  features: readonly Features[];
  labels: Classification[];
  region: Region | null;
  title: number | null;
  byline: number | null;
  /** The block whose printed date is the publication date. */
  dateline: number | null;
  /** That date, as read (a yearless stamp is read in the page's year, so it is not the block's feature). */
  datelineDate: FoundDate | null;
  section: { index: number; name: string } | null;
  related: RelatedList[];
  /** Inline "Also read: …" lines inside the body, with the headline they name. */
  inlineRelated: Array<{ index: number; title: string }>;
  credits: Map<number, CreditMatch>;
}

const HEADER_LABELS: ReadonlySet<Label> = new Set(['title', 'byline', 'dateline', 'section']);

export function classify(blocks: readonly Block[], features: readonly Features[]): ClassifiedPage {
  const cues = readCues(blocks, features);
  const labels = scoreBlocks(blocks, features, cues.cue);
  const markup = applyMarkup(blocks, labels);
  const found = findBodyRegion(blocks, features, labels, cues);
  const header = findHeader(blocks, features, labels, cues, found.region);
  const region = regionUnderHeader(found.region, header, blocks.length, cues);
  const related = relatedAfter(region, found.lists, cues.cue, labels);
  const inlineRelated = markBody(blocks, features, labels, { cues, markup, region, widgetBlocks: found.widgetBlocks, header });
  markOutsideRegion(labels, region);
  const { title, byline, dateline, datelineDate, section } = header;
  const { credits } = cues;
  if (hasBody(labels, region)) {
    return { blocks, features, labels, region, title, byline, dateline, datelineDate, section, related, inlineRelated, credits };
  }
  // Without a body there is no article to head: a headline, byline or date found then is a teaser's
  // (a section index page), so the header parts go back to boilerplate.
  for (const i of [title, byline, dateline, section?.index ?? null]) {
    if (i !== null && HEADER_LABELS.has(labels[i].label)) mark(labels, i, 'boilerplate', 'header.no-article');
  }
  return { blocks, features, labels, region, title: null, byline: null, dateline: null, datelineDate: null, section: null, related, inlineRelated, credits };
}

/** Whether a block is labelled body: only markBody labels one, and only inside the region, so only the region is read. */
function hasBody(labels: readonly Classification[], region: Region | null): boolean {
  if (region === null) return false;
  for (let i = region.start; i < region.end; i++) if (labels[i].label === 'body') return true;
  return false;
}
