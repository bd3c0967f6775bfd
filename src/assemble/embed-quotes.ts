/**
 * Social embeds (HTML path) as social quotes: the post's words stay in the
 * body where the page shows them, and the quote points at the paragraph that
 * holds them. A post the article also quotes in its text is listed once.
 */
import type { SocialEmbed } from '../blocks/page-markup.js';
import type { SocialQuote } from './social-quotes.js';

/**
 * @param bodyIndex  for each block, its index in article.body, or -1 when it is not body
 */
export function withEmbedQuotes(quotes: readonly SocialQuote[], embeds: readonly SocialEmbed[], bodyIndex: readonly number[]): SocialQuote[] {
  const out = [...quotes];
  for (const embed of embeds) {
    const paragraph = paragraphOf(embed, bodyIndex);
    if (paragraph === null) continue;
    const same = out.find((q) => q.text.includes(embed.text) || embed.text.includes(q.text));
    if (same) {
      same.handle ??= embed.handle;
      continue;
    }
    out.push({ platform: embed.platform, speaker: embed.speaker, handle: embed.handle, text: embed.text, paragraph });
  }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/** The body paragraph of the embed's first body block; for an iframe (no blocks), the paragraph before it, inside the body. */
function paragraphOf(embed: SocialEmbed, bodyIndex: readonly number[]): number | null {
  for (let i = embed.from; i < embed.to; i++) if (bodyIndex[i] >= 0) return bodyIndex[i];
  if (embed.to > embed.from) return null; // rendered, but not as body: a sidebar embed
  let before = -1;
  for (let i = embed.from - 1; i >= 0 && before < 0; i--) before = bodyIndex[i];
  const after = bodyIndex.slice(embed.from).some((k) => k >= 0);
  return before >= 0 && after ? before : null;
}
