/**
 * inlineRelatedHeadline reads a line's label before LABELLED_LINK runs (the regex only for a line whose label is a
 * related heading): it must answer as the former form, the regex behind a separator test, did. Compared on every
 * corpus and fixture line, every corpus HTML block, and lines built around the regex's edges: labels of 1 to 42
 * units, white space before and after the separator, each separator, "(" before, inside and after the label,
 * brackets and white space at the end, line breaks inside, astral characters in the label, and related labels padded
 * with decoration to lengths around the bound.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { CORPUS_DIR } from '../../eval/corpus.js';
import { htmlToBlocks } from '../../src/blocks/html-blocks.js';
import { inlineRelatedHeadline, RELATED_HEADINGS } from '../../src/cues/related.js';
import { phraseKey, phraseSet } from '../../src/cues/phrase-set.js';

// The former definition, as it stood before the label was read first.
const RELATED_SET = phraseSet(RELATED_HEADINGS);
const LABELLED_LINK = /^\(?([^:：|–—(]{2,40}?)\s*[:：|–—]\s*(.+?)\)?$/u;
const LINK_SEPARATOR = /[:：|–—]/;
function formerHeadline(text: string): string | null {
  const m = LINK_SEPARATOR.test(text) ? LABELLED_LINK.exec(text) : null;
  return m && RELATED_SET.has(phraseKey(m[1])) ? m[2] : null;
}

function htmlBlockTexts(): string[] {
  const pages = join(CORPUS_DIR, 'pages');
  if (!existsSync(pages)) return [];
  return readdirSync(pages).filter((f) => f.endsWith('.html')).flatMap((f) => htmlToBlocks(readFileSync(join(pages, f), 'utf8')).blocks.map((b) => b.text));
}

function builtLines(): string[] {
  const labels = [...Object.values(RELATED_HEADINGS).flat(), 'Also Read', 'ALSO READ', 'x', 'ab', 'a b', 'Politics', 'More (on this)'];
  for (let k = 0; k <= 42; k++) labels.push('a'.repeat(k), `also read${' '.repeat(k)}`, `${'b'.repeat(Math.max(0, k - 1))}😀`);
  // Related labels of every length around the bound: decoration, which the key drops, pads them.
  for (let k = 25; k <= 36; k++) labels.push(`${'-'.repeat(k)}also read`, `also read${'.'.repeat(k)}`, `${'»'.repeat(k)} also read`, `😀${'-'.repeat(k)}also read`);
  labels.push('also read 😀', '😀', 'a😀', '😀 ', ' also read', '\talso read', 'also\nread', 'also\u00a0read', 'x ', 'x  ', ' x ');
  const separators = [':', '：', '|', '–', '—', ' - ', '(', ''];
  const gaps = ['', ' ', '  ', '\t', '\n', '\u3000'];
  const heads = ['', ' ', '\n', 'x', ')', 'A headline', 'A headline)', 'A headline (with brackets)', 'two\nlines', 'ends\n', 'x )', '))', ' )', 'Q: and A | more'];
  const lines: string[] = [];
  for (const label of labels)
    for (const sep of separators)
      for (const before of gaps)
        for (const after of gaps)
          for (const head of heads) {
            const line = `${label}${before}${sep}${after}${head}`;
            lines.push(line, `(${line}`, `(${line})`, `((${line}`);
          }
  return lines;
}

describe('inlineRelatedHeadline', () => {
  it('should answer as the regex behind a separator test did, on every corpus line and HTML block', () => {
    const texts = [...corpusLines(), ...htmlBlockTexts()];
    const differ = texts.filter((t) => inlineRelatedHeadline(t) !== formerHeadline(t));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => formerHeadline(t) !== null).length).toBeGreaterThan(0);
  });

  it('should answer as the regex behind a separator test did, on lines built around the label\'s bounds', () => {
    const lines = builtLines();
    const differ = lines.filter((t) => inlineRelatedHeadline(t) !== formerHeadline(t));
    expect(differ).toEqual([]);
    // The built lines reach both answers, and labels just past the bounds.
    expect(lines.filter((t) => formerHeadline(t) !== null).length).toBeGreaterThan(1000);
  });
});
