/**
 * Regexes rewritten to compile faster (an atomic group in place of a plain alternation, letters
 * spelled out in place of the i flag) must match exactly what they replaced: each is compared
 * with its former definition, rebuilt here from the same tables, on every line of the corpus
 * and fixtures and on lines made to probe the reasoning each rewrite relies on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { CORPUS_DIR } from '../../eval/corpus.js';
import { DATE_LABEL } from '../../src/classify/rules/byline.js';
import { FACEBOOK, INSTAGRAM } from '../../src/classify/rules/embed.js';
import { CONNECTOR, LEADING_ARTICLE, RELATIVE } from '../../src/assemble/attribution.js';
import { DETERMINER } from '../../src/assemble/speaker.js';
import { CLOCK_TIME, DATE_LABEL_START, TOGGLE_END } from '../../src/classify/rules/title.js';
import { FOLLOW_LEAD, SHARE_LEAD } from '../../src/cues/boilerplate.js';
import { COMPOUND_ROLE } from '../../src/cues/roles.js';
import { MONTHS, PUBLISHED_LABELS, UPDATED_LABELS } from '../../src/cues/dates.js';
import { asciiCaseless, caseless, caselessClass, caseVariants, LATIN_LETTER, phraseAlternation } from '../../src/cues/phrase-regex.js';
import { HTML_START } from '../../src/decode/detect-format.js';
import { SHAPES, YEARLESS } from '../../src/features/dates.js';

const LINES = corpusLines();

/** What a regex makes of a text: every match (index, text and the first `groups` groups) as `exec` walks it. */
function matches(re: RegExp, text: string, groups: number): unknown[] {
  const found: unknown[] = [];
  const copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = copy.exec(text); m; m = copy.exec(text)) {
    found.push([m.index, ...m.slice(0, groups + 1)]);
    if (!re.flags.includes('g')) break;
    if (m[0] === '') copy.lastIndex++;
  }
  return found;
}

/** `after` matches where `before` did, the same text, with the same groups (those `before` has; `after` may add its own after them). */
function expectSame(before: RegExp, after: RegExp, texts: readonly string[]): void {
  const groups = new RegExp(`${before.source}|`, before.flags).exec('')!.length - 1;
  const differ = texts.filter((t) => JSON.stringify(matches(before, t, groups)) !== JSON.stringify(matches(after, t, groups)));
  expect(differ.slice(0, 5), `${differ.length} texts differ`).toEqual([]);
}

const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('DATE_LABEL, with its label as an atomic group', () => {
  const labels = caseVariants([...Object.values(PUBLISHED_LABELS).flat(), ...Object.values(UPDATED_LABELS).flat(), 'publiziert am', 'publiziert', 'on']);
  const before = new RegExp(`(?:^|\\s|[|,·•])(?:${labels.map(escape).join('|')})(?![${LATIN_LETTER}])(?!\\s+(?:by|von|por|par)\\s)\\s*:?.*$`);
  const probes = labels.flatMap((l) =>
    ['', ' ', 'Jane Doe, ', 'x|', '• '].flatMap((p) => ['', ' 22 Jan 2026', ': 5 May', 'line 5 May', ' online', ' by Jane', ' amtlich', 'x', '\n2026'].map((s) => `${p}${l}${s}`)),
  );
  it('should match as before on corpus lines and label probes', () => {
    expectSame(before, DATE_LABEL, [...LINES, ...probes]);
    for (const t of probes) expect(t.replace(DATE_LABEL, ' '), t).toBe(t.replace(before, ' '));
  });
});

describe('the date shapes, with the month as an atomic group', () => {
  const monthIndex = new Map<string, number>();
  for (const names of Object.values(MONTHS)) names.forEach((forms, i) => forms.forEach((form) => monthIndex.set(form, i + 1)));
  const months = [...monthIndex.keys()];
  const MONTH = `(${phraseAlternation(months)})\\.?`;
  const LETTER = `${LATIN_LETTER}\\u0900-\\u097F\\u0400-\\u04FF`;
  const YEAR = '((?:19|20)\\d{2})';
  const YEAR_END = '(?!\\d(?!\\d?[:.]\\d{2}))';
  const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|ª|\\.)?';
  const before = [
    new RegExp(`(?<![${LETTER}\\d])${DAY}\\s*(?:de\\s+)?${MONTH},?\\s*(?:de\\s+)?${YEAR}${YEAR_END}`),
    new RegExp(`(?<![${LETTER}])${MONTH}\\s+${DAY},?\\s*${YEAR}${YEAR_END}`),
    new RegExp(`(?<![${LETTER}])${MONTH}\\s+(\\d{1,2})(?![\\d${LETTER}])`, 'g'),
  ];
  const after = [SHAPES[1].re, SHAPES[2].re, YEARLESS];
  const probes = months.flatMap((m) => [`22 ${m} 2026`, `22 ${m}. 2026`, `7 de ${m} de 2026`, `22 ${m}de 2026`, `22 ${m}x 2026`, `${m} 22, 2026`, `${m}. 9 2019`, `${m}s 9 2019`, `${m} 19, 9:41 am`, `1 ${m}2026`]);
  it('should match as before on lower-cased corpus lines and month probes', () => {
    const texts = [...LINES.map((l) => l.toLowerCase()), ...probes];
    for (let i = 0; i < before.length; i++) expectSame(before[i], after[i], texts);
  });
});

describe('regexes with their letters spelled out instead of the i flag', () => {
  const pairs: Array<[RegExp, RegExp]> = [
    [/^a post shared by\s+(.+?)\s*\((@[\w.]{1,30})\)/iu, INSTAGRAM],
    [/^posted by\s+(.+?)\s+on\s+\S.*\d{4}$/iu, FACEBOOK],
    [/(?<!\d)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)(?![\p{L}])/iu, CLOCK_TIME],
    [/^(?:share|compartir|comparte|partager|teilen|compartilhar|partilhar|condividi|शेयर)\b/iu, SHARE_LEAD],
    [/^(?:follow|síguenos|suivez|folgen|siga|segui)\b/iu, FOLLOW_LEAD],
    [/(?:minister|ministerin|meister|meisterin|präsident|präsidentin|sprecher|sprecherin|senator|senatorin)$/iu, COMPOUND_ROLE],
    [/^(?:updated|posted|published|last updated|publié|mis à jour|publicado|actualizado|atualizado|veröffentlicht|aktualisiert)\b/iu, DATE_LABEL_START],
    [/(?:\.\.\.|…|\.)\s*(?:more|less)$/iu, TOGGLE_END],
    [/^(?:(?:the|le|la|les|el|los|las|der|die|das|o|a|os|as)\s+|l['’]\s*)/iu, LEADING_ARTICLE],
    [/^(?:of|in|for|at|the|de|del|da|do|dos|das|van|von|der|du|des|di|y|e|et|und|and|&)$/iu, CONNECTOR],
    [/^(?:who|whose|which|that|quien|quienes|que|qui|dont|der|die|das|welche|welcher|quem|cujo|cuja)\b/iu, RELATIVE],
    [/^(?:the|a|an|el|la|le|les|los|las|der|die|das|o|os|as)$/iu, DETERMINER],
  ];
  const words = [...new Set(LINES.flatMap((l) => l.split(/\s+/)))];
  const leads = ['Share', 'SHARE this', 'shareholders', 'ſhare', 'Share_x', 'शेयर', 'शेयरx', 'शेयर करें', 'Síguenos en X', 'FOLLOWſ', 'Follow\u212a', 'Bundesministerin', 'PRÄSIDENT', 'Ministers', 'senatorins', 'Publié le 5', 'publiéx', 'publiéé', 'MIS À JOUR', 'Last  updated', '… MORE', '...leſs', 'THE  Times', "L’Équipe", 'Whoſe', 'who_', 'AND', 'ſ', 'Der'];
  const probes = [...leads, 'A POST SHARED BY Jane (@jane.doe)', 'a poſt ſhared by Kai (@\u212aai_ſ)', 'Posted by Jane on Friday, 5 May 2026', 'POSTED BY ſam ON x 2020', 'at 10:30 PM', '10:30 a.m.', '10:30 Uhr', '10.30h\u0345', '9:41 AMx', '9:41 ſ', '12:00 \u212a'];
  it('should match as before on corpus lines and case probes', () => {
    for (const [before, after] of pairs) expectSame(before, after, [...LINES, ...words, ...probes]);
  });

  it('should spell each letter as every character the i flag matches with it, on every code point', () => {
    const characters = [...new Set([...'a post shared by', ...'posted by on', ...'apmuhr', ...'ſkåß', ...'compartirlhgendvwíuzäsöàéqjxyf&', ...'शेयर'])];
    for (const ch of characters) {
      const folded = new RegExp(`^${escape(ch)}$`, 'iu');
      const spelled = new RegExp(`^${caselessClass(ch)}$`, 'u');
      const wrong: number[] = [];
      for (let cp = 0; cp < 0x110000; cp++) {
        const s = String.fromCodePoint(cp);
        if (folded.test(s) !== spelled.test(s)) wrong.push(cp);
      }
      expect(wrong, ch).toEqual([]);
    }
    expect(caseless('posted by')).toBe('[pP][oO][sSſ][tT][eE][dD] [bB][yY]');
  });
});

describe('the HTML start regex, with tag names spelled out instead of the i flag', () => {
  const heads: string[] = [];
  const pages = join(CORPUS_DIR, 'pages');
  if (existsSync(pages)) for (const f of readdirSync(pages)) heads.push(readFileSync(join(pages, f), 'utf8').slice(0, 2048));
  const probes = ['<!DOCTYPE HTML>', '<!-- x --><Html lang=en>', ' <HEAD>', '<Body\n>', '<META charset=utf-8>', '<ſcript>', '<DIV class=x>', '</H2>', '<SPAN>', '<\u212aBD>', '<img/>', 'text <b>bold</b>'];
  it('should match as before on the start of every corpus page and on tag probes', () => {
    expectSame(/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/i, HTML_START, [...heads, ...probes]);
  });
  it('should spell ASCII letters as the i flag matches them without u', () => {
    for (const ch of 'abcdefghijklmnopqrstuvwxyz') {
      const folded = new RegExp(`^${ch}$`, 'i');
      const spelled = new RegExp(`^${asciiCaseless(ch)}$`);
      const wrong: number[] = [];
      for (let unit = 0; unit < 0x10000; unit++) if (spelled.test(String.fromCharCode(unit)) !== folded.test(String.fromCharCode(unit))) wrong.push(unit);
      expect(wrong, ch).toEqual([]);
    }
  });
});
