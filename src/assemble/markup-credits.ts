/**
 * Credits the markup marks (`<span class="credit">`, HTML path) as image credits,
 * next to those classification read from the text. Only around the article:
 * from its title to just after its body.
 */
import type { MarkupCredit } from '../blocks/page-markup.js';
import type { ClassifiedPage } from '../classify/classify.js';
import { markedCredit } from '../classify/rules/image-credit.js';
import type { ImageCredit } from '../validate/schema.js';

export function withMarkupCredits(credits: readonly ImageCredit[], marked: readonly MarkupCredit[], page: ClassifiedPage): ImageCredit[] {
  const region = page.region;
  if (!region) return [...credits];
  const top = Math.min(page.title ?? region.start, region.start);
  const out = [...credits];
  for (const { block, credit } of marked) {
    if (block < top || block > region.end) continue;
    const label = page.labels[block].label;
    if (label === 'body' || label === 'related' || label === 'related-heading') continue;
    const text = page.blocks[block].text;
    if (out.some((c) => c.text === text)) continue;
    out.push({ text, credit: markedCredit(credit) });
  }
  return out;
}
