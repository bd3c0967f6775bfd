/**
 * The signs readCues reads once per block (cue-signs.ts) only let it skip tests that cannot match: each
 * test gated on a sign must never match a line without that sign, and matchCredit and boilerplateCue must
 * answer the same with the signs as without. Checked on every line of the corpus and fixtures, and on lines
 * made from the tables' own phrases (cased, decorated, counted, with letters only case folding joins).
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { boilerplateCue, mayBeUnsignedFurniture } from '../../src/classify/rules/boilerplate.js';
import { hasCreditSign, LABEL_STEMS, matchCredit } from '../../src/classify/rules/image-credit.js';
import { endsInColon, isAuthorBox, isCommentMeta, isCommentsHeading, isListHeading, isRelatedHeading } from '../../src/classify/rules/related.js';
import { lineSigns } from '../../src/classify/steps/cues.js';
import { AD_LABELS, BOILERPLATE_LINE_KEYS, COMMENT_HEADINGS, COMMENT_NOTICE_PHRASES, CONSENT_PHRASES, FOOTER_PREFIXES, hasLabelSeparator, hasPromoPhrase, isCommentNotice, isConsentText, isLegalNotice, LEGAL_PHRASES, MAX_LABELS_LINE_CHARS, PROMO_PHRASES, SHARE_LABELS, SHORT_PHRASE_CHARACTER, shortFurniturePhrases } from '../../src/cues/boilerplate.js';
import { CAPTIONS, LABELS, PHOTO_AGENCIES, PHOTO_ONLY_AGENCIES, PHOTO_ONLY_KEYS } from '../../src/cues/credits.js';
import { ABOUT_LEAD_SIGN, AGO_SIGN, COLON_SIGN, COMMENT_META_SIGN, CREDIT_SIGN, cueSigns, FOOTER_LEAD_SIGN, FURNITURE_PHRASE_SIGN, HEADING_LEAD_SIGN, LEAD_SIGN, leadPattern, leadSigns, PHRASE_SIGN, SEPARATOR_SIGN, SHORT_PHRASE_SIGN, SURE_CREDIT_SIGN } from '../../src/cues/cue-signs.js';
import { HEADING_LINE_KEYS, LIST_HEADINGS, RELATED_HEADINGS } from '../../src/cues/related.js';


const flat = (table: Readonly<Record<string, readonly string[]>>): string[] => Object.values(table).flat();
const phrases = [
  ...[AD_LABELS, SHARE_LABELS, COMMENT_HEADINGS, FOOTER_PREFIXES, RELATED_HEADINGS, LIST_HEADINGS].flatMap(flat),
  ...LABELS, ...CAPTIONS, ...PHOTO_AGENCIES, ...PHOTO_ONLY_AGENCIES,
  'about the author', 'About Moritz Bachmann', 'À propos de Jean Dupont', 'more from business', 'other india stories', 'most read in world news', 'Share this with LinkedIn', 'ſhare-this', 'SHARE: x', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube', 'Síguenos en X', 'SÍGUENOS en X', 'ſiga-nos',
];
const capitalise = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
/** Each phrase as lines print it: cased, decorated, counted, with a credit or a caption after it, and with letters only case folding joins. */
const probes = phrases.flatMap((p) => {
  const forms = [p, capitalise(p), p.toUpperCase(), p.replace(/s/g, 'ſ'), p.replace(/k/g, '\u212a'), p.replace(/i/g, 'İ'), p.replace(/ /g, '\u00a0'), p.replace(/ /g, '  ')];
  return forms.flatMap((f) => [f, `• ${f}`, `- ${f} -`, `(${f})`, `[${f}]`, `${f}:`, `12 ${f}`, `${f} (12)`, `${f} | Share`, `${f}: Jane Doe/AFP`, `${f} Getty Images`, `${f}, left, at the fair.`, `A fair day (${f}: AFP)`, `x${f}`]);
});
// Photo-only agencies alone on a line around MAX_PHRASE_CHARS, in brackets and padded, where mayBePhotoOnly's lengths end.
const padded = PHOTO_ONLY_AGENCIES.flatMap((a) => [78, 79, 80, 81, 82, 83, 84].flatMap((n) => [`(${a}${' '.repeat(Math.max(0, n - a.length - 2))})`, `${'-'.repeat(Math.max(0, n - a.length - 1))}${a}:`]));
const LINES = [...new Set(corpusLines()), ...probes, ...padded, '© Aaron Schwartz', 'Item 1 of 2 Traders work', '1of4Grass Valley', 'A fair. (WMBK)', 'AFP/Getty Images', 'REUTERS/Brendan McDermid', 'Alex on September 17, 2018 at 6:34 am said:', '2 days ago', 'hace 3 horas'];

describe('the signs readCues reads once per block', () => {
  it('should be there whenever a stop cue gated on them matches', () => {
    const missed = LINES.filter((line) => {
      const signs = cueSigns(line);
      return ((isRelatedHeading(line) || isListHeading(line)) && (signs & (PHRASE_SIGN | HEADING_LEAD_SIGN)) === 0)
        || (isAuthorBox(line) && (signs & (PHRASE_SIGN | ABOUT_LEAD_SIGN)) === 0)
        || (isCommentsHeading(line) && (signs & PHRASE_SIGN) === 0);
    });
    expect(missed.slice(0, 5), `${missed.length} lines`).toEqual([]);
  });

  it('should show the furniture phrase and comment meta signs whenever a test gated on them matches', () => {
    const furniture = [CONSENT_PHRASES, LEGAL_PHRASES, PROMO_PHRASES, COMMENT_NOTICE_PHRASES].flatMap(flat)
      .flatMap((p) => [p, p.toUpperCase(), capitalise(p), `The ${p} here.`, `Read our ${p}`]);
    const meta = ['Jane said:', 'Jane said: ', 'Alex on May 2 said:', '2 days ago', '3 hours ago at 4:05 pm', 'hace 3 horas', 'il y a 2 jours', 'vor 5 Minuten', 'há 2 dias', 'Rating: +3 votes'];
    const lines = [...LINES, ...furniture, ...meta];
    const missed = lines.filter((line) => {
      const signs = lineSigns(line);
      return ((isCommentNotice(line) || isConsentText(line) || isLegalNotice(line) || hasPromoPhrase(line)) && (signs & FURNITURE_PHRASE_SIGN) === 0)
        || (isCommentMeta(line) && (signs & COMMENT_META_SIGN) === 0);
    });
    expect(lines.filter((line) => isCommentMeta(line)).length).toBeGreaterThan(meta.length / 2);
    expect(missed.slice(0, 5), `${missed.length} lines`).toEqual([]);
  });

  it('should leave matchCredit and boilerplateCue answering as without them', () => {
    const differ = LINES.filter((line) => {
      const signs = lineSigns(line);
      return JSON.stringify(matchCredit(line, signs)) !== JSON.stringify(matchCredit(line)) || JSON.stringify(boilerplateCue(line, signs)) !== JSON.stringify(boilerplateCue(line));
    });
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });

  it('should show the separator sign as hasLabelSeparator finds one, and the credit sign whenever hasCreditSign finds one', () => {
    // Every code unit alone, first, last and among words: the walk of the line reads each as these regexes do.
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    // And around the words the credit sign reads: " by ", "courtesy", "Item" and white space.
    const words = ['a by b', 'A BY B', 'a bY\tb', 'Photo courtesy of x', 'Item 1 of 2', 'item\u00a02', 'Item', 'Items 1'];
    const around = words.flatMap((w) => units.flatMap((c) => [`${c}${w}`, `${w}${c}`, ...[1, 2, 3, 4, 5].map((k) => w.slice(0, k) + c + w.slice(k + 1))]));
    const lines = [...LINES, ...units.flatMap((c) => [c, `${c}tem 1`, `Photo${c}`, `a ${c} b`, `${c}${c}`, `${c}y`, `b${c}`]), ...around];
    const differ = lines.filter((line) => {
      const signs = cueSigns(line);
      const separator = line.length <= MAX_LABELS_LINE_CHARS && hasLabelSeparator(line);
      return (signs & SEPARATOR_SIGN) !== 0 !== separator || (hasCreditSign(line) && (signs & CREDIT_SIGN) === 0);
    });
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });

  it('should show the colon sign on a line no longer than MAX_PHRASE_CHARS exactly as it has a colon, and on every longer line', () => {
    // Every code unit alone, first, last and among words; and each line ending in a colon, after white space or not.
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    const lines = [...LINES, ...LINES.flatMap((line) => [`${line}:`, `${line}: `, `${line}:\u3000`]), ...units.flatMap((c) => [c, `${c}:`, `Photo${c}`, `a ${c} b`])];
    const differ = lines.filter((line) => (cueSigns(line) & COLON_SIGN) !== 0 !== (line.length > 80 || line.includes(':')));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    // What readCues relies on: endsInColon holds of no line without the sign.
    expect(lines.filter((line) => endsInColon(line.toLowerCase()) && (cueSigns(line) & COLON_SIGN) === 0)).toEqual([]);
  });

  it('should show the ago sign on a line whose lower case holds "ago", and the sure credit sign only where hasCreditSign finds one', () => {
    // Only a g or G lower-cases to a text holding a g, and only an o or O to one holding an o: every code point asked.
    const folds = Array.from({ length: 0x110000 }, (_, cp) => String.fromCodePoint(cp)).filter((c) => /[go]/.test(c.toLowerCase()));
    expect(folds.sort()).toEqual(['G', 'O', 'g', 'o']);
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    const agos = ['ago', '2 days ago', '3 HOURS AGO', 'Ago', 'aGo', 'agO', 'a go', 'ag o', 'Chicago', 'g', 'o', 'og'];
    const lines = [...LINES, ...agos, ...agos.flatMap((a) => units.flatMap((c) => [`${c}${a}`, `${a}${c}`, a.replace(/g/i, c), a.replace(/o/i, c)]))];
    const missed = lines.filter((line) => line.toLowerCase().includes('ago') && (cueSigns(line) & AGO_SIGN) === 0);
    expect(missed.slice(0, 5), `${missed.length} lines`).toEqual([]);
    const unsure = lines.filter((line) => (cueSigns(line) & SURE_CREDIT_SIGN) !== 0 && !hasCreditSign(line));
    expect(unsure.slice(0, 5), `${unsure.length} lines`).toEqual([]);
    expect(lines.filter((line) => (cueSigns(line) & SURE_CREDIT_SIGN) !== 0).length).toBeGreaterThan(units.length);
  });

  it('should show the short phrase sign on every line that may hold a furniture phrase too short for the scan', () => {
    // Each such phrase holds the character the sign looks for, which only it and its capital lower-case to.
    expect(shortFurniturePhrases().length).toBeGreaterThan(0);
    expect(shortFurniturePhrases().filter((phrase) => !phrase.includes(SHORT_PHRASE_CHARACTER))).toEqual([]);
    const folds = Array.from({ length: 0x110000 }, (_, cp) => String.fromCodePoint(cp)).filter((c) => c.toLowerCase().includes(SHORT_PHRASE_CHARACTER));
    expect(folds.sort()).toEqual([SHORT_PHRASE_CHARACTER.toUpperCase(), SHORT_PHRASE_CHARACTER]);
    const built = shortFurniturePhrases().flatMap((p) => [p, p.toUpperCase(), `Suscríbete al ${p} diario`, `${p}: x`, p.replace(SHORT_PHRASE_CHARACTER, 'i')]);
    const lines = [...LINES, ...built];
    const differ = lines.filter((line) => mayBeUnsignedFurniture(line, (cueSigns(line) & SHORT_PHRASE_SIGN) !== 0) !== mayBeUnsignedFurniture(line));
    expect(lines.filter((line) => mayBeUnsignedFurniture(line)).length).toBeGreaterThan(built.length / 2);
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });

  it('should ask the leading-word pattern wherever it may match, after any decoration', () => {
    const lead = leadPattern();
    const decorations = ['', ' ', '(', '• ', ' - ', '\u00a0', '\t', '»›', '(('];
    const lines = [...LINES, ...LINES.flatMap((line) => decorations.map((d) => d + line)), '©', '(c)', '(©', 'x', ''].map((line) => line.toLowerCase());
    const differ = lines.filter((lower) => (leadSigns(lower) !== 0) !== lead.test(lower));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });

  it('should show the phrase sign on every key of the whole-line tables, which the key filter lets through', () => {
    const missed = [...BOILERPLATE_LINE_KEYS, ...HEADING_LINE_KEYS, PHOTO_ONLY_KEYS].flatMap((set) => [...set]).filter((key) => (cueSigns(key) & PHRASE_SIGN) === 0);
    expect(missed).toEqual([]);
  });

  it('should read a label separator, a table key and a leading word', () => {
    expect(cueSigns('Share | Tweet') & SEPARATOR_SIGN).toBe(SEPARATOR_SIGN);
    expect(cueSigns('- Advertisement -') & PHRASE_SIGN).toBe(PHRASE_SIGN);
    expect(cueSigns('• Most read in World News') & HEADING_LEAD_SIGN).toBe(HEADING_LEAD_SIGN);
    expect(cueSigns('The budget was cut.') & LEAD_SIGN).toBe(FOOTER_LEAD_SIGN); // "the" starts footer prefixes only
    expect(cueSigns('Officials met on the first of the month to discuss the budget.')).toBe(0);
  });
});

describe('the label stems mayHoldCredit looks for', () => {
  it('should stand in every credit and caption label', () => {
    expect([...LABELS, ...CAPTIONS].filter((label) => !LABEL_STEMS.some((stem) => label.includes(stem)))).toEqual([]);
  });
});
