/**
 * mayHoldCredit's walk of the line (credit-scan.ts) and its anchored tests must answer as the regex they replace, on
 * every corpus and fixture line and on lines made to probe each branch: each stem and agency at either end and among
 * words, beside every code unit, cut short and run on.
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { LABEL_STEMS, lastSentenceOf, mayHoldCredit, trailingFormsCredit } from '../../src/classify/rules/image-credit.js';
import { PHOTO_AGENCIES, PHOTO_ONLY_KEYS } from '../../src/cues/credits.js';
import { PHRASE_SIGN } from '../../src/cues/cue-signs.js';
import { escapeClassCharacters, escapeRegExp } from '../../src/cues/phrase-regex.js';
import { LEADING_DECORATION_CHARS, MAX_PHRASE_CHARS, TRAILING_DECORATION_CHARS } from '../../src/cues/phrase-set.js';

/** The former pattern, as image-credit.ts built it (creditSignPattern). */
function formerPattern(withAgencies: boolean): RegExp {
  const galleryCounter = '^(?:item\\s+)?\\d{1,3}\\s*(?:of|/)\\s*\\d';
  const callSign = '[.!?]\\s*\\([a-z]{2,6}\\)$';
  const branches = [galleryCounter, '^©', callSign, ...LABEL_STEMS];
  if (withAgencies) {
    const agencies = [...new Set([...PHOTO_AGENCIES.map((a) => a.toLowerCase()), ...PHOTO_ONLY_KEYS].map((a) => escapeRegExp(a.split(' ')[0])))];
    const before = `[\\s/|,&${escapeClassCharacters(LEADING_DECORATION_CHARS)}]`;
    const after = `[\\s/|,&${escapeClassCharacters(TRAILING_DECORATION_CHARS)}]`;
    branches.push(`(?:^|${before})(?:${agencies.join('|')})(?=$|${after})`);
  }
  return new RegExp(branches.join('|'));
}
const WITH_AGENCIES = formerPattern(true);
const WITHOUT_AGENCIES = formerPattern(false);
const AGENCY_SEPARATOR = /[/|,&]/;
/** The former mayHoldCredit, its mayBePhotoOnly written out. */
function former(text: string, signs: number): boolean {
  const photoOnly = (signs & PHRASE_SIGN) !== 0 || (text.length > MAX_PHRASE_CHARS && text.length <= MAX_PHRASE_CHARS + 2);
  return (AGENCY_SEPARATOR.test(text) || photoOnly ? WITH_AGENCIES : WITHOUT_AGENCIES).test(text.toLowerCase());
}

const agencyWords = [...new Set([...PHOTO_AGENCIES, ...PHOTO_ONLY_KEYS].map((a) => a.toLowerCase().split(' ')[0]))];
const words = [...LABEL_STEMS, ...agencyWords];
// Each word as lines print it, cut short, run on, and among other words.
const wordProbes = words.flatMap((w) => {
  const forms = [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.slice(0, -1), w.slice(1), `${w}s`, `x${w}`];
  return forms.flatMap((f) => [f, `${f} Jane`, `Jane ${f}`, `Jane ${f} Doe`, `a/${f}`, `${f}/b`, `(${f})`, `[${f}]`, `• ${f} -`, `${f}: Jane`, `Jane, ${f}.`, `Jane & ${f}!`, `${f}${f}`]);
});
// Every BMP code unit before and after an agency's word and inside a stem, alone and beside a separator.
const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
const unitProbes = units.flatMap((c) => [c, `${c}afp`, `afp${c}`, `x${c}pa${c}`, `a/b ${c}getty${c}`, `pho${c}to`, `${c}${c}${c}`]);
const anchored = ['© Jane', '(c) Jane', '12 of 14', '1/8', '1of4Grass', 'Item 1 of 2 Traders', 'item\t3 / 4', 'items 3 of 4', '1234 of 5', '3 of x', 'A fair day. (WMBK)', 'A fair day.(ab)', 'A fair day! (abcdefg)', 'A fair day (WMBK)', 'x. (A)', ')', '', 'i', '1'];
const LINES = [...new Set([...corpusLines(), ...wordProbes, ...unitProbes, ...anchored])];

describe('mayHoldCredit', () => {
  it('should answer as the credit-sign regex it was, with and without the phrase sign', () => {
    const differ = LINES.filter((line) => mayHoldCredit(line, 0) !== former(line, 0) || mayHoldCredit(line, PHRASE_SIGN) !== former(line, PHRASE_SIGN));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });

  it('should find some lines of each kind, so the comparison above tells them apart', () => {
    const found = LINES.filter((line) => former(line, PHRASE_SIGN));
    const withAgencyOnly = LINES.filter((line) => former(line, PHRASE_SIGN) && !former(line, 0));
    expect(found.length).toBeGreaterThan(1000);
    expect(withAgencyOnly.length).toBeGreaterThan(100);
  });
});

describe('the trailing credit forms', () => {
  // Each form with its credit, then a stop: what trailingCredit answers without asking the forms.
  const forms = ['A fair day (Photo: AFP)', 'A fair day [Image: Reuters]', 'A fair day | Photo Credit: PTI', 'A fair day. Photograph: Jane Doe/AFP via Getty Images', 'A fair day — Foto: Agência Brasil', 'A fair day ate a rabbitCredit: Alamy', 'A fair day. REUTERS/Brendan McDermid', 'A fair day. SYLVIE MARTIN / AFP', 'A fair day (AP Photo/Evan Vucci)', 'A fair day. (WMBK)', 'Photo: AFP', 'AFP/Getty Images'];
  const stops = ['.', '!', '?', ' .', '\u00a0!', ').', ')?', ']!', ': AFP.', '/AFP.'];
  const probes = forms.flatMap((f) => stops.map((s) => f + s));
  it('should read no credit in a line that ends with a sentence stop', () => {
    const lines = [...LINES, ...probes].filter((line) => line.length <= 400 && /[.!?]$/.test(line));
    expect(lines.length).toBeGreaterThan(3000);
    const read = lines.filter((line) => trailingFormsCredit(line) !== null);
    expect(read.slice(0, 5), `${read.length} lines`).toEqual([]);
  });

  it('should read the last sentence as the former pattern did, searched from the start of the line', () => {
    const former = /(?:^|[.!?)]\s+)([^.!?]+)$/u;
    // Every string of up to six units of stops, brackets, white space and letters, and the corpus lines with each end.
    const alphabet = ['.', '!', '?', ')', ' ', '\u00a0', '\n', 'a', '/'];
    let built = [''];
    const all: string[] = [];
    for (let length = 1; length <= 6; length++) {
      built = built.flatMap((s) => alphabet.map((u) => s + u));
      for (const s of built) all.push(s);
    }
    const lines = [...all, ...LINES.flatMap((line) => [line, `${line}. AFP/Jane`, `${line}) AFP`, `${line}.  `])].filter((line) => line.length <= 400);
    const differ = lines.filter((line) => lastSentenceOf(line) !== former.exec(line)?.[1].trim());
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });

  it('should read a credit in the same lines without the stop, so the probes above reach each form', () => {
    expect(forms.filter((f) => trailingFormsCredit(f) === null)).toEqual(['Photo: AFP', 'AFP/Getty Images']);
  });
});
