/**
 * The skip scan (skip-scan.ts) answers as the furniture-phrase search would:
 * compared with the search alone on every line of the corpus and fixtures and on texts made from the
 * tables' phrases (in prose, cased, at either end, with non-Latin letters around them).
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { COMMENT_NOTICE_PHRASES, CONSENT_PHRASES, hasPromoPhrase, isCommentNotice, isConsentText, isLegalNotice, LEGAL_PHRASES, PROMO_PHRASES } from '../../src/cues/boilerplate.js';
import { MIN_SCANNED_CHARS, SkipScan } from '../../src/cues/skip-scan.js';

const tables = [CONSENT_PHRASES, LEGAL_PHRASES, PROMO_PHRASES, COMMENT_NOTICE_PHRASES];
const phrases = tables.flatMap((table) => Object.values(table).flat());
const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyPhrase = (list: readonly string[]) => new RegExp(list.map(escape).join('|'));
const capitalise = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
const probes = phrases.flatMap((p) =>
  [p, capitalise(p), p.toUpperCase()].flatMap((f) => [f, `${f}.`, `Read our ${f} here.`, `x${f}y`, `“${f}”`, `हिंदी ${f} 日本`, `${f.slice(1)}`, `${f.slice(0, -1)}`]),
);
const LINES = [...new Set(corpusLines()), ...probes];

describe('the skip scan', () => {
  it('should find no phrase in prose without one', () => {
    const filter = new SkipScan(phrases);
    expect(filter.holdsPhrase('officials met on tuesday to discuss the budget for the coming year.')).toBe(false);
  });

  it.each([
    ['all the phrases', phrases],
    ['the phrases the furniture tests scan for', phrases.filter((p) => p.length >= MIN_SCANNED_CHARS)],
  ])('should tell whether a phrase stands in a text as the phrase search does, with %s', (_, scanned) => {
    const filter = new SkipScan(scanned);
    const search = anyPhrase(scanned);
    const differ = LINES.map((line) => line.toLowerCase()).filter((lower) => filter.holdsPhrase(lower) !== search.test(lower));
    expect(differ.slice(0, 5), `${differ.length} texts`).toEqual([]);
    expect(LINES.filter((line) => filter.holdsPhrase(line.toLowerCase())).length).toBeGreaterThan(scanned.length);
  });

  it('should find a phrase at either end and where its window would start before the text', () => {
    const filter = new SkipScan(['privacy policy', 'newsletter']);
    for (const text of ['privacy policy', 'our privacy policy', 'privacy policy.', 'newsletter', 'a newsletter', 'cy policy', 'newslette']) {
      expect(filter.holdsPhrase(text), text).toBe(text.includes('privacy policy') || text.includes('newsletter'));
    }
  });

  it('should search for each phrase when one is shorter than a block', () => {
    const filter = new SkipScan(['newsletter', 'ad']);
    expect(filter.holdsPhrase('officials met on tuesday')).toBe(false);
    expect(filter.holdsPhrase('a broad view')).toBe(true);
  });
});

describe('the furniture-phrase tests behind the skip scan', () => {
  // Their definitions before the filter: the lower-cased text holds a phrase of the table.
  const legal = anyPhrase(Object.values(LEGAL_PHRASES).flat());
  const promo = anyPhrase(Object.values(PROMO_PHRASES).flat());
  const notice = anyPhrase(Object.values(COMMENT_NOTICE_PHRASES).flat());
  const consent = anyPhrase(Object.values(CONSENT_PHRASES).flat());
  it('should answer as the phrase search alone', () => {
    const differ = LINES.filter((line) => {
      const lower = line.toLowerCase();
      return isLegalNotice(line) !== legal.test(lower) || hasPromoPhrase(line) !== promo.test(lower) || isCommentNotice(line) !== (line.length <= 400 && notice.test(lower)) || isConsentText(line) !== (lower.includes('cooki') && /cooki/i.test(line) && consent.test(lower));
    });
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});
