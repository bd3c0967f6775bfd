/**
 * The gram filter (gram-filter.ts) answers as the furniture-phrase search would:
 * compared with the search alone on every line of the corpus and fixtures and on texts made from the
 * tables' phrases (in prose, cased, at either end, with non-Latin letters around them).
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { COMMENT_NOTICE_PHRASES, hasPromoPhrase, isCommentNotice, isLegalNotice, LEGAL_PHRASES, PROMO_PHRASES } from '../../src/cues/boilerplate.js';
import { GramFilter } from '../../src/cues/gram-filter.js';

const tables = [LEGAL_PHRASES, PROMO_PHRASES, COMMENT_NOTICE_PHRASES];
const phrases = tables.flatMap((table) => Object.values(table).flat());
const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyPhrase = (list: readonly string[]) => new RegExp(list.map(escape).join('|'));
const capitalise = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
const probes = phrases.flatMap((p) =>
  [p, capitalise(p), p.toUpperCase()].flatMap((f) => [f, `${f}.`, `Read our ${f} here.`, `x${f}y`, `“${f}”`, `हिंदी ${f} 日本`, `${f.slice(1)}`, `${f.slice(0, -1)}`]),
);
const LINES = [...new Set(corpusLines()), ...probes];

describe('the gram filter', () => {
  it('should find no phrase in prose without one', () => {
    const filter = new GramFilter(phrases);
    expect(filter.holdsPhrase('officials met on tuesday to discuss the budget for the coming year.')).toBe(false);
  });

  it('should tell whether a phrase stands in a text as the phrase search does', () => {
    const filter = new GramFilter(phrases);
    const search = anyPhrase(phrases);
    const differ = LINES.map((line) => line.toLowerCase()).filter((lower) => filter.holdsPhrase(lower) !== search.test(lower));
    expect(differ.slice(0, 5), `${differ.length} texts`).toEqual([]);
    expect(LINES.filter((line) => filter.holdsPhrase(line.toLowerCase())).length).toBeGreaterThan(phrases.length);
  });

  it('should search for each phrase when one is shorter than a gram', () => {
    const filter = new GramFilter(['newsletter', 'ad']);
    expect(filter.holdsPhrase('officials met on tuesday')).toBe(false);
    expect(filter.holdsPhrase('a broad view')).toBe(true);
  });
});

describe('the furniture-phrase tests behind the gram filter', () => {
  // Their definitions before the filter: the lower-cased text holds a phrase of the table.
  const legal = anyPhrase(Object.values(LEGAL_PHRASES).flat());
  const promo = anyPhrase(Object.values(PROMO_PHRASES).flat());
  const notice = anyPhrase(Object.values(COMMENT_NOTICE_PHRASES).flat());
  it('should answer as the phrase search alone', () => {
    const differ = LINES.filter((line) => {
      const lower = line.toLowerCase();
      return isLegalNotice(line) !== legal.test(lower) || hasPromoPhrase(line) !== promo.test(lower) || isCommentNotice(line) !== (line.length <= 400 && notice.test(lower));
    });
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});
