/** The article as Markdown: heading, metadata, body, then credits and related stories. */
import type { Result } from '../validate/schema.js';

// Characters that would start Markdown syntax at the beginning of a paragraph.
const LEADING_SYNTAX = /^([#>*+-]|\d+[.)])(\s)/;

export function toMarkdown(result: Result): string {
  const { article } = result;
  const out: string[] = [];
  if (article.title) out.push(`# ${article.title}`, '');
  const meta: string[] = [];
  if (article.byline) meta.push(article.byline.authors.length ? `By ${article.byline.authors.join(', ')}` : article.byline.raw);
  if (article.byline?.agency) meta.push(article.byline.agency);
  if (article.published) meta.push(article.published);
  if (article.section) meta.push(article.section);
  if (meta.length) out.push(`*${meta.join(' · ')}*`, '');
  for (const p of article.body) out.push(p.replace(LEADING_SYNTAX, '\\$1$2'), '');
  if (result.imageCredits.length) {
    out.push('---', '', ...result.imageCredits.map((c) => `*Image: ${c.credit}*`), '');
  }
  if (result.related.length) {
    out.push('## Related', '', ...result.related.map((r) => (r.summary ? `- **${r.title}**: ${r.summary}` : `- ${r.title}`)), '');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
