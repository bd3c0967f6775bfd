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
import type { FoundDate } from '../features/dates.js';
import type { Classification, Label, Reason } from './labels.js';
import { boilerplateCue } from './rules/boilerplate.js';
import { isCommentNotice } from '../cues/boilerplate.js';
import { embedAttribution } from './rules/embed.js';
import { anchorUnderHeader, bestRegion, bridgeWidgets, extendListTail, type Region } from './rules/body-region.js';
import { templateRun } from './rules/template-run.js';
import { looksLikeBareName, looksLikeByline } from './rules/byline.js';
import { findDateline, yearlessDateline } from './rules/dateline.js';
import { markupCue, markupVerdict, type MarkupVerdict } from './rules/markup.js';
import { matchCredit, type CreditMatch } from './rules/image-credit.js';
import { proseScore } from './rules/prose-score.js';
import { dataRows } from './rules/data-rows.js';
import { inlineRelatedTitle, isAuthorBox, isCommentMeta, isCommentsHeading, isListHeading, isRelatedHeading, readRelatedList, type RelatedList } from './rules/related.js';
import { sectionLabel } from './rules/section.js';
import { topicWords } from './rules/topic-words.js';
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
  /** That date, as read (a yearless stamp is read in the page's year, so it is not the block's feature). */
  datelineDate: FoundDate | null;
  section: { index: number; name: string } | null;
  related: RelatedList[];
  /** Inline "Also read: …" lines inside the body, with the headline they name. */
  inlineRelated: Array<{ index: number; title: string }>;
  credits: Map<number, CreditMatch>;
}

const HEADER_LABELS: ReadonlySet<Label> = new Set(['title', 'byline', 'dateline', 'section']);

/** Lines after which the article does not go on, tried in this order; each is a hard stop for the body region. */
const STOP_CUES: ReadonlyArray<readonly [(text: string) => boolean, string]> = [
  [isRelatedHeading, 'cue.related-heading'],
  [isCommentsHeading, 'cue.comments-heading'],
  [isCommentNotice, 'cue.comments-notice'],
  [isCommentMeta, 'cue.comment-meta'],
  [isListHeading, 'cue.list-heading'],
  [isAuthorBox, 'cue.author-box'],
];

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
    const stop = STOP_CUES.find(([test]) => test(text));
    if (stop) {
      cue[i] = { rule: stop[1], detail: text };
      stops.add(i);
    } else {
      cue[i] = boilerplateCue(text) ?? (credit?.standalone ? { rule: credit.credit ? 'cue.credit' : 'cue.caption-label', detail: credit.credit ?? undefined } : null)
        ?? markupCue(blocks[i].markup); // HTML path: furniture the markup names (rules/markup.ts)
    }
  }

  // 2. score
  const rows = dataRows(blocks);
  for (let i = 0; i < n; i++) {
    const scored = rows.has(i) && cue[i] === null ? { score: T.dataRowScore, reason: { rule: 'score.data-row' } } : proseScore(features[i], cue[i] !== null);
    const reasons = cue[i] ? [cue[i]!, scored.reason] : [scored.reason];
    labels.push({ label: 'boilerplate', score: round(scored.score), reasons });
  }

  // 2b. markup (HTML path only): what the tags and classes say moves the score; see rules/markup.ts.
  // Plain loops and typed score arrays here and below: classify() runs once per page, and array methods whose
  // element kinds differ from page to page (all-integer scores on one, fractions on the next) made V8 deoptimise it.
  const markup: Array<MarkupVerdict | null> = new Array(n);
  for (let i = 0; i < n; i++) markup[i] = markupVerdict(blocks[i].markup, labels[i].score);
  const textScores = scoresOf(labels);
  let outsideRoot = false;
  for (let i = 0; i < n; i++) {
    const v = markup[i];
    if (!v) continue;
    labels[i].score = round(v.score);
    labels[i].reasons.push(v.reason);
    if (v.reason.rule === 'markup.outside-root') outsideRoot = true;
  }
  // The content root is a guess: when it leaves no article of weight, paragraphs outside it keep their text scores.
  if (outsideRoot) {
    const found = bestRegion(scoresOf(labels), new Set<number>());
    if (!found || found.total < T.minArticleScore) {
      for (let i = 0; i < n; i++) {
        if (markup[i]?.reason.rule !== 'markup.outside-root') continue;
        labels[i].score = textScores[i];
        labels[i].reasons.push({ rule: 'markup.root-too-thin' });
      }
    }
  }

  // 3. region, bridged across list widgets that interrupt the article
  const scores = scoresOf(labels);
  const lists = new Map<number, RelatedList>();
  for (const h of stops) {
    const rule = cue[h]?.rule;
    // Furniture words end a list; furniture only the markup names does not (it marks the list's own items).
    if (rule === 'cue.related-heading' || rule === 'cue.list-heading') lists.set(h, readRelatedList(blocks, features, h, (i) => cue[i] !== null && cue[i]!.rule !== 'markup.furniture'));
  }
  const widgets: Array<{ start: number; end: number }> = [];
  for (const l of lists.values()) widgets.push({ start: widgetLead(features, l.heading, cue), end: cardListEnd(features, cue, stops, l) });
  widgets.sort((a, b) => a.start - b.start);
  // List items are headlines, however long: they never count as prose when the region is chosen.
  for (const w of widgets) for (let i = w.start; i < w.end; i++) scores[i] = Math.min(scores[i], T.shortScore);
  const found = beforeComments(scores, stops, cue);
  // Prose across a widget that repeats the region's own paragraphs is a second copy of the page, not more article.
  const repeatsRegion = (from: number, to: number) => {
    const inFound = new Set<string>();
    for (let i = found!.start; i < found!.end; i++) if (features[i].chars >= T.paragraphChars) inFound.add(features[i].key);
    for (let i = from; i < to; i++) if (inFound.has(features[i].key)) return true;
    return false;
  };
  const bridged = found && bridgeWidgets(found, scores, widgets, nonBridgeable(stops, lists), {
    minRun: T.bridgeMinScore,
    maxGap: T.bridgeMaxGap,
    accept: (from, to) => !repeatsRegion(from, to),
  });
  // A templated article (the same plan printed for every option) goes on to the next stop: see templateRun.
  const templated = bridged && templateRun(bridged, features, { length: n, stop: (i) => stops.has(i), furniture: (i) => cue[i] !== null, minBlocks: T.templateMinBlocks, minShare: T.templateRepeatShare });
  const listed = templated && extendListTail(templated, blocks.map((b) => b.text), (i) => cue[i] !== null || stops.has(i), T.listTailMinItems, T.listTailMaxChars);
  // An embedded post's attribution line ("— Name (@handle) date") belongs with the post text that ends the region.
  let region = listed && embedAttribution(blocks[listed.end]?.text ?? '') ? { ...listed, end: listed.end + 1 } : listed;
  const widgetBlocks = new Set<number>();
  if (region) for (const w of widgets) if (w.start >= region.start && w.end <= region.end) for (let i = w.start; i < w.end; i++) widgetBlocks.add(i);
  const inRegion = (i: number) => region !== null && i >= region.start && i < region.end;

  // 4. header
  const isFurniture = (i: number) => cue[i] !== null;
  const regionStart = region?.start ?? n;
  const notHeader = (i: number) => isFurniture(i) || credits.has(i);
  const bylines = new Set<number>();
  for (let i = Math.max(0, regionStart - T.titleSearchWindow); i < Math.min(n, regionStart + T.bylineIntoBody); i++) {
    if (!notHeader(i) && looksLikeByline(blocks[i].text, features[i])) bylines.add(i);
  }
  const isHeaderLine = (i: number) => bylines.has(i) || (features[i].date !== null && !notHeader(i) && features[i].chars < 120);
  // A region too light to be an article (see anchorUnderHeader) says little about the article's topic.
  const topic = topicWords(region && region.total >= T.minArticleScore ? blocks.slice(region.start, region.end).map((b) => b.text) : []);
  const title = findTitle(blocks, features, regionStart, { isFurniture: notHeader, isHeaderLine, topic });
  let byline = nearestByline(bylines, title, regionStart);
  // HTML path: a short line the markup calls the byline is the byline, wherever a name-shaped line stands.
  for (let i = Math.max(0, regionStart - T.titleSearchWindow); i < Math.min(n, regionStart + T.bylineIntoBody); i++) {
    if (!blocks[i].markup?.classHints.includes('byline') || features[i].chars > T.markedBylineMaxChars || notHeader(i) || i === title) continue;
    if (byline === null || byline > i) byline = i;
    break;
  }
  // A byline far above the title belongs to something else (a teaser, a sidebar).
  if (byline !== null && title !== null && byline < title - T.bylineSearchWindow) byline = null;
  if (byline === null && title !== null) {
    for (let i = title + 1, seen = 0; i < n && seen < T.bareBylineReach && i < regionStart + T.bylineIntoBody; i++) {
      if (notHeader(i)) continue;
      seen++;
      if (looksLikeBareName(blocks[i].text, features[i])) {
        byline = i;
        break;
      }
    }
  }
  const anchor = title ?? byline ?? regionStart;
  const datelineSkip = (i: number) => notHeader(i) || (inRegion(i) && i !== byline && features[i].chars > 100);
  let dateline = findDateline(blocks, features, { from: anchor - T.datelineAbove, to: Math.max(anchor + 1, regionStart + T.datelineIntoBody) }, title, datelineSkip);
  let datelineDate = dateline !== null ? features[dateline].date : null;
  if (dateline === null) {
    const stamp = yearlessDateline(blocks, features, datelineSkip);
    if (stamp) ({ index: dateline, date: datelineDate } = stamp);
  }
  let section: ClassifiedPage['section'] = null;
  if (title !== null) {
    for (let i = title - 1, onlyDates = true; i >= Math.max(0, title - 3); i--) {
      // A menu's furniture line ("Watch Live", "E-Edition") right above the title (datelines aside) means
      // the menu, not a section, stands there; an ad label there is only a slot.
      if (isFurniture(i) && onlyDates && !cue[i]?.rule.startsWith('cue.ad')) break;
      // Skip furniture, datelines and the title's own echo (a breadcrumb's last item is the title).
      if (!features[i].date) onlyDates = false;
      if (isFurniture(i) || features[i].date || features[i].key === features[title].key) continue;
      const name = sectionLabel(blocks[i].text, features[i]);
      if (name) section = { index: i, name };
      break;
    }
  }
  mark(labels, title, 'title', 'header.title');
  mark(labels, byline, 'byline', 'header.byline');
  if (dateline !== byline) mark(labels, dateline, 'dateline', 'header.dateline');
  mark(labels, section?.index ?? null, 'section', 'header.section');
  // A dek (standfirst) printed between the title and the byline or dateline is header, not body.
  // (A dateline printed below the article, "First published: …", does not make the article a dek.)
  const headerDateline = dateline !== null && dateline < regionStart + T.datelineIntoBody ? dateline : -1;
  const headerEnd = Math.max(title ?? -1, byline ?? -1, headerDateline);
  const isDek = (i: number) => title !== null && i > title && i < headerEnd;
  // An article of short lines (results, feature bullets) under a clear header: see anchorUnderHeader.
  if (region && title !== null && headerEnd > title) region = anchorUnderHeader(region, headerEnd, { length: n, minTotal: T.minArticleScore, maxGap: T.titleSearchWindow, stop: (i) => stops.has(i), furniture: (i) => cue[i] !== null });

  // 5. related
  const related = relatedAfter(region, lists, cue, labels);

  // 6. body
  const titleKey = title !== null ? features[title].key : null;
  const inlineRelated: ClassifiedPage['inlineRelated'] = [];
  /** Whether block i is an inline "Also read: …" line; if so it is listed and marked related. */
  const takeInlineRelated = (i: number): boolean => {
    const also = inlineRelatedTitle(blocks[i].text);
    if (also) {
      inlineRelated.push({ index: i, title: also });
      mark(labels, i, 'related', 'body.inline-related');
    }
    return also !== null;
  };
  for (let i = 0; i < n; i++) {
    const credit = credits.get(i);
    if (credit && labels[i].label === 'boilerplate' && (inRegion(i) || nearBody(i, region, title))) {
      const line = credit.standalone && credit.credit !== null;
      mark(labels, i, line ? 'image-credit' : 'caption', line ? 'credit.line' : 'credit.caption');
      continue;
    }
    if (!inRegion(i) || labels[i].label !== 'boilerplate') continue;
    if (cue[i]) continue;
    if (widgetBlocks.has(i)) {
      labels[i].reasons.push({ rule: 'body.widget' });
      continue;
    }
    if (markup[i]?.notBody) continue; // 2b. markup: a caption or marked furniture inside the region
    if (titleKey !== null && features[i].key === titleKey) {
      labels[i].reasons.push({ rule: 'body.title-echo' });
      continue;
    }
    if (isDek(i)) {
      labels[i].reasons.push({ rule: 'body.dek' });
      continue;
    }
    if (isDatelineOnly(blocks[i].text, features[i])) {
      labels[i].reasons.push({ rule: 'body.dateline' });
      continue;
    }
    if (takeInlineRelated(i)) continue;
    mark(labels, i, 'body', 'region.inside');
  }
  // The article's last line is often an inline "Also read: …" link; a link line scores too low to end the region with it.
  if (region && region.end < n && labels[region.end].label === 'boilerplate' && !cue[region.end] && !stops.has(region.end)) takeInlineRelated(region.end);
  if (!region) for (const l of labels) l.reasons.push({ rule: 'region.none' });
  else for (let i = 0; i < n; i++) if (!inRegion(i) && labels[i].label === 'boilerplate') labels[i].reasons.push({ rule: 'region.outside' });

  // Without a body there is no article to head: a headline, byline or date found then is a teaser's
  // (a section index page), so the header parts go back to boilerplate.
  if (!labels.some((l) => l.label === 'body')) {
    for (const i of [title, byline, dateline, section?.index ?? null]) {
      if (i === null || !HEADER_LABELS.has(labels[i].label)) continue;
      labels[i].label = 'boilerplate';
      labels[i].reasons.push({ rule: 'header.no-article' });
    }
    return { blocks, features, labels, region, title: null, byline: null, dateline: null, datelineDate: null, section: null, related, inlineRelated, credits };
  }
  return { blocks, features, labels, region, title, byline, dateline, datelineDate, section, related, inlineRelated, credits };
}

/**
 * Reader comments come after the article and can outweigh it. When the page has a comments
 * section (a comments heading, or comment metadata lines), look for the body before it first.
 */
function beforeComments(scores: Float64Array, stops: ReadonlySet<number>, cue: ReadonlyArray<Reason | null>): Region | null {
  const metas = cue.flatMap((c, i) => (c?.rule === 'cue.comment-meta' ? [i] : []));
  // A comments heading opens the comments only when comments follow ("0 Comments" beside a byline does not).
  const heading = cue.findIndex((c, i) => c?.rule === 'cue.comments-heading' && metas.some((m) => m > i && m - i <= T.commentMetaReach));
  const starts = [heading, metas.length >= 2 ? metas[0] : -1].filter((i) => i > 0);
  if (starts.length > 0) {
    const before = bestRegion(scores.slice(0, Math.min(...starts)), stops);
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
  let limit = list.heading + 1;
  while (limit < features.length && !stops.has(limit)) limit++;
  const separator = (i: number) => cue[i] === null && features[i].repeats > 0 && features[i].chars < T.shortChars;
  const at = new Map<string, number[]>();
  for (let i = list.heading + 1; i < limit; i++) {
    if (!separator(i)) continue;
    const positions = at.get(features[i].key);
    if (positions) positions.push(i);
    else at.set(features[i].key, [i]);
  }
  let end = list.end;
  for (const positions of at.values()) {
    if (positions.length < T.cardSeparatorRepeats || positions[0] - list.heading > T.cardMaxBlocks) continue;
    if (positions.some((p, k) => k > 0 && p - positions[k - 1] > T.cardMaxBlocks)) continue;
    end = Math.max(end, Math.min(limit, positions[positions.length - 1] + T.cardMaxBlocks));
  }
  return end;
}

/** A line that is a date and its label, nothing more ("Published Monday, November 18, 2019 8:22AM EST"). */
function isDatelineOnly(text: string, f: Features): boolean {
  return f.date !== null && !f.endsSentence && f.chars - f.date.text.length <= T.datelineExtraChars && embedAttribution(text) === null;
}

/** Stops the region may not be bridged across: every stop that is not a list heading. */
function nonBridgeable(stops: ReadonlySet<number>, lists: ReadonlyMap<number, RelatedList>): Set<number> {
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

/** The byline nearest below the title (else nearest above the body). */
function nearestByline(bylines: ReadonlySet<number>, title: number | null, regionStart: number): number | null {
  const sorted = [...bylines].sort((a, b) => a - b);
  if (title !== null) {
    const below = sorted.find((i) => i > title);
    if (below !== undefined) return below;
  }
  const above = sorted.filter((i) => i < regionStart);
  return above.length ? above[above.length - 1] : sorted[0] ?? null;
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

/**
 * Step 5: the lists under related headings that do not stand above the body, their blocks marked.
 * A function of its own: inside classify()'s long loops V8 kept deoptimising its on-stack-replaced
 * code here (an empty list and a full one are arrays of two kinds).
 */
function relatedAfter(region: Region | null, lists: ReadonlyMap<number, RelatedList>, cue: ReadonlyArray<Reason | null>, labels: Classification[]): RelatedList[] {
  const related: RelatedList[] = [];
  for (const [h, list] of [...lists].sort((a, b) => a[0] - b[0])) {
    if (region && h < region.start) continue;
    if (cue[h]?.rule !== 'cue.related-heading' || list.items.length === 0) continue;
    related.push(list);
    mark(labels, h, 'related-heading', 'related.heading');
    for (const item of list.items) for (const b of item.blocks) mark(labels, b, 'related', 'related.item');
  }
  return related;
}

/** The labels' scores, in an array of one element kind whatever the values. */
function scoresOf(labels: readonly Classification[]): Float64Array {
  const scores = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) scores[i] = labels[i].score;
  return scores;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
