import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/blocks/block.js';
import { BULLETS, computeFeatures, isBullet } from '../../src/features/features.js';

const featuresOf = (texts: string[]) => computeFeatures(texts.map((t, i) => newBlock(i, t, i + 1, false, undefined, undefined)));

describe('computeFeatures', () => {
  it('should read a sentence end as its regex does, closing quotes and brackets after the stop', () => {
    const texts = ['Done.', 'Done."', 'Done.”)', 'Done.’»]', 'Done', '完了。', 'हो गया।', 'What?!', '"Quote"', '.', '…', 'a ”'];
    const f = featuresOf(texts);
    texts.forEach((t, i) => expect(f[i].endsSentence, t).toBe(/[.!?…。！？।]["'”’»)\]]*$/.test(t)));
  });
  it('should read numeric dates month first on an English page, day first on another, by the words of its first 4,000 characters', () => {
    const english = 'The report is out and it is the one that the people of the city wanted.';
    const german = 'Der Bericht ist da und er ist der, den die Leute in der Stadt wollten.';
    expect(featuresOf([english, '03/05/2026']).at(-1)!.date?.iso).toBe('2026-03-05');
    expect(featuresOf([german, '03/05/2026']).at(-1)!.date?.iso).toBe('2026-05-03');
    // Past the sample, more German words do not outvote the English ones read before.
    const long = [...Array.from({ length: 60 }, () => english), ...Array.from({ length: 200 }, () => german), '03/05/2026'];
    expect(featuresOf(long).at(-1)!.date?.iso).toBe('2026-03-05');
  });
  it('should count the other blocks with the same text, bullet and case aside', () => {
    const f = featuresOf(['• Share', 'share', 'SHARE', 'Share this', '- share', 'Other']);
    expect(f.map((x) => x.repeats)).toEqual([3, 3, 3, 0, 3, 0]);
    expect(f.map((x) => x.bullet)).toEqual([true, false, false, false, true, false]);
  });
  it('should tell apart keys of one signature (length, first, middle and last unit) that differ, whichever comes first', () => {
    const f = featuresOf(['acba', 'adba', 'ADBA', 'acba', '• adba', 'aeba', 'x']);
    expect(f.map((x) => x.repeats)).toEqual([1, 2, 2, 1, 2, 0, 0]);
  });
  it('should count repeats as comparing every key with every other does, on pages of many near-copies', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ['a', 'A', 'b', ' ', '•', '- ', 'é', 'É', '中', '𝐀', 'x'];
    for (let page = 0; page < 200; page++) {
      const texts = Array.from({ length: 1 + Math.floor(random() * 300) }, () => {
        let t = '';
        for (let k = 1 + Math.floor(random() * 5); k > 0; k--) t += pieces[Math.floor(random() * pieces.length)];
        return t.trim() || 'x';
      });
      const f = featuresOf(texts);
      expect(f.map((x) => x.repeats)).toEqual(f.map((x) => f.filter((y) => y.key === x.key).length - 1));
    }
  });
  it('should count repeats and find dates on a page of more blocks than the kept scratch holds, and on the pages around it', () => {
    const page = (blocks: number) => Array.from({ length: blocks }, (_, i) => (i % 7 === 0 ? 'Share' : i % 5 === 0 ? `Updated 03/05/2026 ${i % 3}` : `Line ${i}`));
    for (const blocks of [40, 20_000, 40]) {
      const f = featuresOf(page(blocks));
      const copies = new Map<string, number>();
      for (const x of f) copies.set(x.key, (copies.get(x.key) ?? 0) + 1);
      expect(f.map((x) => x.repeats)).toEqual(f.map((x) => copies.get(x.key)! - 1));
      f.forEach((x) => expect(x.date !== null).toBe(x.key.startsWith('updated')));
    }
  });
  it('should tell a bullet by its code unit as a search of BULLETS does, for every unit', () => {
    for (let unit = 0; unit <= 0xffff; unit++) expect(isBullet(unit), unit.toString(16)).toBe(BULLETS.includes(String.fromCharCode(unit)));
  });
});
