/**
 * Social-media quotes inside the body:
 * - a quoted statement whose paragraph says it was posted on a platform
 *   ("…," the MEA posted on X / In a post on X, the Embassy stated, "…");
 * - a follow-on quote right after one, from the same speaker ("…," he mentioned);
 * - an embedded post rendered as text (see embeds.ts).
 */
import type { Platform } from '../cues/social.js';
import { endsWithOneOf } from '../cues/phrase-regex.js';
import { HANDLE } from '../cues/social.js';
import { charClass, SPACE } from '../features/char-class.js';
import { speakerAfter, speakerBefore } from './attribution.js';
import { embedAttribution, embedText } from './embeds.js';
import { platformIn } from './platform.js';
import { fullName, isPronoun, withoutRole } from './speaker.js';

export interface SocialQuote {
  platform: Platform;
  speaker: string | null;
  handle: string | null;
  text: string;
  /** Index of the body paragraph that holds the quote. */
  paragraph: number;
}

// Quoted words shorter than this are scare quotes or titles ('shielding'), not statements.
const MIN_QUOTE_WORDS = 4;
const MIN_SOCIAL_QUOTE_WORDS = 2;
// Words right before a short quote that make it a post's text ("with the caption "Welcome Jose"").
const INTRODUCES_POST = /(?:caption(?:ed)?|wrote|posted|tweeted|writing|saying|légende|écrit|schrieb|escribió|escreveu|लिखा)\W*$/iu;
// A paragraph that opens with one to three capitalised words and then a lower-case verb: its subject.
const SUBJECT = /^((?:\p{Lu}[\p{L}.'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;
const DETERMINERS = /^(?:the|a|an|this|that|these|those|in|on|at|after|before|when|while|but|and|el|la|le|der|die|das|o)\b/iu;
// How many paragraphs back a surname is resolved to the full name the article gave.
const NAME_LOOKBACK_PARAGRAPHS = 30;
// The longest post a platform allows (X: 280 characters); an embed's text is never longer.
const MAX_POST_CHARS = 280;
// A post's own lines ("meth.", "on. meth. dot. com.") can be set apart like paragraphs; article paragraphs are longer.
const MAX_SHORT_POST_LINE = 60;
// Fewer words than this after the links are stripped is the tail of a post, not all of it.
const MIN_POST_WORDS = 4;
// Each form stops at the next opening mark too, so an unclosed “ costs one scan, not one per mark.
const QUOTE = /“([^“”]+)”|"([^"]+)"|«\s*([^«»]+?)\s*»|„([^„“”]+)[“”]/g;
// Attribution stands next to its quote: a bounded window keeps a paragraph of many quotes linear.
const ATTRIBUTION_WINDOW = 300;

interface Quoted {
  text: string;
  /** text.split(/\s+/).length, counted once, up to MIN_QUOTE_WORDS (the most any test asks for). */
  words: number;
  start: number;
  end: number;
}

/**
 * @param body the article's paragraphs
 * @param joined for each paragraph, whether it continues the previous one with no blank line
 *   between (lines of one element, such as an embedded post); absent, every paragraph stands alone
 */
export function findSocialQuotes(body: readonly string[], joined: readonly boolean[] = []): SocialQuote[] {
  const quotes: SocialQuote[] = [];
  let previous: SocialQuote | null = null;
  for (let k = 0; k < body.length; k++) {
    const paragraph = body[k];
    const embed = embedAttribution(paragraph);
    if (embed) {
      const first = embedStart(body, joined, k);
      const text = first < k ? embedText(body.slice(first, k)) : '';
      if (text) quotes.push({ ...embed, text, paragraph: first });
      previous = null;
      continue;
    }
    const quoted = quotedSpans(paragraph, MIN_SOCIAL_QUOTE_WORDS);
    // Most paragraphs quote nothing: no quote is kept, and no filter (nor its closure) is made for them.
    if (quoted.length === 0) {
      previous = null;
      continue;
    }
    // A post's caption may be short ("Welcome Jose"); without a platform, short quotes are scare quotes. So a paragraph
    // with neither a long quote nor a short one introduced as a post's text has none to keep, whatever platform it names.
    const kept = quoted.filter((q) => q.words >= MIN_QUOTE_WORDS || INTRODUCES_POST.test(paragraph.slice(Math.max(0, q.start - 50), q.start)));
    if (kept.length === 0) {
      previous = null;
      continue;
    }
    const platform = platformIn(stripSpans(paragraph, quoted));
    // A quote is social when its paragraph names a platform, or follows a social quote: most quotes of an article are
    // neither, and their long quotes are not picked out.
    if (platform === null && previous === null) continue;
    const spans = platform !== null ? kept : kept.filter((q) => q.words >= MIN_QUOTE_WORDS);
    if (spans.length === 0) {
      previous = null;
      continue;
    }
    const outside = stripSpans(paragraph, spans);
    // Names are introduced shortly before they are quoted; a bounded look-back keeps many-quote pages linear.
    const context = body.slice(Math.max(0, k - NAME_LOOKBACK_PARAGRAPHS), k + 1).join('\n');
    let found: SocialQuote | null = null;
    for (const span of spans) {
      // A second quote in the same paragraph with no attribution of its own has the first one's speaker.
      let speaker =
        speakerAfter(paragraph.slice(span.end, span.end + ATTRIBUTION_WINDOW)) ??
        speakerBefore(paragraph.slice(Math.max(0, span.start - ATTRIBUTION_WINDOW), span.start)) ??
        found?.speaker ??
        null;
      if (!platform) {
        // A follow-on quote: same speaker as the social quote in the paragraph before.
        if (!previous || !(speaker === null || isPronoun(speaker) || sameSpeaker(speaker, previous.speaker, context))) continue;
        speaker = previous.speaker;
      } else if (isPronoun(speaker)) {
        speaker = sentenceSubject(paragraph.slice(0, span.start)) ?? found?.speaker ?? previous?.speaker ?? lastNamedPerson(body[k - 1] ?? '') ?? speaker;
      }
      if (speaker && !isPronoun(speaker)) speaker = fullName(withoutRole(speaker), context);
      const q: SocialQuote = {
        platform: platform ?? previous!.platform,
        speaker,
        handle: handleIn(outside) ?? (platform ? null : previous!.handle),
        text: span.text,
        paragraph: k,
      };
      quotes.push(q);
      found = q;
    }
    previous = found;
  }
  return quotes;
}

/**
 * Where an embedded post's text starts: the line above its attribution, and the lines above that
 * which run into it (no blank line) or are short, as long as a post can hold them (MAX_POST_CHARS);
 * never past another attribution or a line that introduces the post ("…tweeted:").
 */
function embedStart(body: readonly string[], joined: readonly boolean[], attribution: number): number {
  let first = attribution - 1;
  if (first < 0 || embedAttribution(body[first])) return attribution;
  let chars = embedText([body[first]]).length;
  for (let i = first - 1; i >= 0; i--) {
    const line = body[i];
    if (embedAttribution(line) || /:$/.test(line)) break;
    // A long line set apart is the article's, unless what is gathered so far is no post yet ("⬇️⬇️⬇️ https://t.co/…").
    // (An article's quoted paragraph, opening with a quote mark, is never a post's text.)
    const gathered = wordCount(embedText(body.slice(i + 1, attribution)));
    if (!joined[i + 1] && line.length > MAX_SHORT_POST_LINE && (gathered >= MIN_POST_WORDS || (gathered > 0 && /^["“«„]/u.test(line)))) break;
    chars += embedText([line]).length;
    if (chars > MAX_POST_CHARS) break;
    first = i;
  }
  return first;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function sameSpeaker(speaker: string, previous: string | null, context: string): boolean {
  return previous !== null && fullName(withoutRole(speaker), context) === previous;
}

function quotedSpans(paragraph: string, minWords: number): Quoted[] {
  const spans: Quoted[] = [];
  // An exec loop over the one global regex, where matchAll would copy it for every paragraph (no form matches empty).
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(paragraph); m !== null; m = QUOTE.exec(paragraph)) {
    // The form that matched: each has one group, which matches at least one character; the other forms' are undefined.
    // (One read site for all four: a read made only by a rare form, « or „, deoptimised quotedSpans.)
    let form = 1;
    while (m[form] === undefined) form++;
    // m[form].trim().replace(/[,;:]$/, '').trim(): that regex (no m flag) only ever removes a last , ; or :.
    let inner = m[form].trim();
    if (endsWithOneOf(inner, ',;:')) inner = inner.slice(0, -1).trim();
    const words = pieces(inner, MIN_QUOTE_WORDS);
    if (words < minWords) continue;
    spans.push({ text: inner, words, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * Math.min(text.split(/\s+/).length, max) for text with no space at either end (trimmed), counted without
 * the array: one piece, and one more after each run of spaces (\s: the SPACE class; every \s character is
 * one code unit), read no further than the piece `max` starts.
 */
function pieces(text: string, max: number): number {
  let count = 1;
  for (let i = 0, inSpace = false; i < text.length && count < max; i++) {
    const space = (charClass(text.charCodeAt(i)) & SPACE) !== 0;
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

function stripSpans(paragraph: string, spans: readonly Quoted[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += paragraph.slice(at, s.start) + ' " ';
    at = s.end;
  }
  return out + paragraph.slice(at);
}

function handleIn(text: string): string | null {
  const m = HANDLE.exec(text);
  return m ? `@${m[1]}` : null;
}

/** The name a paragraph opens with as its subject ("Omar asked for …" -> "Omar"), or null. */
function sentenceSubject(text: string): string | null {
  const m = SUBJECT.exec(text);
  if (!m || isPronoun(m[1]) || DETERMINERS.test(m[1])) return null;
  return m[1];
}

/** The last capitalised multi-word name in a paragraph ("… Union Home Minister Amit Shah's post …"). */
function lastNamedPerson(paragraph: string): string | null {
  const names = [...paragraph.matchAll(/(?:\p{Lu}[\p{L}.'-]+\s+){1,3}\p{Lu}[\p{L}'-]+/gu)].map((m) => withoutRole(m[0].replace(/[’']s$/, '')));
  return names.length ? names[names.length - 1] : null;
}
