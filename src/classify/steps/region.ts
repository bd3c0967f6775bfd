/**
 * Step 3 of classify, region: the body run with the highest total (rules/body-region.ts), found
 * before any comments section, then bridged across the list widgets that interrupt the article,
 * carried on through a templated article or a list's tail, and over an embedded post's attribution.
 */
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import type { Classification, Reason } from '../labels.js';
import { bestRegion, bridgeWidgets, extendListTail, withEnd, type Region, type Widget } from '../rules/body-region.js';
import { embedAttribution } from '../rules/embed.js';
import { readRelatedList, type RelatedList } from '../rules/related.js';
import { templateRun } from '../rules/template-run.js';
import { THRESHOLDS as T } from '../thresholds.js';
import type { PageCues } from './cues.js';
import { scoresOf } from './scores.js';

export interface BodyRegion {
  region: Region | null;
  /** The lists under related and list headings, by heading, in page order (read in the order of the stops). */
  lists: Map<number, RelatedList>;
  /** The blocks of the widgets the region was bridged across: inside the region, not body. */
  widgetBlocks: Set<number>;
}

export function findBodyRegion(blocks: readonly Block[], features: readonly Features[], labels: readonly Classification[], cues: PageCues): BodyRegion {
  const scores = scoresOf(labels);
  const lists = readLists(blocks, features, cues);
  const widgets = listWidgets(features, cues, lists);
  // List items are headlines, however long: they never count as prose when the region is chosen.
  for (const w of widgets) for (let i = w.start; i < w.end; i++) scores[i] = Math.min(scores[i], T.shortScore);
  const found = beforeComments(scores, cues);
  const region = found && widenRegion(found, blocks, features, scores, widgets, cues, lists);
  const widgetBlocks = new Set<number>();
  if (region) for (const w of widgets) if (w.start >= region.start && w.end <= region.end) for (let i = w.start; i < w.end; i++) widgetBlocks.add(i);
  return { region, lists, widgetBlocks };
}

/** The lists under related and list headings. */
function readLists(blocks: readonly Block[], features: readonly Features[], { cue, stops }: PageCues): Map<number, RelatedList> {
  const lists = new Map<number, RelatedList>();
  for (const h of stops) {
    const rule = cue[h]?.rule;
    // Furniture words end a list; furniture only the markup names does not (it marks the list's own items).
    if (rule === 'cue.related-heading' || rule === 'cue.list-heading') lists.set(h, readRelatedList(blocks, features, h, (i) => cue[i] !== null && cue[i]!.rule !== 'markup.furniture'));
  }
  return lists;
}

/** Each list as a widget the region may be bridged across, in page order. */
function listWidgets(features: readonly Features[], { cue, stops }: PageCues, lists: ReadonlyMap<number, RelatedList>): Widget[] {
  const widgets: Widget[] = [];
  for (const l of lists.values()) widgets.push({ start: widgetLead(features, l.heading, cue), end: cardListEnd(features, cue, stops, l) });
  widgets.sort((a, b) => a.start - b.start);
  return widgets;
}

/** The region found, bridged across widgets, through a templated article and a list's tail, and over an embed's attribution. */
function widenRegion(
  found: Region,
  blocks: readonly Block[],
  features: readonly Features[],
  scores: number[],
  widgets: readonly Widget[],
  { cue, stops }: PageCues,
  lists: ReadonlyMap<number, RelatedList>,
): Region {
  const n = blocks.length;
  // Prose across a widget that repeats the region's own paragraphs is a second copy of the page, not more article.
  // A block outside the region that the page prints once (repeats 0: no other block has its key) repeats none of
  // them, and is not looked up. The region's paragraphs are gathered, hashing each, only for a block printed again:
  // a long region's paragraphs were all hashed for a bridge tried over blocks printed once.
  let inFound: Set<string> | null = null;
  const repeatsRegion = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (features[i].repeats === 0 && (i < found.start || i >= found.end)) continue;
      if (inFound === null) {
        inFound = new Set<string>();
        for (let j = found.start; j < found.end; j++) if (features[j].chars >= T.paragraphChars) inFound.add(features[j].key);
      }
      if (inFound.has(features[i].key)) return true;
    }
    return false;
  };
  const bridged = bridgeWidgets(found, scores, widgets, nonBridgeable(stops, lists), {
    minRun: T.bridgeMinScore,
    maxGap: T.bridgeMaxGap,
    accept: (from, to) => !repeatsRegion(from, to),
  });
  // A templated article (the same plan printed for every option) goes on to the next stop: see templateRun.
  const templated = templateRun(bridged, features, { length: n, stop: (i) => stops.has(i), furniture: (i) => cue[i] !== null, minBlocks: T.templateMinBlocks, minShare: T.templateRepeatShare });
  const listed = extendListTail(templated, blocks, (i) => cue[i] !== null || stops.has(i), T.listTailMinItems, T.listTailMaxChars);
  // An embedded post's attribution line ("— Name (@handle) date") belongs with the post text that ends the region.
  return embedAttribution(blocks[listed.end]?.text ?? '') ? withEnd(listed, listed.end + 1) : listed;
}

/**
 * Reader comments come after the article and can outweigh it. When the page has a comments
 * section (a comments heading, or comment metadata lines), look for the body before it first.
 */
function beforeComments(scores: number[], { cue, stops }: PageCues): Region | null {
  // Both kinds of line are stop cues (steps/cues.ts: no other cue has their rules), so only the stops are read, not every
  // block: a few a page, in page order (readCues adds them block by block). Pages with neither allocate no list of headings.
  const metas: number[] = [];
  let headings: number[] | null = null;
  for (const i of stops) {
    const rule = cue[i]!.rule;
    if (rule === 'cue.comment-meta') metas.push(i);
    else if (rule === 'cue.comments-heading') (headings ??= []).push(i);
  }
  // A comments heading opens the comments only when comments follow ("0 Comments" beside a byline does not): the first
  // such heading in page order.
  let heading = -1;
  if (headings !== null) for (const h of headings) if (heading === -1 && metas.some((m) => m > h && m - h <= T.commentMetaReach)) heading = h;
  // The comments start at the first of the heading and, given two or more, the first comment line (block 0 opens no comments).
  const firstMeta = metas.length >= 2 ? metas[0] : -1;
  const start = heading > 0 && firstMeta > 0 ? Math.min(heading, firstMeta) : heading > 0 ? heading : firstMeta;
  if (start > 0) {
    const before = bestRegion(scores, stops, start);
    if (before && before.total >= T.minArticleScore) return before;
  }
  return bestRegion(scores, stops);
}

/**
 * A list of cards goes on past what the list reader can read when every card carries the same
 * line that is not furniture by its words ("Whatsapp Facebook Pint Baixar" under each card's text):
 * while that line recurs every few blocks, the list goes on, up to the next stop.
 */
function cardListEnd(features: readonly Features[], cue: ReadonlyArray<Reason | null>, stops: ReadonlySet<number>, list: RelatedList): number {
  // The first stop after the heading (stops are block indexes, few: each is read, not each block looked up).
  let limit = features.length;
  for (const s of stops) if (s > list.heading && s < limit) limit = s;
  const separator = (i: number) => cue[i] === null && features[i].repeats > 0 && features[i].chars < T.shortChars;
  // Only a line first met within cardMaxBlocks of the heading can carry the list on (see below): past that window a line
  // not met in it is not gathered, and a list with none in it ends where the list reader ended it, unwalked.
  const window = list.heading + T.cardMaxBlocks;
  const at = new Map<string, number[]>();
  for (let i = list.heading + 1; i < limit; i++) {
    if (i > window && at.size === 0) break;
    if (!separator(i)) continue;
    const positions = at.get(features[i].key);
    if (positions) positions.push(i);
    else if (i <= window) at.set(features[i].key, [i]);
  }
  let end = list.end;
  for (const positions of at.values()) {
    if (positions.length < T.cardSeparatorRepeats || positions[0] - list.heading > T.cardMaxBlocks) continue;
    if (positions.some((p, k) => k > 0 && p - positions[k - 1] > T.cardMaxBlocks)) continue;
    end = Math.max(end, Math.min(limit, positions[positions.length - 1] + T.cardMaxBlocks));
  }
  return end;
}

/** Stops the region may not be bridged across: every stop that is not a list heading. */
function nonBridgeable(stops: ReadonlySet<number>, lists: ReadonlyMap<number, RelatedList>): ReadonlySet<number> {
  // Without lists every stop is one: the set itself serves (it is only read), not a copy made on every page.
  if (lists.size === 0) return stops;
  return new Set([...stops].filter((s) => !lists.has(s)));
}

/** Where a widget starts: its heading, or the headline lines printed just above it ("Title", "READ MORE"). */
function widgetLead(features: readonly Features[], heading: number, cue: ReadonlyArray<Reason | null>): number {
  let start = heading;
  for (let i = heading - 1; i >= Math.max(0, heading - T.widgetLeadMax); i--) {
    const f = features[i];
    if (cue[i] !== null || f.endsSentence || f.chars >= T.paragraphChars * 1.5 || f.words < T.relatedTitleMinWords) break;
    start = i;
  }
  return start;
}
