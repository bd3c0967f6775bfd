/** The article as a reader wants it in a terminal: title, byline line, paragraphs. */
import type { Result } from '../validate/schema.js';

export function toText(result: Result): string {
  const { article } = result;
  const lines: string[] = [];
  if (article.title) lines.push(article.title, '');
  const meta = [article.byline?.raw, article.published, article.section].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '), '');
  for (const p of article.body) lines.push(p, '');
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
