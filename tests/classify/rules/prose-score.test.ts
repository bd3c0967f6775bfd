import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../src/blocks/text-blocks.js';
import { proseScore } from '../../../src/classify/rules/prose-score.js';
import { computeFeatures } from '../../../src/features/features.js';

/** The score's reason for the first line of a page that prints `line` `copies` times. */
function repeatedReason(line: string, copies: number) {
  const features = computeFeatures(textToBlocks(Array.from({ length: copies }, () => line).join('\n\n')));
  return proseScore(features[0], false).reason;
}

describe('a repeated line\'s score', () => {
  it.each([2, 3, 31, 32, 33, 34, 60])('should say the page prints it %i times', (copies) => {
    expect(repeatedReason('Home', copies)).toEqual({ rule: 'score.repeated', detail: `${copies}×` });
    // Asked again (a shared outcome for the count, or a new one past them), the same.
    expect(repeatedReason('Sports', copies)).toEqual({ rule: 'score.repeated', detail: `${copies}×` });
  });
});
