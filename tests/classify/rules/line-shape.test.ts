import { describe, expect, it } from 'vitest';
import { isMarkedShape, lineShape, separatedLineShape } from '../../../src/classify/rules/line-shape.js';

// The shape as it was first written, with a split and three regexes: the one-pass reading must give the same.
function regexShape(text: string): string {
  const first = text.split(/\s+/, 1)[0].replace(/\p{Lu}+/gu, 'A').replace(/\p{Ll}+/gu, 'a').replace(/\d+/g, '0');
  return `${first}|${text.includes(':') ? ':' : ''}${/\s(?:--|–|—|-)\s/.test(text) ? '-' : ''}`;
}

const LINES = [
  '1a etapa: 10 de março – Interlagos',
  'June 9 -- Coral Sky Amphitheatre',
  'Q: Favorite apps?',
  '',
  ' leading space',
  'ABCdefGHI123jkl',
  'aBc-DeF_12.5x',
  'Ǆemal ǅemal ǆ', // Lt (ǅ) is neither Lu nor Ll; Ǆ is Lu, ǆ Ll
  '𝐀𝐁c 𝐚', // astral capitals and a small letter
  '\ud835x \udc00y', // lone surrogates
  '١٢٣abc', // Arabic-Indic digits are not \d
  'Über\u00a0alles – 12',
  'ÉCOLE:12',
  'ωΣς-Ⅻ', // Greek letters, a Roman numeral (Nl)
];

describe('lineShape', () => {
  it('should read the first word the way the split and the three regex passes did', () => {
    for (const line of LINES) expect(lineShape(line), line).toBe(regexShape(line));
  });

  it('should give a separated line its shape and any other line none', () => {
    expect(separatedLineShape('June 9 -- Coral Sky Amphitheatre')).toBe('Aa|-');
    expect(separatedLineShape('Q: Favorite apps?')).toBe('A:|:');
    expect(separatedLineShape('Home News Sport')).toBeNull();
    for (const line of LINES) expect(separatedLineShape(line), line).toBe(line.includes(':') || /\s(?:--|–|—|-)\s/.test(line) ? regexShape(line) : null);
  });

  it('should call a shape with a colon, a dash or a leading number marked', () => {
    expect(isMarkedShape(lineShape('1) Lego'))).toBe(true);
    expect(isMarkedShape(lineShape('Home'))).toBe(false);
  });
});
