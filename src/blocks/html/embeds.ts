/**
 * Social-media embeds as sites paste them: the blockquote fallbacks of X
 * (twitter-tweet), Instagram (instagram-media), Facebook (fb-post / fb-xfbml-parse-ignore)
 * and TikTok, and the iframes of YouTube. Each gives the platform, who posted
 * it, the handle and the words of the post, read from the embed's markup.
 */
import type { Element } from 'domhandler';
import { normalizeInline } from '../../decode/normalize.js';
import type { Platform } from '../../cues/social.js';
import type { SocialEmbed } from '../page-markup.js';
import { flatText, isElement, type Exit, type OpenElement, type Renderer, type RenderObserver } from './render.js';

type EmbedPost = Omit<SocialEmbed, 'from' | 'to'>;

// Media links at the end of a tweet are the picture, not words of the post.
const TRAILING_MEDIA_LINKS = /(?:\s*(?:https?:\/\/t\.co\/\S+|pic\.twitter\.com\/\S+))+$/;
// "— Robert Maguire (@RobertMaguire_) November 18, 2019"
const TWEET_SIGNATURE = /[—–-]\s*(.+?)\s*\(@(\w{1,30})\)/;
const STATUS_URL = /(?:twitter|x)\.com\/(\w{1,30})\/status/;
const INSTAGRAM_SHARED_BY = /^A post shared by\s+(.*?)\s*(?:\(@([\w.]{1,30})\))?(?:\s+on\b.*)?$/i;
const INSTAGRAM_BUTTON = /^View (?:this|more) (?:post|on) (?:on )?Instagram$/i;
const FACEBOOK_POSTED_BY = /Posted by\s+(.+?)\s+on\b/;
const FACEBOOK_PAGE = /facebook\.com\/(?!plugins\b|permalink\.php|story\.php|photo\.php|video\.php|watch\b)([\w.-]+)/;
const YOUTUBE_SRC = /(?:youtube(?:-nocookie)?\.com\/embed\/|youtu\.be\/)/;
// Iframe titles that name the player, not the video.
const GENERIC_VIDEO_TITLE = /^(?:youtube(?: video)?(?: player)?|video|embedded content|iframe)$/i;

/** The elements embedPlatform can recognise. */
const EMBED_TAGS: ReadonlySet<string> = new Set(['blockquote', 'div', 'iframe']);

/** The platform of an embed element, or null when the element is not one. */
export function embedPlatform(el: OpenElement): Platform | null {
  const cls = el.attribs.class ?? '';
  if (el.name === 'blockquote') {
    if (/\btwitter-(?:tweet|video)\b/.test(cls)) return 'x';
    if (/\binstagram-media\b/.test(cls)) return 'instagram';
    if (/\bfb-xfbml-parse-ignore\b/.test(cls)) return 'facebook';
    if (/\btiktok-embed\b/.test(cls)) return 'other';
  }
  if (el.name === 'div' && /\bfb-(?:post|video)\b/.test(cls)) return 'facebook';
  if (el.name === 'iframe' && YOUTUBE_SRC.test(el.attribs.src ?? el.attribs['data-src'] ?? '')) return 'youtube';
  return null;
}

/** Read an embed's post; null when the embed carries no words (a bare picture, an untitled video). */
export function readEmbed(el: Element, platform: Platform): EmbedPost | null {
  switch (platform) {
    case 'x': return readTweet(el);
    case 'instagram': return readInstagram(el);
    case 'facebook': return readFacebook(el);
    case 'youtube': return readYoutube(el);
    default: return post(platform, null, null, clean(flatText(el)));
  }
}

/** Records every embed and the blocks it was rendered into. */
export class EmbedCollector implements RenderObserver {
  readonly tags = EMBED_TAGS;
  readonly embeds: SocialEmbed[] = [];
  private inside = 0;

  enter(el: OpenElement, renderer: Renderer): Exit | void {
    if (this.inside > 0) return;
    const platform = embedPlatform(el);
    if (!platform) return;
    const from = renderer.lines.length;
    const subtree = renderer.keepSubtree();
    this.inside++;
    return (r) => {
      this.inside--;
      const read = readEmbed(subtree.element, platform);
      if (read) this.embeds.push({ ...read, from, to: r.lines.length });
    };
  }
}

function readTweet(el: Element): EmbedPost | null {
  const p = firstChild(el, 'p');
  const all = clean(flatText(el));
  const words = clean(p ? flatText(p) : all).replace(TRAILING_MEDIA_LINKS, '');
  const signature = TWEET_SIGNATURE.exec(p ? all.slice(clean(flatText(p)).length) : all);
  const status = STATUS_URL.exec(links(el).join(' '));
  const handle = signature?.[2] ?? status?.[1] ?? null;
  return post('x', signature?.[1] ?? null, handle ? `@${handle}` : null, words);
}

function readInstagram(el: Element): EmbedPost | null {
  let speaker: string | null = null;
  let handle: string | null = null;
  const words: string[] = [];
  for (const p of descendants(el, 'p')) {
    const text = clean(flatText(p));
    const shared = INSTAGRAM_SHARED_BY.exec(text);
    if (shared) {
      speaker = shared[1] || null;
      handle = shared[2] ? `@${shared[2]}` : null;
    } else if (text && !INSTAGRAM_BUTTON.test(text)) {
      words.push(text);
    }
  }
  return post('instagram', speaker, handle, words.join(' '));
}

function readFacebook(el: Element): EmbedPost | null {
  const all = clean(flatText(el));
  const p = firstChild(el, 'p');
  const page = FACEBOOK_PAGE.exec(el.attribs['data-href'] ?? el.attribs.cite ?? links(el).join(' '));
  return post('facebook', FACEBOOK_POSTED_BY.exec(all)?.[1] ?? null, page ? page[1] : null, p ? clean(flatText(p)) : '');
}

function readYoutube(el: Element): EmbedPost | null {
  const title = clean(el.attribs.title ?? '');
  return GENERIC_VIDEO_TITLE.test(title) ? null : post('youtube', null, null, title);
}

function post(platform: Platform, speaker: string | null, handle: string | null, text: string): EmbedPost | null {
  return text === '' ? null : { platform, speaker, handle, text };
}

function clean(s: string): string {
  return normalizeInline(s);
}

function firstChild(el: Element, name: string): Element | null {
  return descendants(el, name)[0] ?? null;
}

function descendants(root: Element, name: string): Element[] {
  const out: Element[] = [];
  const todo: Element[] = [root];
  while (todo.length) {
    const el = todo.shift()!;
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      todo.push(c);
    }
  }
  return out;
}

function links(el: Element): string[] {
  return descendants(el, 'a').map((a) => a.attribs.href ?? '');
}
