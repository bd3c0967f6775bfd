/**
 * Social-media quotes inside the body: a quoted statement whose paragraph says
 * it was posted on a platform ("…," the MEA posted on X / In a post on X, the
 * Embassy stated, "…"), plus follow-on quotes ("…," he mentioned) right after one.
 */
import { HANDLE, PLATFORM_NAMES, PLATFORM_VERBS, POST_NOUNS, POST_VERBS, SPEECH_VERBS, type Platform } from '../cues/social.js';
import { allLanguages, phraseAlternation } from '../cues/phrase-regex.js';
import { cleanSpeaker, fullName, isPronoun } from './speaker.js';

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

const platformByName = new Map<string, Platform>(PLATFORM_NAMES.map(([n, p]) => [n, p]));
/** Platform names with a case-insensitive first letter, except the bare letter X, which must be a capital. */
const PLATFORM = PLATFORM_NAMES.map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .map((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    if (name === 'x' || name.startsWith('x ') || name.startsWith('x,')) return `X${escaped.slice(1).replace(/twitter/, '[Tt]witter')}`;
    return `[${name[0].toUpperCase()}${name[0]}]${escaped.slice(1)}`;
  })
  .join('|');
const NOUNS = phraseAlternation(allLanguages(POST_NOUNS));
const ON_PLATFORM = new RegExp(
  `(?:\\b(?:on|via|to|in|at|sur|en|em|auf|no|na|par)\\s+(?:(?:his|her|their|its|the|an?|official|own|verified|personal)\\s+)*(?:(?:${NOUNS}|handle|account|page|profile|channel|feed|timeline)\\s+(?:on\\s+)?)?(${PLATFORM})(?![\\p{L}\\d])|(?<![\\p{L}])(${PLATFORM})\\s+(?:${NOUNS}|handle|account|page|live))`,
  'u',
);
const PLATFORM_VERB = new RegExp(`\\b(${phraseAlternation(PLATFORM_VERBS.map(([v]) => v))})\\b`, 'i');
const VERBS = phraseAlternation([...allLanguages(POST_VERBS), ...SPEECH_VERBS]);
const AUX = '(?:(?:had|has|have|also|then|later|once|again)\\s+)*';
// "…," the MEA posted on X  /  "…," posted the MEA
const SPEAKER_AFTER = new RegExp(`^[,;]?\\s*([^,.;:"“”]{1,80}?)\\s+${AUX}(?:${VERBS})\\b`, 'iu');
const SPEAKER_AFTER_INVERTED = new RegExp(`^[,;]?\\s*(?:${VERBS})\\s+([^,.;:"“”]{1,60}?)(?=\\s+(?:on|in|via)\\b|[,.;]|$)`, 'iu');
// In a post on X, the Embassy stated, "…"  /  Shah wrote on X: "…"
const SPEAKER_BEFORE = new RegExp(`(?:^|[.;]\\s+|,\\s*)([^,.;:"“”]{1,80}?)\\s+${AUX}(?:${VERBS})\\b[^"“]{0,40}?[,:]?\\s*$`, 'iu');
const QUOTE = /“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/g;

interface Quoted {
  text: string;
  start: number;
  end: number;
}

export function findSocialQuotes(body: readonly string[]): SocialQuote[] {
  const quotes: SocialQuote[] = [];
  let previous: SocialQuote | null = null;
  for (let k = 0; k < body.length; k++) {
    const paragraph = body[k];
    const spans = quotedSpans(paragraph);
    if (spans.length === 0) {
      previous = null;
      continue;
    }
    const outside = stripSpans(paragraph, spans);
    const platform = platformIn(outside);
    const context = body.slice(0, k + 1).join('\n');
    let found: SocialQuote | null = null;
    for (const span of spans) {
      let speaker = speakerFor(paragraph, span);
      if (!platform) {
        // A follow-on quote: same speaker as the social quote in the paragraph before.
        if (!previous || !(speaker === null || isPronoun(speaker) || speaker === previous.speaker)) continue;
        speaker = previous.speaker;
      } else if (isPronoun(speaker)) {
        speaker = previous?.speaker ?? lastNamedPerson(body[k - 1] ?? '') ?? speaker;
      }
      if (speaker && !isPronoun(speaker)) speaker = fullName(speaker, context);
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

function platformIn(text: string): Platform | null {
  const m = ON_PLATFORM.exec(text);
  if (m) {
    const name = (m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' ');
    return platformByName.get(name) ?? (name.startsWith('x') ? 'x' : 'other');
  }
  const v = PLATFORM_VERB.exec(text);
  return v ? (PLATFORM_VERBS.find(([verb]) => verb === v[1].toLowerCase())?.[1] ?? null) : null;
}

function speakerFor(paragraph: string, span: Quoted): string | null {
  const after = paragraph.slice(span.end);
  const a = SPEAKER_AFTER.exec(after) ?? SPEAKER_AFTER_INVERTED.exec(after);
  if (a) {
    const s = cleanSpeaker(a[1]);
    if (s) return s;
  }
  const before = paragraph.slice(0, span.start);
  const b = SPEAKER_BEFORE.exec(before);
  if (b) {
    const s = cleanSpeaker(b[1].replace(/^.*\b(?:in an?|on)\s+(?:\S+\s+){0,3}?(?:on\s+\S+\s*)?,\s*/i, ''));
    if (s) return s;
  }
  return null;
}

function handleIn(text: string): string | null {
  const m = HANDLE.exec(text);
  return m ? `@${m[1]}` : null;
}

/** The last capitalised multi-word name in a paragraph ("… Union Home Minister Amit Shah's post …"). */
function lastNamedPerson(paragraph: string): string | null {
  const names = [...paragraph.matchAll(/(?:\p{Lu}[\p{L}.'-]+\s+){1,3}\p{Lu}[\p{L}'-]+/gu)].map((m) => m[0].replace(/[’']s$/, ''));
  return names.length ? names[names.length - 1] : null;
}
