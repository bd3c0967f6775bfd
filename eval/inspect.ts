/**
 * npm run inspect -- <id-prefix | file>: one corpus page (or any page dump), block by block:
 * label, score, whether the block's text is in the gold body (corpus pages), and the rules that
 * fired. For studying failures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractWithTrace } from '../src/index.js';
import { tokenize } from '../src/metrics/shingle-f1.js';
import { corpusPages } from './corpus.js';

const prefix = process.argv[2] ?? '';
const useHtml = process.argv.includes('--html');
const page = existsSync(prefix)
  ? { id: prefix, url: prefix, gold: '', textPath: prefix, htmlPath: prefix }
  : corpusPages().find((p) => p.id.startsWith(prefix));
if (!page) throw new Error(`no corpus page starts with ${prefix}`);
const gold = ` ${tokenize(page.gold).join(' ')} `;
const { page: classified } = extractWithTrace(readFileSync(useHtml ? page.htmlPath : page.textPath), { input: useHtml ? 'html' : 'text' });
console.log(page.url);
classified.labels.forEach((l, i) => {
  const text = classified.blocks[i].text;
  const tokens = tokenize(text).join(' ');
  const inGold = tokens && gold.includes(` ${tokens} `) ? 'G' : '.';
  const kept = l.label === 'body' ? 'B' : ' ';
  const flag = inGold === 'G' && kept !== 'B' ? '!MISS' : inGold === '.' && kept === 'B' ? '!EXTRA' : '';
  console.log(`${String(i).padStart(4)} ${kept}${inGold} ${l.label.slice(0, 8).padEnd(8)} ${l.score.toFixed(1).padStart(5)} ${flag.padEnd(6)} ${text.slice(0, 90)}  [${l.reasons.map((r) => r.rule).join(',')}]`);
});
