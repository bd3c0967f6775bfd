/**
 * Embedded posts as a text dump renders them: the post's text, then an
 * attribution line (classify/rules/embed.ts). Both stay in the body (they are
 * part of the article as published); the post also becomes a social quote.
 */
export { embedAttribution, type EmbedAttribution } from '../classify/rules/embed.js';

// Links that end a rendered tweet: its picture and shortened URLs.
const TRAILING_LINKS = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/t\.co\/\S+)\s*$/u;

/** The post's words: its lines joined, without the links that end it. */
export function embedText(lines: readonly string[]): string {
  let text = lines.join(' ');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(TRAILING_LINKS, '');
  }
  return text.trim();
}
