/**
 * Social-media quotes inside the body:
 * - a quoted statement whose paragraph says it was posted on a platform
 *   ("…," the MEA posted on X / In a post on X, the Embassy stated, "…");
 * - a follow-on quote right after one, from the same speaker ("…," he mentioned);
 * - an embedded post rendered as text (see embeds.ts).
 */
import type { Platform } from '../cues/social.js';
import { HANDLE } from '../cues/social.js';
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
// How many paragraphs back a surname is resolved to the full name the article gave.
const NAME_LOOKBACK_PARAGRAPHS = 30;
// The longest post a platform allows (X: 280 characters); an embed's text is never longer.
const MAX_POST_CHARS = 280;
// A post's own lines ("meth.", "on. meth. dot. com.") can be set apart like paragraphs; article paragraphs are longer.
const MAX_SHORT_POST_LINE = 60;
const QUOTE = /“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/g;

interface Quoted {
  text: string;
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
    const spans = quotedSpans(paragraph);
    if (spans.length === 0) {
      previous = null;
      continue;
    }
    const outside = stripSpans(paragraph, spans);
    const platform = platformIn(outside);
    // Names are introduced shortly before they are quoted; a bounded look-back keeps many-quote pages linear.
    const context = body.slice(Math.max(0, k - NAME_LOOKBACK_PARAGRAPHS), k + 1).join('\n');
    let found: SocialQuote | null = null;
    for (const span of spans) {
      // A second quote in the same paragraph with no attribution of its own has the first one's speaker.
      let speaker = speakerAfter(paragraph.slice(span.end)) ?? speakerBefore(paragraph.slice(0, span.start)) ?? found?.speaker ?? null;
      if (!platform) {
        // A follow-on quote: same speaker as the social quote in the paragraph before.
        if (!previous || !(speaker === null || isPronoun(speaker) || sameSpeaker(speaker, previous.speaker, context))) continue;
        speaker = previous.speaker;
      } else if (isPronoun(speaker)) {
        speaker = found?.speaker ?? previous?.speaker ?? lastNamedPerson(body[k - 1] ?? '') ?? speaker;
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
    if (!joined[i + 1] && line.length > MAX_SHORT_POST_LINE) break;
    chars += embedText([line]).length;
    if (chars > MAX_POST_CHARS) break;
    first = i;
  }
  return first;
}

function sameSpeaker(speaker: string, previous: string | null, context: string): boolean {
  return previous !== null && fullName(withoutRole(speaker), context) === previous;
}

function quotedSpans(paragraph: string): Quoted[] {
  const spans: Quoted[] = [];
  for (const m of paragraph.matchAll(QUOTE)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim().replace(/[,;:]$/, '').trim();
    if (inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    spans.push({ text: inner, start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
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

/** The last capitalised multi-word name in a paragraph ("… Union Home Minister Amit Shah's post …"). */
function lastNamedPerson(paragraph: string): string | null {
  const names = [...paragraph.matchAll(/(?:\p{Lu}[\p{L}.'-]+\s+){1,3}\p{Lu}[\p{L}'-]+/gu)].map((m) => withoutRole(m[0].replace(/[’']s$/, '')));
  return names.length ? names[names.length - 1] : null;
}
