/**
 * Step 6 of classify, body: inside the region, every block still boilerplate becomes body unless
 * a cue, a credit, a widget, the markup, or an echo of the header marks it; the rest of the page
 * says it stands outside the region.
 */
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import { addReason, mark, relabel, type Classification, type Reason } from '../labels.js';
import type { Region } from '../rules/body-region.js';
import { embedAttribution } from '../rules/embed.js';
import type { MarkupVerdict } from '../rules/markup.js';
import { inlineRelatedTitle } from '../rules/related.js';
import { THRESHOLDS as T } from '../thresholds.js';
import type { PageCues } from './cues.js';
import type { PageHeader } from './header.js';

/** What the body step reads besides the blocks and their labels. */
export interface BodyContext {
  cues: PageCues;
  /** Step 2b's verdicts, or null when the markup says nothing of any block (the text path). */
  markup: ReadonlyArray<MarkupVerdict | null> | null;
  region: Region | null;
  widgetBlocks: ReadonlySet<number>;
  header: PageHeader;
}

// Reasons that are the same for every block they are given to: one object each.
const BODY_WIDGET: Reason = { rule: 'body.widget' };
const BODY_TITLE_ECHO: Reason = { rule: 'body.title-echo' };
const BODY_DEK: Reason = { rule: 'body.dek' };
const BODY_DATELINE: Reason = { rule: 'body.dateline' };
const REGION_INSIDE: Reason = { rule: 'region.inside' };

/** Marks the body, credits and captions around it, and inline "Also read: …" lines; returns those lines with the headline each names. */
export function markBody(blocks: readonly Block[], features: readonly Features[], labels: Classification[], ctx: BodyContext): Array<{ index: number; title: string }> {
  const n = blocks.length;
  const { cues: { cue, credits, stops }, markup, region, widgetBlocks, header: { title, end: headerEnd } } = ctx;
  const inRegion = (i: number) => region !== null && i >= region.start && i < region.end;
  const titleKey = title !== null ? features[title].key : null;
  // A dek (standfirst) printed between the title and the byline or dateline is header, not body.
  const isDek = (i: number) => title !== null && i > title && i < headerEnd;
  /** Why block i, in the region and marked by nothing else, is not body: it echoes the title, is the dek, or is only a date; or null. */
  const headerPart = (i: number): Reason | null => {
    if (titleKey !== null && features[i].key === titleKey) return BODY_TITLE_ECHO;
    if (isDek(i)) return BODY_DEK;
    if (isDatelineOnly(blocks[i].text, features[i])) return BODY_DATELINE;
    return null;
  };
  const inlineRelated: Array<{ index: number; title: string }> = [];
  /** Whether block i is an inline "Also read: …" line; if so it is listed and marked related. */
  const takeInlineRelated = (i: number): boolean => {
    const also = inlineRelatedTitle(blocks[i].text);
    if (also) {
      inlineRelated.push({ index: i, title: also });
      mark(labels, i, 'related', 'body.inline-related');
    }
    return also !== null;
  };
  // Credits first, read from the few there are: a block marked here is no longer boilerplate, which the loop
  // below skips, and a credit left unmarked goes on as any block (marking one block changes no other).
  for (const [i, credit] of credits) {
    if (labels[i].label === 'boilerplate' && (inRegion(i) || nearBody(i, region, title))) {
      const line = credit.standalone && credit.credit !== null;
      mark(labels, i, line ? 'image-credit' : 'caption', line ? 'credit.line' : 'credit.caption');
    }
  }
  // Only the region's blocks can become body here: the blocks outside it are not visited.
  const from = region !== null ? region.start : 0;
  const to = region !== null ? region.end : 0;
  for (let i = from; i < to; i++) {
    if (labels[i].label !== 'boilerplate') continue;
    if (cue[i]) continue;
    const widget = widgetBlocks.has(i);
    if (!widget && markup !== null && markup[i]?.notBody) continue; // 2b. markup: a caption or marked furniture inside the region
    // One site notes why a block stays out: a rare reason (a title echo) then reads no labels[i] of its own
    // that has had no chance to gather type feedback, which deoptimised markBody.
    const held = widget ? BODY_WIDGET : headerPart(i);
    if (held !== null) {
      addReason(labels[i], held);
      continue;
    }
    if (takeInlineRelated(i)) continue;
    relabel(labels[i], 'body', REGION_INSIDE);
  }
  // The article's last line is often an inline "Also read: …" link; a link line scores too low to end the region with it.
  if (region && region.end < n && labels[region.end].label === 'boilerplate' && !cue[region.end] && !stops.has(region.end)) takeInlineRelated(region.end);
  return inlineRelated;
}

const NO_REGION: Reason = { rule: 'region.none' };
const OUTSIDE_REGION: Reason = { rule: 'region.outside' };

/** The reason every block left boilerplate gets from the region: outside it, or no region at all. */
export function markOutsideRegion(labels: Classification[], region: Region | null): void {
  if (!region) {
    for (const l of labels) addReason(l, NO_REGION);
    return;
  }
  // Runs of blocks share one reasons list (a menu's short lines: see rules/prose-score.ts), and lists are never changed
  // in place: the blocks of a run take one list with the reason added too, made for the first of them.
  let from: readonly Reason[] | null = null;
  let to: readonly Reason[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if ((i >= region.start && i < region.end) || l.label !== 'boilerplate') continue;
    if (l.reasons !== from) {
      from = l.reasons;
      addReason(l, OUTSIDE_REGION);
      to = l.reasons;
    } else l.reasons = to;
  }
}

/** A line that is a date and its label, nothing more ("Published Monday, November 18, 2019 8:22AM EST"). */
function isDatelineOnly(text: string, f: Features): boolean {
  // The date is read (and, the first time, looked for: features/dates.ts) only of a line not ending like a sentence.
  return !f.endsSentence && f.date !== null && f.chars - f.date.text.length <= T.datelineExtraChars && embedAttribution(text) === null;
}

/** Credits sit around the body: between the title and the first block after the body. */
function nearBody(i: number, region: Region | null, title: number | null): boolean {
  if (!region) return false;
  const top = title ?? region.start;
  return i >= top && i <= region.end + 1;
}
