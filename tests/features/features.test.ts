import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/blocks/block.js';
import { computeFeatures } from '../../src/features/features.js';

const featuresOf = (texts: string[]) => computeFeatures(texts.map((t, i) => newBlock(i, t, i + 1, false, undefined, undefined)));

describe('computeFeatures', () => {
  it('should read a sentence end as its regex does, closing quotes and brackets after the stop', () => {
    const texts = ['Done.', 'Done."', 'Done.”)', 'Done.’»]', 'Done', '完了。', 'हो गया।', 'What?!', '"Quote"', '.', '…', 'a ”'];
    const f = featuresOf(texts);
    texts.forEach((t, i) => expect(f[i].endsSentence, t).toBe(/[.!?…。！？।]["'”’»)\]]*$/.test(t)));
  });
  it('should count the other blocks with the same text, bullet and case aside', () => {
    const f = featuresOf(['• Share', 'share', 'SHARE', 'Share this', '- share', 'Other']);
    expect(f.map((x) => x.repeats)).toEqual([3, 3, 3, 0, 3, 0]);
    expect(f.map((x) => x.bullet)).toEqual([true, false, false, false, true, false]);
  });
});
