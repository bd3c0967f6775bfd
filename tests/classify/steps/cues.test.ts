/**
 * readCues reads a short line once per page and gives its repeats what it read: each block must get what the
 * line alone would get. Checked on one page made of every corpus and fixture line, which repeats many of them
 * (and, with far more lines than the table of lines read has slots, shares many slots), and on a page read after it.
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../../corpus-lines.js';
import type { Block } from '../../../src/blocks/block.js';
import { readCues } from '../../../src/classify/steps/cues.js';
import { computeFeatures } from '../../../src/features/features.js';
import { boilerplateCue } from '../../../src/classify/rules/boilerplate.js';
import { matchCredit } from '../../../src/classify/rules/image-credit.js';
import { isAuthorBox, isCommentMeta, isCommentsHeading, isListHeading, isRelatedHeading } from '../../../src/classify/rules/related.js';
import { COMMENT_NOTICE_PHRASES, CONSENT_PHRASES, isCommentNotice, LEGAL_PHRASES, PROMO_PHRASES } from '../../../src/cues/boilerplate.js';

const lines = corpusLines().filter((line) => line.trim() !== '');
const page: Block[] = lines.map((text, index) => ({ index, text, line: index + 1, gapBefore: false }));

describe('readCues on a page that repeats its lines', () => {
  it('should give each block what its line alone gets', () => {
    const cues = readCues(page);
    const differ = page.filter((block, i) => {
      const alone = readCues([{ ...block, index: 0 }]);
      return JSON.stringify([cues.cue[i], cues.credits.get(i) ?? null, cues.stops.has(i)]) !== JSON.stringify([alone.cue[0], alone.credits.get(0) ?? null, alone.stops.has(0)]);
    });
    expect(new Set(lines).size).toBeLessThan(lines.length);
    expect(differ.slice(0, 5).map((b) => b.text), `${differ.length} blocks`).toEqual([]);
  });

  it('should give each block what its line alone gets on a page read after another', () => {
    // The table of lines read before keeps the first page's slots: the second page must not take them for its own.
    readCues(page);
    const second = [...page].reverse().slice(0, 3000).map((block, index) => ({ ...block, index }));
    const cues = readCues(second);
    const differ = second.filter((block, i) => {
      const alone = readCues([{ ...block, index: 0 }]);
      return JSON.stringify([cues.cue[i], cues.credits.get(i) ?? null, cues.stops.has(i)]) !== JSON.stringify([alone.cue[0], alone.credits.get(0) ?? null, alone.stops.has(0)]);
    });
    expect(differ.slice(0, 5).map((b) => b.text), `${differ.length} blocks`).toEqual([]);
  });

  it('should give each repeat objects of its own', () => {
    const cues = readCues(page);
    const seen = new Set<unknown>();
    const shared = [...cues.cue.filter((c) => c !== null), ...cues.credits.values()].filter((o) => seen.has(o) || !seen.add(o));
    expect(shared.length).toBe(0);
  });
});

describe('readCues with the blocks\' features', () => {
  const features = computeFeatures(page);
  const cuesOf = (cues: ReturnType<typeof readCues>) => JSON.stringify([cues.cue, [...cues.credits], [...cues.stops]]);

  it('should read the same cues as without them', () => {
    expect(cuesOf(readCues(page, features))).toBe(cuesOf(readCues(page)));
  });

  it('should take the feature key of a block without a bullet for its text lower-cased, which it is', () => {
    // What readCues hands lowerCase() in place of lower-casing the text again (cues.ts).
    const differ = page.filter((block, i) => !features[i].bullet && features[i].key !== block.text.toLowerCase());
    expect(features.some((f) => f.bullet)).toBe(true);
    expect(differ.slice(0, 5).map((b) => b.text), `${differ.length} blocks`).toEqual([]);
  });
});

describe('readCues on a line that shows no cue sign', () => {
  /** What readCues read in a line before it answered signless lines early: every test asked, in order, without signs. */
  const everyTest = (text: string) => {
    const credit = matchCredit(text);
    const stop = STOP_TESTS.find(([test]) => test(text))?.[1] ?? null;
    const furniture = stop !== null ? null : boilerplateCue(text) ?? (credit?.standalone ? { rule: credit.credit ? 'cue.credit' : 'cue.caption-label', detail: credit.credit ?? undefined } : null);
    return JSON.stringify([stop !== null ? { rule: stop, detail: text } : furniture, credit, stop !== null]);
  };
  const STOP_TESTS: Array<[(text: string) => boolean, string]> = [
    [isRelatedHeading, 'cue.related-heading'], [isCommentsHeading, 'cue.comments-heading'], [isCommentNotice, 'cue.comments-notice'],
    [isCommentMeta, 'cue.comment-meta'], [isListHeading, 'cue.list-heading'], [isAuthorBox, 'cue.author-box'],
  ];
  const tableLines = [CONSENT_PHRASES, LEGAL_PHRASES, PROMO_PHRASES, COMMENT_NOTICE_PHRASES].flatMap((table) => Object.values(table).flat())
    .flatMap((p) => [p, p.toUpperCase(), `Read our ${p} here`, `${p}.`]);
  const built = [...tableLines, 'Jane said:', 'Jane said: ', 'Yvonne wrote:', 'Tuesday, 2 days ago', 'Photo: AFP', 'By Jane Doe, 3 hours ago', 'Alex on May 2 said:', '2 days ago', '3 hours ago at 4:05 pm', 'hace 3 horas', 'il y a 2 jours', 'vor 5 Minuten', 'há 2 dias', 'Rating: +3 votes', '(Getty Images)', '[Shutterstock]', '(Getty Images)xx', 'Getty Images'];

  // Longer lines at the length cuts of the tests that need no sign (a comment header's, promotion's, a comments notice's,
  // consent's), a table phrase first or last, or ending as a comment header: padded with words that show no sign.
  const pad = (n: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, Math.max(0, n));
  const cuts = [81, 99, 100, 101, 299, 300, 301, 399, 400, 401, 1199, 1200, 1201];
  const longBuilt = cuts.flatMap((n) => [
    ...tableLines.flatMap((p) => [p + ' ' + pad(n - p.length - 1), pad(n - p.length - 1) + ' ' + p]),
    `${pad(n - 6)} said:`, `Alex on ${pad(n - 14)} said:`, `${pad(n - 11)} 2 days ago`, `${pad(n - 12)} 2 days ago.`, pad(n),
  ]);

  // Lines that show a sign of cueSigns (a footer prefix's, a heading's or a share word's first word, a table key) and also
  // what the tests no such sign gates look for: each of those must still be asked.
  const signed = ['The', 'About', 'More', 'Share', 'Copyright', 'Comments', 'Advertisement |'].flatMap((lead) => [
    ...tableLines.map((p) => `${lead} ${p}`), `${lead} Jane said:`, `${lead} 2 days ago`, `${lead} wrote:`, `${lead} ${pad(90)} 2 days ago`,
  ]);

  it('should read what every test would on every line', () => {
    const lines = [...new Set([...corpusLines(), ...built, ...longBuilt, ...signed])];
    const differ = lines.filter((text) => {
      const cues = readCues([{ index: 0, text, line: 1, gapBefore: false }]);
      return JSON.stringify([cues.cue[0], cues.credits.get(0) ?? null, cues.stops.has(0)]) !== everyTest(text);
    });
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});
