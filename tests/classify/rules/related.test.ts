/**
 * readRelatedList ends a list at any block its caller's predicate names: a block with a cue (steps/region.ts). It asks
 * no heading test of its own, as every line the four stop tests accept has a stop cue. Checked on every corpus and
 * fixture line, and on lines built from the heading tables.
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../../corpus-lines.js';
import type { Block } from '../../../src/blocks/block.js';
import { readCues } from '../../../src/classify/steps/cues.js';
import { isAuthorBox, isCommentsHeading, isListHeading, isRelatedHeading } from '../../../src/classify/rules/related.js';
import { COMMENT_HEADINGS } from '../../../src/cues/boilerplate.js';
import { LIST_HEADINGS, RELATED_HEADINGS } from '../../../src/cues/related.js';
import { computeFeatures } from '../../../src/features/features.js';

const tables = [RELATED_HEADINGS, LIST_HEADINGS, COMMENT_HEADINGS].flatMap((t) => Object.values(t).flat() as string[]);
const built = tables.flatMap((h) => [h, h.toUpperCase(), h[0].toUpperCase() + h.slice(1), `${h}:`, `${h} (4)`, `• ${h}`, `${h} 10`]);
const made = [
  'MORE India ARTICLES', 'More from Business', 'More in Sport', 'Other stories', 'Most read in World News', 'Most popular on Sport',
  'About the author', 'About Jane Doe', 'Über Moritz Bachmann', 'Sobre el autor', '12 Comments', 'Comments (3)',
];
const lines = [...corpusLines().filter((line) => line.trim() !== ''), ...built, ...made];

describe('readRelatedList\'s stop', () => {
  it('should find a cue other than the markup\'s on every line a heading, comments or author-box test accepts', () => {
    const page: Block[] = lines.map((text, index) => ({ index, text, line: index + 1, gapBefore: false }));
    const withFeatures = readCues(page, computeFeatures(page));
    const alone = readCues(page);
    const stopping = page.filter((b) => isRelatedHeading(b.text) || isListHeading(b.text) || isCommentsHeading(b.text) || isAuthorBox(b.text));
    const missed = stopping.filter(({ index: i }) => [withFeatures, alone].some(({ cue }) => cue[i] === null || cue[i]!.rule === 'markup.furniture'));
    expect(stopping.length).toBeGreaterThan(built.length / 2);
    expect(missed.map((b) => b.text)).toEqual([]);
  });
});

describe('readRelatedList\'s metadata test', () => {
  it('should find that lower-casing makes a digit only of a digit, and a final a, g or o only of itself or its capital', () => {
    // isMeta skips META (on the lower-cased line) for a line that neither opens with a digit nor ends in a/g/o, any case.
    const odd: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower !== ch && (/^[0-9]/.test(lower) || /[ago]$/.test(lower)) && !'AGO'.includes(ch)) odd.push(ch);
    }
    expect(odd).toEqual([]);
  });
});
