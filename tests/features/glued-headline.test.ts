import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/blocks/block.js';
import { computeFeatures, wordsBefore } from '../../src/features/features.js';

const HEADLINE = 'Apple Unveils New Laptop Deals In DetroitIn the market today';

describe('gluedHeadline', () => {
  it('should hold when the glued word stands as a word of its own nowhere else, letters next to it read per code point', () => {
    const others = ['DetroitIn', 'See DetroitIn.', 'MyDetroitIn', 'DetroitIné', '𝐀DetroitIn', '\udc00DetroitIn', '\ud800\udc00DetroitIn', 'DetroitIn\ud800', 'DetroitIn𝐀', 'Detroit In', 'x DetroitIn DetroitIn'];
    for (const other of others) {
      const texts = [HEADLINE, other];
      // The definition: how many whole runs of letters on the page are the glued word.
      const runs = texts.flatMap((t) => t.match(/\p{L}+/gu) ?? []).filter((w) => w === 'DetroitIn').length;
      const blocks = texts.map((t, i) => newBlock(i, t, i + 1, false, undefined, undefined));
      expect(computeFeatures(blocks)[0].gluedHeadline, JSON.stringify(other)).toBe(runs <= 1);
    }
  });
});

describe('wordsBefore', () => {
  it('should count the words split(/\\s+/) gives and the capitalised among them, as the regexes do', () => {
    const texts = [
      '',
      ' ',
      'Apple Unveils New Laptop Deals In ',
      '  lead  and\ttrail\u00a0\u2003words ',
      '1st Place 𝐀stral 𝑎stral \ud800 \udc00x Élan élan ǅemal',
      '\u3000Über\u2028Ärger 9 ninety',
    ];
    for (const text of texts) {
      for (let end = 0; end <= text.length; end++) {
        const before = text.slice(0, end).split(/\s+/).filter(Boolean);
        const capitalised = before.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
        expect(wordsBefore(text, end), JSON.stringify(text.slice(0, end))).toEqual({ words: before.length, capitalised });
      }
    }
  });
});
