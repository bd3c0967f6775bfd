/**
 * The title: the headline-shaped block above the body that best fits the
 * shape of an article header: a byline or date right below it, close to the
 * body, of a typical headline length, often printed twice on the page.
 */
import type { Block } from '../../blocks/block.js';
import type { Features } from '../../features/features.js';
import * as classModule from '../../features/char-class.js';
import { caseless, caselessClass, CASELESS_LETTER_EXTRA, caselessWordStart, endsWithOneOf } from '../../cues/phrase-regex.js';
import { THRESHOLDS as T } from '../thresholds.js';
import { looksLikeBareName } from './byline.js';
import { keyContentWords, type Topic } from './topic-words.js';

// "Updated Nov 19, 9:41 AM", "Posted …", "Publié le …": a dateline whose date may not parse.
// Without the i flag, which costs V8 a case fold at compile time: /^(?:updated|…|aktualisiert)\b/iu, /(?:\.\.\.|…|\.)\s*(?:more|less)$/iu.
export const DATE_LABEL_START = caselessWordStart(['updated', 'posted', 'published', 'last updated', 'publié', 'mis à jour', 'publicado', 'actualizado', 'atualizado', 'veröffentlicht', 'aktualisiert']);
// A clock time marks a dateline or an alert banner ("… until 10:00 AM Tuesday"), seldom a headline.
// /(?<!\d)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)(?![\p{L}])/iu with its letters spelled out: under the i flag V8 folds \p{L} at compile time.
export const CLOCK_TIME = new RegExp(`(?<!\\d)\\d{1,2}[:.]\\d{2}\\s*(?:${caselessClass('ap')}\\.?${caseless('m')}\\.?|${caseless('uhr')}|${caseless('h')})(?![\\p{L}${CASELESS_LETTER_EXTRA}])`, 'u');
// A breadcrumb trail ("Mensagens » Autoestima » Só quem se Ama…", "BLOG > Weight Loss > Tips") names the page's place, not its headline.
const BREADCRUMB = /\s[»›>/]\s.*\s[»›>/]\s/u;
// Gallery captions truncated with a "more"/"less" toggle are not headlines.
export const TOGGLE_END = new RegExp(`(?:\\.\\.\\.|…|\\.)\\s*(?:${caseless('more')}|${caseless('less')})$`, 'u');

export interface TitleContext {
  /** Blocks that are furniture, credits or captions: never a title, and free when counting distance. */
  isFurniture: (i: number) => boolean;
  /** Blocks that look like a byline or carry a printed date. */
  isHeaderLine: (i: number) => boolean;
  /** Content words of the body (topic-words.ts): a headline shares most of its own with them. */
  topic: Topic;
}

export function findTitle(blocks: readonly Block[], features: readonly Features[], bodyStart: number, ctx: TitleContext): number | null {
  // Each candidate's score but for its share of the topic, which is added once the body has been searched
  // for the words of all that can still win at once (see Topic).
  const candidates: Candidate[] = [];
  let distance = 0;
  // The window counts content blocks: a share bar of forty buttons does not push the title out of reach.
  for (let i = bodyStart - 1, seen = 0; i >= 0 && seen < T.titleSearchWindow; i--) {
    if (ctx.isFurniture(i)) continue;
    seen++;
    const f = features[i];
    const text = blocks[i].text;
    if (ctx.isHeaderLine(i) || !headlineShaped(text, f)) {
      distance++;
      continue;
    }
    let score = -distance * T.titleDistancePenalty;
    for (let j = i + 1; j <= Math.min(blocks.length - 1, i + T.titleHeaderReach); j++) {
      if (ctx.isHeaderLine(j)) {
        score += T.titleHeaderBonus;
        break;
      }
    }
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) if (features[j].date && ctx.isHeaderLine(j)) score += T.titleDateAboveBonus;
    if (f.words >= T.titleTypicalWords[0] && f.words <= T.titleTypicalWords[1]) score += T.titleTypicalBonus;
    if (f.repeats > 0 && !f.bullet) score += T.titleRepeatBonus;
    if (!f.unspacedScript && mostlyUpperCase(text, f)) score -= T.titleAllCapsPenalty;
    // A final period marks a dek or caption more often than a headline, which may still end in a quoted sentence.
    candidates.push({ index: i, score, period: endsInOnePeriod(text) });
    distance++;
  }
  const contenders = withinTopicReach(candidates);
  // One contender wins whatever its share: the body need not be searched for it.
  if (contenders.length <= 1) return contenders.length === 0 ? null : preferAbove(blocks, features, contenders[0].index, ctx);
  // Pushed in a loop: the array .map() returns changes kind once its caller is optimised (see computeFeatures),
  // which deoptimised findTitle at the loop over it, once per worker.
  const words: string[][] = [];
  for (const c of contenders) words.push(keyContentWords(features[c.index].key));
  const asked: string[] = [];
  for (const w of words) if (w.length >= T.titleTopicMinWords) for (const word of w) asked.push(word);
  // The scan ends once the words found settle the winner, whatever the rest of the opening holds (see sureWinner).
  // While it runs, the most scores stay as they were when it started: what it does not find is found missing at its end.
  let most: number[] | null = null;
  if (asked.length > 0) ctx.topic.lookFor(asked, () => sureWinner(contenders, words, ctx.topic, (most ??= mostScores(contenders, words, ctx.topic))) >= 0);
  // Every contender's words known, or the scan ended as the winner was sure: either way there is a sure winner.
  const winner = sureWinner(contenders, words, ctx.topic, mostScores(contenders, words, ctx.topic));
  return preferAbove(blocks, features, contenders[winner].index, ctx);
}

/** A contender's score with its share of the topic (null: not judged), as the title is picked by. */
function finalScore(c: Candidate, overlap: number | null): number {
  let score = c.score;
  if (overlap !== null) score += (overlap - T.titleTopicNeutral) * T.titleTopicWeight;
  if (c.period) score -= T.titlePeriodPenalty;
  return score;
}

/** Each contender's final score with the most share of the topic its words can have so far. */
function mostScores(contenders: readonly Candidate[], words: readonly string[][], topic: Topic): number[] {
  const most: number[] = [];
  for (let k = 0; k < contenders.length; k++) most.push(finalScore(contenders[k], topic.mostOverlap(words[k], T.titleTopicMinWords)));
  return most;
}

/**
 * Which contender wins (the first of the best final scores, in page order) whatever the words of theirs not yet
 * known: one whose least score (share found) is above every earlier one's most (mostScores) and no lower than every
 * later one's; -1 while none is sure. finalScore rises with the share (each float step is monotone), so each score
 * lies between its least and most. Only the first of the highest most scores can be sure: a sure one's most, no
 * lower than its least, is above every earlier most and no lower than every later one. With every word known,
 * least and most are the score, and this is the first best.
 */
export function sureWinner(contenders: readonly Candidate[], words: readonly string[][], topic: Topic, most: readonly number[]): number {
  let k = 0;
  for (let j = 1; j < most.length; j++) if (most[j] > most[k]) k = j;
  const least = finalScore(contenders[k], topic.leastOverlap(words[k], T.titleTopicMinWords));
  for (let j = 0; j < most.length; j++) if (j !== k && (j < k ? most[j] >= least : most[j] > least)) return -1;
  return k;
}

// Scores are sums of a few thresholds: far less than this apart is a rounding difference, not a lead.
const SCORE_ROUNDING = 1e-6;
// The most the topic share can move one candidate's score against another's: it adds
// (overlap - titleTopicNeutral) * titleTopicWeight for an overlap in 0..1, or 0 to a line not judged.
const TOPIC_SPREAD =
  Math.max(0, (1 - T.titleTopicNeutral) * T.titleTopicWeight, -T.titleTopicNeutral * T.titleTopicWeight) -
  Math.min(0, (1 - T.titleTopicNeutral) * T.titleTopicWeight, -T.titleTopicNeutral * T.titleTopicWeight);

/**
 * The candidates that could still win once the topic share is added: one more than TOPIC_SPREAD (and a
 * rounding's worth) below the best ends below it whatever the body holds, and never wins, nor ties.
 */
function withinTopicReach(candidates: readonly Candidate[]): Candidate[] {
  const scoreOf = (c: Candidate) => c.score - (c.period ? T.titlePeriodPenalty : 0);
  let best = -Infinity;
  for (const c of candidates) best = Math.max(best, scoreOf(c));
  return candidates.filter((c) => scoreOf(c) + TOPIC_SPREAD + SCORE_ROUNDING >= best);
}

/** A headline-shaped block, scored but for its topic words. */
export interface Candidate {
  index: number;
  score: number;
  /** It ends in a period (not an ellipsis). */
  period: boolean;
}

/**
 * A dek (standfirst) sits between the headline and the byline and is headline-shaped too, so it can
 * outscore the headline. When the block just above the winner is a shorter headline-shaped block,
 * that one is the headline.
 */
function preferAbove(blocks: readonly Block[], features: readonly Features[], best: number, ctx: TitleContext): number {
  let next = best + 1;
  while (next < blocks.length && ctx.isFurniture(next)) next++;
  if (next >= blocks.length || !(ctx.isHeaderLine(next) || looksLikeBareName(blocks[next].text, features[next]))) return best;
  for (let i = best - 1, seen = 0; i >= 0 && seen < 2; i--) {
    if (ctx.isFurniture(i)) continue;
    seen++;
    const f = features[i];
    if (ctx.isHeaderLine(i)) continue;
    // A headline and its dek stand together; a breadcrumb or a label between them ends the search.
    if (!headlineShaped(blocks[i].text, f)) return best;
    if (f.words >= features[best].words || f.words < T.titleTypicalWords[0]) return best;
    // The headline is about the article as much as the dek is; a sidebar headline above is not.
    const above = ctx.topic.overlap(keyContentWords(f.key), T.titleTopicMinWords);
    const winner = ctx.topic.overlap(keyContentWords(features[best].key), T.titleTopicMinWords);
    return above === null || winner === null || above >= winner - T.titleDekTopicSlack ? i : best;
  }
  return best;
}

export function headlineShaped(text: string, f: Features): boolean {
  if (f.words < T.titleMinWords && !(f.unspacedScript && f.chars >= 8)) return false;
  if (f.words > T.titleMaxWords) return false;
  if (endsInListMark(text)) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return false;
  if (DATE_LABEL_START.test(text) || CLOCK_TIME.test(text)) return false;
  if (mayEndInToggle(text) && TOGGLE_END.test(text)) return false;
  if (BREADCRUMB.test(text)) return false;
  // A bullet that echoes another block is the echo; the original is the title.
  if (f.bullet && f.repeats > 0) return false;
  return true;
}

// An all-caps line (a kicker, a shouted teaser) is seldom the headline: more than this share of its letters upper case.
const ALL_CAPS_SHARE = 0.9;
// Module constants, folded into optimised code (an import is read at every use: see word-scan.ts).
const { charClass, LETTER, UPPER } = classModule;
// How far mostlyUpperCase reads before it asks the feature: far below the letters the feature samples (2,000 units).
const CAPS_GATE_UNITS = 64;

/**
 * f.upperRatio > ALL_CAPS_SHARE, answered no from the line's opening where it settles it: the feature counts letters and
 * upper-case letters unit by unit over the line's first units (case-counts.ts), and with `upper` of `letters` read and
 * `rest` units to come, the share can reach (upper + rest) / (letters + rest) at most (every unit left an upper-case
 * letter; upper <= letters). When that is no more than the share, so is the feature's (the sample's rest is no longer:
 * division rounds monotonically). A mixed-case headline settles it within its first words; ~7 candidates a page were
 * each counted whole on first read, and no other rule reads their share.
 */
export function mostlyUpperCase(text: string, f: Features): boolean {
  const n = text.length;
  const reach = Math.min(n, CAPS_GATE_UNITS);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < reach; i++) {
    const bits = charClass(text.charCodeAt(i));
    letters += (bits & LETTER) !== 0 ? 1 : 0;
    upper += (bits & UPPER) !== 0 ? 1 : 0;
    const rest = n - i - 1;
    // In floats as in reals: the left is whole, and 0.9 times a whole number is a whole number or a tenth or more from one.
    if (upper + rest <= ALL_CAPS_SHARE * (letters + rest)) return false;
  }
  return f.upperRatio > ALL_CAPS_SHARE;
}

/*
 * Tests of a line's last characters, read off its end: a regex anchored only at the end ($) is tried from every
 * position of the line, and every candidate line of the title window asks these.
 */

const PERIOD = 0x2e;
/** /[^.]\.$/.test(text): a final period after a unit that is none (an ellipsis of periods is not one). */
export function endsInOnePeriod(text: string): boolean {
  const n = text.length;
  return n >= 2 && text.charCodeAt(n - 1) === PERIOD && text.charCodeAt(n - 2) !== PERIOD;
}

/** /[:;,।]$/.test(text): the line ends in a colon, semicolon, comma or danda (each one UTF-16 unit). */
export function endsInListMark(text: string): boolean {
  return endsWithOneOf(text, ':;,।');
}

/**
 * Whether TOGGLE_END can match the line, by its last units: its match ends in "more" or "less" as the caseless classes
 * spell them, so in [eE] or [sSſ] with [mM] or [lL] three units before; any other line is answered without the regex
 * (a line ending in e or s, ~1 candidate line in 3, ran it from every position).
 */
export function mayEndInToggle(text: string): boolean {
  const n = text.length;
  return endsWithOneOf(text, 'eEsSſ') && n >= 4 && 'mMlL'.includes(text[n - 4]);
}
