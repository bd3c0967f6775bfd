/** --explain: every block's label, score and the rules that fired, on stderr. Printing only: the reasons come from classify. */
import type { ChalkInstance } from 'chalk';
import type { ClassifiedPage } from '../classify/classify.js';
import type { Label } from '../classify/labels.js';

// Enough of each block to recognise it on one terminal line.
const SNIPPET_CHARS = 70;

export function explainLines(page: ClassifiedPage, c: ChalkInstance): string {
  const paint: Record<Label, (s: string) => string> = {
    title: c.bold.cyan,
    section: c.cyan,
    byline: c.cyan,
    dateline: c.cyan,
    body: c.green,
    'image-credit': c.magenta,
    caption: c.magenta,
    'related-heading': c.yellow,
    related: c.yellow,
    boilerplate: c.dim,
  };
  const out: string[] = [];
  page.labels.forEach((l, i) => {
    const block = page.blocks[i];
    const text = block.text.length > SNIPPET_CHARS ? `${block.text.slice(0, SNIPPET_CHARS - 1)}…` : block.text;
    const rules = l.reasons.map((r) => (r.detail && r.rule.startsWith('score.') ? `${r.rule}(${r.detail})` : r.rule)).join(' ');
    const score = (l.score >= 0 ? '+' : '') + l.score.toFixed(2);
    out.push(`${String(block.line).padStart(5)} ${paint[l.label](l.label.padEnd(15))} ${score.padStart(6)}  ${c.dim(rules)}\n      ${text}`);
  });
  return out.join('\n') + '\n';
}
