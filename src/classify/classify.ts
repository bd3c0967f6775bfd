/**
 * Stage 4, classify: give every block a label, a score and its reasons.
 * The rules run in this order, each in its own file under rules/:
 *   1. cues        furniture words, credits, related and comments headings (per block)
 *   2. score       content score of every block (prose-score.ts)
 *   3. region      the body run with the highest total, cut at hard stops (body-region.ts)
 *   4. header      byline, title, dateline, section above the body
 *   5. related     the lists under related headings after the body
 *   6. body        inside the region, drop what cues, credits and echoes mark
 */
import type { Block } from '../blocks/block.js';
import type { Features } from '../features/features.js';
import type { Classification, Label, Reason } from './labels.js';
import { boilerplateCue } from './rules/boilerplate.js';
import { bestRegion, type Region } from './rules/body-region.js';
import { looksLikeByline } from './rules/byline.js';
import { matchCredit, type CreditMatch } from './rules/image-credit.js';
import { proseScore } from './rules/prose-score.js';
import { inlineRelatedTitle, isAuthorBox, isCommentMeta, isCommentsHeading, isListHeading, isRelatedHeading, readRelatedList, type RelatedList } from './rules/related.js';
import { sectionLabel } from './rules/section.js';
import { findTitle } from './rules/title.js';
import { THRESHOLDS as T } from './thresholds.js';

export interface ClassifiedPage {
  blocks: readonly Block[];
  features: readonly Features[];
  labels: Classification[];
  region: Region | null;
  title: number | null;
  byline: number | null;
  /** The block whose printed date is the publication date. */
  dateline: number | null;
  section: { index: number; name: string } | null;
  related: RelatedList[];
  /** Inline "Also read: …" lines inside the body, with the headline they name. */
  inlineRelated: Array<{ index: number; title: string }>;
  credits: Map<number, CreditMatch>;
}

export function classify(blocks: readonly Block[], features: readonly Features[]): ClassifiedPage {
  const n = blocks.length;
  const labels: Classification[] = [];
  const cue: Array<Reason | null> = new Array(n).fill(null);
  const credits = new Map<number, CreditMatch>();
  const stops = new Set<number>();

  // 1. cues
  for (let i = 0; i < n; i++) {
    const text = blocks[i].text;
    const credit = matchCredit(text);
    if (credit) credits.set(i, credit);
    if (isRelatedHeading(text)) {
      cue[i] = { rule: 'cue.related-heading', detail: text };
      stops.add(i);
    } else if (isCommentsHeading(text)) {
      cue[i] = { rule: 'cue.comments-heading', detail: text };
      stops.add(i);
    } else if (isCommentMeta(text)) {
      cue[i] = { rule: 'cue.comment-meta', detail: text };
      stops.add(i);
    } else if (isListHeading(text)) {
      cue[i] = { rule: 'cue.list-heading', detail: text };
      stops.add(i);
    } else if (isAuthorBox(text)) {
      cue[i] = { rule: 'cue.author-box', detail: text };
      stops.add(i);
    } else {
      cue[i] = boilerplateCue(text) ?? (credit?.standalone ? { rule: credit.credit ? 'cue.credit' : 'cue.caption-label', detail: credit.credit ?? undefined } : null);
    }
  }

  // 2. score
  for (let i = 0; i < n; i++) {
    const scored = proseScore(features[i], cue[i] !== null);
    const reasons = cue[i] ? [cue[i]!, scored.reason] : [scored.reason];
    labels.push({ label: 'boilerplate', score: round(scored.score), reasons });
  }

  // 3. region
  const region = bestRegion(labels.map((l) => l.score), stops);
  const inRegion = (i: number) => region !== null && i >= region.start && i < region.end;

  // 4. header
  const isFurniture = (i: number) => cue[i] !== null;
  const regionStart = region?.start ?? n;
  let byline: number | null = null;
  // Nearest to the body first: a page-header line at the top can look like a byline too.
  for (let i = Math.min(n, regionStart + 2) - 1; i >= Math.max(0, regionStart - T.bylineSearchWindow); i--) {
    if (!isFurniture(i) && looksLikeByline(blocks[i].text, features[i])) {
      byline = i;
      break;
    }
  }
  const bodyTop = byline !== null && byline < regionStart ? byline : regionStart;
  const title = findTitle(blocks, features, bodyTop, (i) => isFurniture(i) || credits.has(i) || i === byline);
  const dateline = findDateline(features, byline, title, regionStart);
  let section: ClassifiedPage['section'] = null;
  if (title !== null) {
    for (let i = title - 1; i >= Math.max(0, title - 3); i--) {
      if (isFurniture(i)) continue;
      const name = sectionLabel(blocks[i].text, features[i]);
      if (name) section = { index: i, name };
      break;
    }
  }
  mark(labels, title, 'title', 'header.title');
  mark(labels, byline, 'byline', 'header.byline');
  if (dateline !== byline) mark(labels, dateline, 'dateline', 'header.dateline');
  mark(labels, section?.index ?? null, 'section', 'header.section');

  // 5. related
  const related: RelatedList[] = [];
  for (const h of stops) {
    if (region && h < region.start) continue;
    if (cue[h]?.rule !== 'cue.related-heading') continue;
    const list = readRelatedList(blocks, features, h, isFurniture);
    if (list.items.length === 0) continue;
    related.push(list);
    mark(labels, h, 'related-heading', 'related.heading');
    for (const item of list.items) for (const b of item.blocks) mark(labels, b, 'related', 'related.item');
  }

  // 6. body
  const titleKey = title !== null ? features[title].key : null;
  const inlineRelated: ClassifiedPage['inlineRelated'] = [];
  for (let i = 0; i < n; i++) {
    const credit = credits.get(i);
    if (credit && labels[i].label === 'boilerplate' && (inRegion(i) || nearBody(i, region, title))) {
      const line = credit.standalone && credit.credit !== null;
      mark(labels, i, line ? 'image-credit' : 'caption', line ? 'credit.line' : 'credit.caption');
      continue;
    }
    if (!inRegion(i) || labels[i].label !== 'boilerplate') continue;
    if (cue[i]) continue;
    if (titleKey !== null && features[i].key === titleKey) {
      labels[i].reasons.push({ rule: 'body.title-echo' });
      continue;
    }
    const also = inlineRelatedTitle(blocks[i].text);
    if (also) {
      inlineRelated.push({ index: i, title: also });
      mark(labels, i, 'related', 'body.inline-related');
      continue;
    }
    mark(labels, i, 'body', 'region.inside');
  }
  if (!region) for (const l of labels) l.reasons.push({ rule: 'region.none' });
  else for (let i = 0; i < n; i++) if (!inRegion(i) && labels[i].label === 'boilerplate') labels[i].reasons.push({ rule: 'region.outside' });

  return { blocks, features, labels, region, title, byline, dateline, section, related, inlineRelated, credits };
}

function findDateline(features: readonly Features[], byline: number | null, title: number | null, regionStart: number): number | null {
  if (byline !== null && features[byline].date) return byline;
  const anchor = title ?? byline ?? regionStart;
  // Below the title first: that is where a dateline sits.
  for (let i = anchor + 1; i < Math.min(features.length, regionStart + 2); i++) if (features[i].date) return i;
  // Right above the title, unless it is a page header's "today" (weekday, date, no time).
  for (let i = anchor - 1; i >= Math.max(0, anchor - 2); i--) {
    const d = features[i].date;
    if (d && !(d.weekdayLed && !d.hasTime)) return i;
  }
  return null;
}

/** Credits sit around the body: between the title and the first block after the body. */
function nearBody(i: number, region: Region | null, title: number | null): boolean {
  if (!region) return false;
  const top = title ?? region.start;
  return i >= top && i <= region.end + 1;
}

function mark(labels: Classification[], i: number | null, label: Label, rule: string): void {
  if (i === null) return;
  labels[i].label = label;
  labels[i].reasons.push({ rule });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
