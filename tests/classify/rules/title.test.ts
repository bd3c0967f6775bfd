import { describe, expect, it } from 'vitest';
import { endsInListMark, endsInOnePeriod, mayEndInToggle, mostlyUpperCase, sureWinner, TOGGLE_END, type Candidate } from '../../../src/classify/rules/title.js';
import { corpusLines } from '../../corpus-lines.js';
import { textToBlocks } from '../../../src/blocks/text-blocks.js';
import { computeFeatures } from '../../../src/features/features.js';
import type { Topic } from '../../../src/classify/rules/topic-words.js';
import { THRESHOLDS as T } from '../../../src/classify/thresholds.js';

// The final score as findTitle's former loop summed it, and its pick: the first of the best.
function finalScore(c: Candidate, overlap: number | null): number {
  let score = c.score;
  if (overlap !== null) score += (overlap - T.titleTopicNeutral) * T.titleTopicWeight;
  if (c.period) score -= T.titlePeriodPenalty;
  return score;
}
function firstBest(scores: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

// A topic that answers each contender's least and most share from a table (its words are one word: its index).
const topicOf = (least: readonly (number | null)[], most: readonly (number | null)[]) =>
  ({ leastOverlap: (w: readonly string[]) => least[+w[0]], mostOverlap: (w: readonly string[]) => most[+w[0]] }) as unknown as Topic;

describe('sureWinner', () => {
  // Small random cases with many ties: base scores on a coarse grid, shares in fifths.
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const cases = Array.from({ length: 20000 }, () => {
    const n = 2 + random(4);
    const contenders = Array.from({ length: n }, (_, k) => ({ index: k, score: random(5) * 0.5, period: random(4) === 0 }));
    const least = contenders.map(() => (random(6) === 0 ? null : random(6) / 5));
    const most = least.map((l) => (l === null ? null : Math.min(1, l + random(3) / 5)));
    return { contenders, least, most };
  });
  const words = (n: number) => Array.from({ length: n }, (_, k) => [String(k)]);
  const mostScores = (c: readonly Candidate[], most: readonly (number | null)[]) => c.map((x, k) => finalScore(x, most[k]));

  it('should pick the first of the best when every share is known', () => {
    for (const { contenders, least } of cases) {
      const scores = contenders.map((c, k) => finalScore(c, least[k]));
      expect(sureWinner(contenders, words(contenders.length), topicOf(least, least), scores)).toBe(firstBest(scores));
    }
  });

  it('should name a winner only when it wins whatever shares between least and most come, and then that one', () => {
    for (const { contenders, least, most } of cases) {
      const got = sureWinner(contenders, words(contenders.length), topicOf(least, most), mostScores(contenders, most));
      // The former definition: one whose least beats every earlier most and matches every later one.
      const lows = contenders.map((c, k) => finalScore(c, least[k]));
      const highs = mostScores(contenders, most);
      const sure = lows.findIndex((low, k) => highs.every((high, j) => j === k || (j < k ? high < low : high <= low)));
      expect(got).toBe(sure);
      if (got >= 0) {
        // Every way the shares may end (each at its least or its most) keeps that pick.
        for (let mask = 0; mask < 1 << contenders.length; mask++) {
          const scores = contenders.map((_, k) => ((mask >> k) & 1 ? highs[k] : lows[k]));
          expect(firstBest(scores)).toBe(got);
        }
      }
    }
  });
});

describe('line-end tests', () => {
  // Every corpus line, and each one with every BMP unit put at its end (for a sample of lines).
  const lines = corpusLines();
  const built: string[] = ['', '.', '..', 'a.', '...', ' more', '… Less', '.mores'];
  for (const line of ['Read more', 'The vote.', 'Click here …', 'A B']) for (let c = 0; c < 0x10000; c++) built.push(line + String.fromCharCode(c));

  it('should read a final lone period as /[^.]\\.$/ did', () => {
    expect([...lines, ...built].filter((l) => endsInOnePeriod(l) !== /[^.]\.$/.test(l))).toEqual([]);
  });
  it('should read a final list mark as /[:;,।]$/ did', () => {
    expect([...lines, ...built].filter((l) => endsInListMark(l) !== /[:;,।]$/.test(l))).toEqual([]);
  });
  it('should let through to TOGGLE_END every line it can match', () => {
    const toggles = ['... more', '…less', '. MORE', '.moRE', '... leſſ', '. LESS'];
    for (let c = 0; c < 0x10000; c++) {
      for (const t of ['... mor', '. les']) toggles.push(t + String.fromCharCode(c));
      for (const t of ['ore', 'ess', 'ORE', 'ESS']) toggles.push('... ' + String.fromCharCode(c) + t);
    }
    expect([...lines, ...built, ...toggles].filter((l) => TOGGLE_END.test(l) && !mayEndInToggle(l))).toEqual([]);
    expect(toggles.filter((l) => TOGGLE_END.test(l)).length).toBeGreaterThan(6);
  });
});

describe('mostlyUpperCase', () => {
  it('should answer as the feature’s share of upper-case letters above 0.9, on every corpus line and on built lines', () => {
    const built = ['', '123 456', 'STORM HITS COAST', 'STORM HITS COASt', 'Storm Hits The Coast', 'iPHONE SALES SOAR', 'ΟΔΟΣ ΚΑΙ ΣΕΠΤΈΜΒΡΙΟΣ', '𝐁OLD 𝐁OLD', '— 42 —'];
    for (const n of [10, 63, 64, 65, 70, 200, 1999, 2000, 2001, 2600]) {
      built.push('A'.repeat(n), 'A'.repeat(n - 8) + 'bcdefghi', 'a' + 'B'.repeat(n), '1'.repeat(n) + 'ABc', 'A'.repeat(2000) + 'b'.repeat(n));
      built.push('AB'.repeat(n >> 1) + ' x'.repeat(n >> 3), 'ABCDEFGHIj'.repeat(Math.ceil(n / 10)));
    }
    const lines = [...corpusLines().filter((l) => l.trim() !== ''), ...built.filter((l) => l.trim() !== '')];
    const features = computeFeatures(textToBlocks(lines.join('\n\n')));
    const blocks = textToBlocks(lines.join('\n\n'));
    expect(blocks.length).toBeGreaterThan(1000);
    for (let i = 0; i < blocks.length; i++) expect(mostlyUpperCase(blocks[i].text, features[i]), blocks[i].text).toBe(features[i].upperRatio > 0.9);
  });
});
