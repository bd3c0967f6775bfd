import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/blocks/block.js';
import { computeFeatures } from '../../src/features/features.js';

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
