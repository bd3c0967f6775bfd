import { describe, expect, it } from 'vitest';
import { innerSentences } from '../../src/features/sentences.js';

// The definition the count must agree with.
const BOUNDARY = /[.!?…।]["'”’»)]*\s+["'“‘«(]?\p{Lu}/gu;

describe('innerSentences', () => {
  it('should count sentence boundaries as their regex does, quotes, brackets and spaces between', () => {
    const texts = ['He left. The end', 'a." (The b', 'a.. B', 'a...\u3000B', 'Wait!”  «Non', 'x.\t𝐀', 'x. 𝑏', 'x.) ( B', 'x.”" B', 'x." "B', 'x. "" B', 'x.B', 'x .', '. A. B.', 'का। यह', 'x. \ud800', '\ud800. A', 'a.\ud835\udc00 B'];
    for (const text of texts) expect(innerSentences(text), text).toBe(text.match(BOUNDARY)?.length ?? 0);
  });
});
