/**
 * The attribution line of an embedded post as a text dump renders it:
 * "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019", "A post shared by Name (@handle) on …",
 * "Posted by Name on …". The line and the post's text above it are part of the article.
 */
import { caseless, CASELESS_WORD_EXTRA, opensWithOneOf } from '../../cues/phrase-regex.js';
import type { Platform } from '../../cues/social.js';

export interface EmbedAttribution {
  platform: Platform;
  speaker: string;
  handle: string | null;
}

// An attribution line is short: a name, a handle and a date.
const MAX_ATTRIBUTION_CHARS = 140;
const TWEET = /^[—–-]\s*(.+?)\s*\((@[A-Za-z0-9_]{1,15})\)\s+\S.*\d{4}$/u;
// Case-insensitive by spelled-out letters, not the i flag, which makes V8 fold ".", "\S" and \w at compile time.
// The same matches as /^a post shared by\s+(.+?)\s*\((@[\w.]{1,30})\)/iu and /^posted by\s+(.+?)\s+on\s+\S.*\d{4}$/iu.
export const INSTAGRAM = new RegExp(`^${caseless('a post shared by')}\\s+(.+?)\\s*\\((@[\\w.${CASELESS_WORD_EXTRA}]{1,30})\\)`, 'u');
export const FACEBOOK = new RegExp(`^${caseless('posted by')}\\s+(.+?)\\s+${caseless('on')}\\s+\\S.*\\d{4}$`, 'u');

export function embedAttribution(text: string): EmbedAttribution | null {
  if (text.length > MAX_ATTRIBUTION_CHARS || !opensWithOneOf(text, ATTRIBUTION_OPENINGS)) return null;
  const tweet = TWEET.exec(text);
  if (tweet) return { platform: 'x', speaker: tweet[1], handle: tweet[2] };
  const insta = INSTAGRAM.exec(text);
  if (insta) return { platform: 'instagram', speaker: insta[1], handle: insta[2] };
  const fb = FACEBOOK.exec(text);
  if (fb) return { platform: 'facebook', speaker: fb[1], handle: null };
  return null;
}

/**
 * What a line opens with to be one of the three forms (each is anchored): a dash (TWEET's [—–-]), or the a of "a post
 * shared by" or the p of "posted by" in either case (caseless() spells both [aA], [pP]). Most lines open otherwise and
 * run none of the regexes.
 */
const ATTRIBUTION_OPENINGS = '—–-aApP';
