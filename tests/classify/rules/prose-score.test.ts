import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../src/blocks/text-blocks.js';
import { proseScore, twoDecimals } from '../../../src/classify/rules/prose-score.js';
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

describe('a share written with two decimals', () => {
  it('should read as toFixed(2) writes it for every share of up to 2,000 words', () => {
    const differ: number[] = [];
    for (let words = 1; words <= 2000; words++) for (let stop = 0; stop <= words; stop++) if (twoDecimals(stop / words) !== (stop / words).toFixed(2)) differ.push(stop / words);
    expect(differ).toEqual([]);
  });
  it('should read as toFixed(2) writes it at and around every half-hundredth, and for built values', () => {
    const values = [0, 1, 0.005, 0.015, 0.125, 0.145, 0.285, 0.995, 0.9951, 0.0049999, 1e-20, 0.5, 0.49999999999, 0.2, 0.08];
    for (let k = 0; k <= 100; k++) for (const d of [-1e-9, -1e-12, -1e-15, 0, 1e-15, 1e-12, 1e-9]) values.push(Math.min(1, Math.max(0, (k + 0.5) / 100 + d)));
    for (let k = 0; k < 100000; k++) values.push(((k * 7919) % 100003) / 100003);
    expect(values.filter((x) => twoDecimals(x) !== x.toFixed(2))).toEqual([]);
  });
});
