/**
 * Gates rewritten to cost less (a regex split into parts, a string search before a regex, a length bound) must
 * answer as before: each is compared with its former definition on every corpus and fixture line and on lines
 * made to probe each part of it.
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { hasCreditSign, matchCredit } from '../../src/classify/rules/image-credit.js';
import { isAuthorBox, isListHeading, isRelatedHeading, mayBeRelativeTime } from '../../src/classify/rules/related.js';
import { AD_LABELS, BOILERPLATE_LINE_KEYS, CONSENT_PHRASES, isAdLabel, isConsentText, isShareLabel, MAX_LABELS_LINE_CHARS, SHARE_LABELS, SHARE_LEAD } from '../../src/cues/boilerplate.js';
import { phraseKey, phraseSet } from '../../src/cues/phrase-set.js';
import { LIST_HEADINGS, RELATED_HEADINGS } from '../../src/cues/related.js';
import { PHOTO_ONLY_AGENCIES } from '../../src/cues/credits.js';
import { cueSigns } from '../../src/cues/cue-signs.js';

const LINES = [...new Set(corpusLines())];
const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('hasCreditSign', () => {
  const former = /[:：|,/&©)]|\s[Bb][Yy]\s|ourtesy|^\d|^[Ii]tem\s/;
  const probes = ['Photo by Jane', 'PHOTO BY JANE', 'Photo bY Jane', 'by Jane', 'Photo by', 'Image courtesy NASA', 'COURTESY', 'Item 3 of 4', 'item\t2', 'Items 2', '3 of 4', 'x, y', 'a © b', 'a (b)', 'ſ by ſ', 'a\u00a0by\u00a0b', 'Yes you may', 'a / b', 'a & b', 'a：b'];
  it('should answer as the one alternation it was', () => {
    const differ = [...LINES, ...probes].filter((line) => hasCreditSign(line) !== former.test(line));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});

describe('mayBeRelativeTime', () => {
  const former = /ago|^(?:hace|il y a|vor|há|rating:)/;
  const probes = ['2 days ago', 'agony', 'hace 3 horas', 'il y a 2 jours', 'vor 3 tagen', 'há 2 dias', 'rating: 9 votes', 'x hace', 'ratings: 9', '', 'h', 'i', 'v', 'r', 'hac', 'il y', 'vo', 'ha', 'rating'];
  it('should answer as the regex it was', () => {
    const differ = [...LINES.map((l) => l.toLowerCase()), ...probes].filter((lower) => mayBeRelativeTime(lower) !== former.test(lower));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});

describe('isConsentText', () => {
  const consent = new RegExp(Object.values(CONSENT_PHRASES).flat().map(escape).join('|'));
  const phrases = Object.values(CONSENT_PHRASES).flat();
  const probes = phrases.flatMap((p) => [p, p.toUpperCase(), `We ${p} here.`, p.replace(/i/g, 'İ'), p.replace(/k/g, '\u212a'), p.replace(/cooki/g, 'COOKİ')]);
  it('should answer as the cookie scan and the phrase search it was', () => {
    const differ = [...LINES, ...probes].filter((line) => isConsentText(line) !== (/cooki/i.test(line) && consent.test(line.toLowerCase())));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});

describe('matchCredit without a credit sign', () => {
  // Photo-only agencies keyed through brackets and spaces, at lengths around the bound mayBePhotoOnly sets; bare labels
  // (tried only with LEAD_SIGN) and every corpus line without a credit sign.
  const probes = PHOTO_ONLY_AGENCIES.flatMap((a) => [75, 79, 80, 81, 82, 83, 84, 90].flatMap((n) => {
    const pad = ' '.repeat(Math.max(0, n - a.length - 2));
    return [`(${a}${pad})`, `[${pad}${a}]`, `${a}${pad}  `.slice(0, n), `(${a}${pad}`];
  })).concat(['Image copyright Getty Images', 'Image caption Scooter Braun has', 'IMAGE SOURCE Getty', '(Image caption A b)', 'Getty Images'], LINES.filter((line) => !hasCreditSign(line)));
  it('should read the same with the signs read as without', () => {
    const differ = probes.filter((line) => JSON.stringify(matchCredit(line, cueSigns(line))) !== JSON.stringify(matchCredit(line)));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    expect(probes.some((line) => line.length > 80 && matchCredit(line) !== null)).toBe(true);
  });

  it('should read a photo-only agency as the line without a bracket at either end', () => {
    const bracketed = PHOTO_ONLY_AGENCIES.flatMap((a) => [`(${a})`, `[${a}]`, `(${a}`, `${a}]`, `( ${a} )`]);
    expect(bracketed.map((line) => matchCredit(line, cueSigns(line))?.credit)).toEqual(bracketed.map((line) => line.replace(/^[([]|[)\]]$/g, '')));
    expect(matchCredit('((Getty Images))', cueSigns('((Getty Images))'))?.credit).toBe('(Getty Images)');
  });
});

describe('isAdLabel and isShareLabel, the parts of a line of labels read once for both', () => {
  const ad = phraseSet(AD_LABELS);
  const share = phraseSet(SHARE_LABELS);
  const separator = /\s*[·•|]\s*/u;
  const everyPart = (text: string, known: ReadonlySet<string>): boolean => {
    if (text.length > MAX_LABELS_LINE_CHARS) return false;
    if (known.has(phraseKey(text))) return true;
    if (!/[·•|]/.test(text)) return false;
    const parts = text.split(separator).filter(Boolean);
    return parts.length > 1 && parts.every((p) => known.has(phraseKey(p)) || ad.has(phraseKey(p)) || share.has(phraseKey(p)));
  };
  const formerAd = (text: string) => everyPart(text, ad) && text.split(separator).some((p) => ad.has(phraseKey(p)));
  const formerShare = (text: string) => everyPart(text, share) || (SHARE_LEAD.test(text) && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text));
  const labels = [...Object.values(AD_LABELS).flat(), ...Object.values(SHARE_LABELS).flat()];
  const probes = labels.flatMap((a) => [a, `${a} | ${labels[0]}`, `${a} · Share`, `${a} • x`, `x | ${a}`, `| ${a} |`, `${a}|${a}`]);
  it('should answer as each did on its own, on corpus lines and pairs of labels', () => {
    // Each line asked of both in turn, as boilerplateCue does, and of each alone.
    const differ = [...LINES, ...probes].filter((t) => isAdLabel(t) !== formerAd(t) || isShareLabel(t) !== formerShare(t) || isShareLabel(t) !== formerShare(t));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});

describe('the heading tests, their anchored regexes asked only of lines that start as they must', () => {
  // The former definitions, each regex asked of every line.
  const related = phraseSet(RELATED_HEADINGS);
  const list = phraseSet(LIST_HEADINGS);
  const trailer = (key: string) => key.replace(/\s*\(\d+\)$/, '');
  const moreSection = /^(?:more|other)\s+(?:from\s+|in\s+|on\s+)?(?:[^:|]{1,40}?\s+)?(?:articles|stories|news|posts|videos)\s*:?$|^more\s+(?:from|in|on)\s+[^:|]{1,40}$/;
  const mostRead = /^most\s+(?:read|popular|viewed|shared|commented)\s+(?:in|on|from)\s+[^:|]{1,40}$/;
  const aboutName = /^(?:About|Über|Sobre|À propos de)\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]+){0,2}$/;
  const formerRelated = (t: string) => t.length <= 60 && (related.has(trailer(phraseKey(t))) || moreSection.test(t.toLowerCase()));
  const formerList = (t: string) => t.length <= 60 && (list.has(trailer(phraseKey(t))) || mostRead.test(trailer(phraseKey(t))));
  const formerAuthor = (t: string) => t.length <= 60 && (BOILERPLATE_LINE_KEYS[3].has(phraseKey(t)) || aboutName.test(t));
  const probes = ['More from Business', 'more in sport', 'Other India stories', 'MORE India ARTICLES', 'Most read in World News', '- Most popular on Sport -', 'About Jane Doe', 'Über Moritz Bachmann', 'Sobre Ana Lima', 'À propos de Jean Dupont', 'about jane doe', '', 'M', 'O', 'A', ' more from x'];
  it('should answer as before on corpus lines and probes', () => {
    const differ = [...LINES, ...probes].filter((t) => isRelatedHeading(t) !== formerRelated(t) || isListHeading(t) !== formerList(t) || isAuthorBox(t) !== formerAuthor(t));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    for (const t of ['About Jane Doe', 'Über Moritz Bachmann', 'Sobre Ana Lima', 'À propos de Jean Dupont']) expect(isAuthorBox(t), t).toBe(true);
  });
});
