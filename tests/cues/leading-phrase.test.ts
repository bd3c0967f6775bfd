/**
 * leadingPhrase reads a line's first words by where they end instead of splitting the line: it must find
 * the phrase the split found, on every corpus and fixture line and on phrases printed with odd white space.
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { BY_WORDS } from '../../src/cues/bylines.js';
import { FOOTER_PREFIXES } from '../../src/cues/boilerplate.js';
import { MULTIWORD_LABELS } from '../../src/cues/credits.js';
import { hasLeadingPhrase, leadingPhrase, leadsOf, maxWordsOf, phraseSet, prefixSet } from '../../src/cues/phrase-set.js';

/** leadingPhrase as it was: the first words split at white space, joined by one space. */
function splitLeadingPhrase(text: string, set: ReadonlySet<string>, maxWords: number): string | null {
  const lower = text.length <= 80 ? text.toLowerCase() : text.slice(0, 80).toLowerCase();
  const words = lower.split(/\s+/g, maxWords);
  const openings = new Set([...set].flatMap((p) => p.split(' ').slice(0, -1).map((_, j, ws) => ws.slice(0, j + 1).join(' '))));
  const firstWords = new Set([...set].map((p) => p.split(' ')[0].replace(/[:：,.]+$/u, '')));
  const first = /^\S*/.exec(text)![0].replace(/[:：,.]+$/u, '').toLowerCase();
  if (!firstWords.has(first) || first === '') return null;
  let reach = 1;
  for (let opening = words[0]; reach < Math.min(maxWords, words.length) && openings.has(opening); reach++) opening += ' ' + words[reach];
  for (let k = reach; k >= 1; k--) {
    const raw = words.slice(0, k).join(' ');
    if (set.has(raw)) return raw;
    const bare = raw.replace(/[:：,.]+$/u, '');
    if (bare !== raw && set.has(bare)) return bare;
  }
  return null;
}

const SETS = [prefixSet(FOOTER_PREFIXES), MULTIWORD_LABELS, phraseSet(BY_WORDS)];
const LINES = [...new Set(corpusLines())];
// Each phrase with its spaces doubled, turned into tabs or no-break spaces, with white space before, after or
// cut at the length the line is lower-cased to, in capitals, followed by more words or by a colon.
const SPACINGS = [' ', '  ', '\t', '\u00a0', ' \u00a0'];
const probes = SETS.flatMap((set) => [...set].flatMap((p) => SPACINGS.flatMap((s) => {
  const spaced = p.replace(/ /g, s);
  return [spaced, spaced.toUpperCase(), `${spaced}${s}`, `${s}${spaced}`, `${spaced}: more words`, `${spaced}${s}and then some`, `${spaced}${s}${'x'.repeat(Math.max(0, 79 - spaced.length))} tail`, `${'a '.repeat(3)}${spaced}`];
})));

describe('leadingPhrase', () => {
  it('should find the phrase that splitting the line at white space finds', () => {
    for (const set of SETS) {
      const max = maxWordsOf(set);
      const differ = [...LINES, ...probes].filter((line) => leadingPhrase(line, set, max) !== splitLeadingPhrase(line, set, max));
      expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    }
    expect(probes.filter((line) => leadingPhrase(line, SETS[0], maxWordsOf(SETS[0])) !== null).length).toBeGreaterThan(100);
  });
});

describe('leadingPhrase on a line’s first unit', () => {
  it('should answer as the split does whatever unit opens the line (its ASCII first-unit gate included)', () => {
    // Each phrase's first unit replaced by every unit up to U+02FF, and by the Kelvin sign, dotted capital I and long s,
    // which lower-case to ASCII letters; and each phrase after each of those units.
    const units = [...Array.from({ length: 0x300 }, (_, c) => c), 0x212a, 0x130, 0x17f];
    for (const set of SETS) {
      const max = maxWordsOf(set);
      const phrases = [...set].slice(0, 12);
      const lines = phrases.flatMap((p) => units.flatMap((c) => [String.fromCharCode(c) + p.slice(1), String.fromCharCode(c) + p, String.fromCharCode(c)]));
      const differ = lines.filter((line) => leadingPhrase(line, set, max) !== splitLeadingPhrase(line, set, max));
      expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    }
  });
});

describe('hasLeadingPhrase', () => {
  // Each phrase followed by each of : ： , . (once, twice, mixed), then white space, a word or the end; each phrase with a
  // word cut short or run on, and each phrase's words but the last.
  const ENDS = [':', '：', ',', '.', '::', ':.', ',:', '.x', ':x', ''];
  const ended = SETS.flatMap((set) => [...set].flatMap((p) => ENDS.flatMap((e) => [p + e, `${p}${e} more`, `${p}${e}\tmore`, p.toUpperCase() + e, p.slice(0, -1) + e, `${p}s${e}`, p.split(' ').slice(0, -1).join(' ') + e])));

  it('should tell whether leadingPhrase finds a phrase, on every line and probe', () => {
    for (const set of SETS) {
      const max = maxWordsOf(set);
      const leads = leadsOf(set);
      const differ = [...LINES, ...probes, ...ended].filter((line) => hasLeadingPhrase(line, leads) !== (leadingPhrase(line, set, max) !== null));
      expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    }
    expect(ended.filter((line) => hasLeadingPhrase(line, leadsOf(SETS[0]))).length).toBeGreaterThan(500);
  });

  it('should answer as leadingPhrase whatever unit opens or follows the phrase', () => {
    // As the test of leadingPhrase on a line's first unit, and each unit up to U+02FF after a phrase and after its first word.
    const units = [...Array.from({ length: 0x300 }, (_, c) => c), 0x212a, 0x130, 0x17f, 0x3000, 0xff1a];
    for (const set of SETS) {
      const max = maxWordsOf(set);
      const leads = leadsOf(set);
      const phrases = [...set].slice(0, 12);
      const lines = phrases.flatMap((p) => units.flatMap((c) => {
        const u = String.fromCharCode(c);
        return [u + p.slice(1), u + p, p + u, `${p}${u} x`, p.replace(' ', u), p.split(' ')[0] + u];
      }));
      const differ = lines.filter((line) => hasLeadingPhrase(line, leads) !== (leadingPhrase(line, set, max) !== null));
      expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
    }
  });
});
