/**
 * Stage 5, assemble: turn the labelled blocks into the result object: the
 * article, its side lists and warnings. Reads labels; decides nothing new
 * about which block is what.
 */
import type { ClassifiedPage } from '../classify/classify.js';
import type { Result } from '../validate/schema.js';
import { parseByline } from './byline.js';
import { findSocialQuotes } from './social-quotes.js';

export interface AssembleOptions {
  name: string | null;
  format: 'text' | 'html';
  bytes: number;
  warnings: string[];
  includeBoilerplate?: boolean;
}

export function assemble(page: ClassifiedPage, options: AssembleOptions): Result {
  const { blocks, features, labels } = page;
  const body = labels.flatMap((l, i) => (l.label === 'body' ? [blocks[i].text] : []));
  const dateline = page.dateline !== null ? features[page.dateline].date : null;
  const byline = page.byline !== null
    ? parseByline(blocks[page.byline].text, page.dateline === page.byline ? dateline?.text ?? null : features[page.byline].date?.text ?? null)
    : null;
  const imageCredits = [...page.credits.entries()]
    .filter(([i, c]) => c.credit !== null && (labels[i].label === 'image-credit' || labels[i].label === 'caption'))
    .sort(([a], [b]) => a - b)
    .map(([i, c]) => ({ text: blocks[i].text, credit: c.credit! }));
  const related = [
    ...page.inlineRelated.map((r) => ({ at: r.index, title: r.title, summary: null })),
    ...page.related.flatMap((list) => list.items.map((item) => ({ at: item.blocks[0], title: item.title, summary: item.summary }))),
  ]
    .sort((a, b) => a.at - b.at)
    .map(({ title, summary }) => ({ title, summary }));
  const warnings = [...options.warnings];
  if (body.length === 0) warnings.push('no article body found');
  const result: Result = {
    schemaVersion: 1,
    source: { name: options.name, format: options.format, bytes: options.bytes },
    article: {
      title: page.title !== null ? blocks[page.title].text : null,
      section: page.section?.name ?? null,
      byline,
      published: dateline?.iso ?? null,
      body,
    },
    socialQuotes: findSocialQuotes(body),
    imageCredits,
    related,
    warnings,
  };
  if (options.includeBoilerplate) {
    result.boilerplate = labels.flatMap((l, i) =>
      l.label === 'boilerplate' ? [{ line: blocks[i].line, text: blocks[i].text, rule: l.reasons[0]?.rule ?? 'region.outside' }] : [],
    );
  }
  return result;
}
