import { describe, expect, it } from 'vitest';
import { contentWords, keyContentWords, Topic } from '../../../src/classify/rules/topic-words.js';
import { textToBlocks } from '../../../src/blocks/text-blocks.js';
import { computeFeatures } from '../../../src/features/features.js';
import { STOPWORD_SET } from '../../../src/cues/stopwords.js';
import type { Features } from '../../../src/features/features.js';
import { WORD_CHAR } from '../../../src/features/char-class.js';
import { corpusLines } from '../../corpus-lines.js';

// The topic as it was first written: every content word of the opening in a set (stemmed with the
// regex), and a line's share of its words found there.
function referenceOverlap(line: string, body: readonly string[], minWords: number): number | null {
  const words = (text: string) =>
    (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOPWORD_SET.has(w)).map((w) => w.replace(/(?:'s|’s|es|s)$/u, ''));
  const topic = new Set<string>();
  let chars = 0;
  for (const text of body) {
    for (const w of words(text)) topic.add(w);
    chars += text.length;
    if (chars >= 6000) break;
  }
  const own = words(line);
  if (own.length < minWords || topic.size === 0) return null;
  return own.filter((w) => topic.has(w)).length / own.length;
}

// What the topic reads of a block: its key (lower-cased, no bullet) and its length.
const features = (texts: readonly string[]) => texts.map((t) => ({ key: t.replace(/^[•·*▪►▸‣◦●■□–—-]\s*/u, '').toLowerCase(), chars: t.length }) as Features);

describe('Topic', () => {
  const body = [
    '• Trump’s drugs plan does little, critics said.',
    'The Mayor’s boxes were counted twice in Σεπτέμβριος and ΟΔΟΣ.',
    '𝐁old astral words and the dose of the day.',
  ];
  const lines = ['Trump drug plan', 'Does Doe count the boxes?', 'Mayor box', 'οδος σεπτέμβριος', 'Dose doses', 'Nothing shared here', 'a an'];

  it('should find a line’s words as the whole-body set did, asked all at once or line by line', () => {
    const all = new Topic(features(body), 0, body.length);
    all.lookFor(lines.flatMap(contentWords));
    const each = new Topic(features(body), 0, body.length);
    for (const line of lines) {
      expect(all.overlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
      expect(each.overlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
    }
  });

  it('should tell apart words asked of one signature (length, first and last letter), and count a repeat once', () => {
    // "cat", "cut" and "cot" share a signature, as do their forms "cats", "cuts"; the body has only "cuts" and "cot".
    const texts = ['Budget cuts hit the cot makers.'];
    const topic = new Topic(features(texts), 0, 1);
    topic.lookFor(['cat', 'cut', 'cut', 'cot', 'cat']);
    for (const line of ['cat cut', 'cut cot', 'cats cats cut', 'cot cat cut']) expect(topic.overlap(contentWords(line), 2), line).toBe(referenceOverlap(line, texts, 2));
    expect(topic.mostOverlap(['cat', 'cut'], 2)).toBe(0.5);
  });

  it('should not count a word the body has only as a stop word ("does" is no "Doe")', () => {
    const topic = new Topic(features(['It does not matter what he does.']), 0, 1);
    expect(topic.overlap(contentWords('Doe matter'), 2)).toBe(0.5);
  });

  it('should say nothing when the opening has no content word, or the line too few', () => {
    expect(new Topic(features(['the and of']), 0, 1).overlap(contentWords('Storm hits coast'), 2)).toBeNull();
    expect(new Topic(features([]), 0, 0).overlap(contentWords('Storm hits coast'), 2)).toBeNull();
    expect(new Topic(features(['Storm hits coast']), 0, 1).overlap(contentWords('Storm'), 2)).toBeNull();
  });

  it('should read only the opening: blocks up to the one that reaches 6000 characters', () => {
    const long = ['storm '.repeat(999) + 'first', 'second block', 'third block'];
    const topic = new Topic(features(long), 0, long.length);
    expect(topic.overlap(contentWords('first second'), 2)).toBe(referenceOverlap('first second', long, 2));
    expect(topic.overlap(contentWords('third storm'), 2)).toBe(referenceOverlap('third storm', long, 2));
  });

  it('should bound a line’s overlap by what is known, and give it exactly once every word is known', () => {
    const topic = new Topic(features(body), 0, body.length);
    for (const line of lines) {
      topic.lookFor(contentWords(line));
      expect(topic.leastOverlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
      expect(topic.mostOverlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
    }
  });

  it('should end a scan where settled says so, leave the words not found unknown, and find them when asked again', () => {
    const topic = new Topic(features(body), 0, body.length);
    const asked = lines.flatMap(contentWords);
    let checks = 0;
    topic.lookFor(asked, () => ++checks === 1);
    // Only the first block was read: its words are found, the rest neither found nor missing.
    expect(checks).toBe(1);
    expect(topic.leastOverlap(contentWords('Trump drug plan'), 2)).toBe(1);
    expect(topic.leastOverlap(contentWords('Mayor box'), 2)).toBe(0);
    expect(topic.mostOverlap(contentWords('Mayor box'), 2)).toBe(1);
    for (const line of lines) expect(topic.overlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
  });

  it('should scan to the end when settled never says so, as without it', () => {
    const topic = new Topic(features(body), 0, body.length);
    let checks = 0;
    topic.lookFor(lines.flatMap(contentWords), () => (checks++, false));
    expect(checks).toBeGreaterThan(1);
    for (const line of lines) {
      expect(topic.leastOverlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
      expect(topic.mostOverlap(contentWords(line), 2), line).toBe(referenceOverlap(line, body, 2));
    }
  });
});

describe('keyContentWords', () => {
  it('should read the same words off a block’s feature key as contentWords does off its text', () => {
    const lines = ['• Trump’s drugs plan', '— ΟΔΟΣ ΣΕΠΤΈΜΒΡΙΟΣ', '· Σ boxes', '* The Mayor’s boxes', '- 𝐁old astral words', 'İstanbul votes'];
    const features = computeFeatures(textToBlocks(lines.join('\n\n')));
    expect(features.map((f) => keyContentWords(f.key))).toEqual(lines.map(contentWords));
  });

  it('should tell stop words as STOPWORD_SET.has of the word sliced did, on every corpus line’s lower case', () => {
    // The former definition: each word of the lower case sliced and looked up in the set.
    const former = (lower: string) => {
      const words: string[] = [];
      for (const m of lower.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) if (m[0].length >= 3 && !STOPWORD_SET.has(m[0])) words.push(m[0].replace(/(?:'s|’s|es|s)$/u, ''));
      return words;
    };
    const lowers = [...corpusLines(), 'ΟΔΟΣ ΤΗΣ ΣΕΠΤΈΜΒΡΙΟΣ', 'İSTANBUL İLE BİR', 'DIE ÜBER FÜR NICHT', 'ДЛЯ ТАКЖЕ ЧТОБЫ', 'Ǆem ǅem ǆem', 'THE Also ABOUT'].map((l) => l.toLowerCase());
    const differ = lowers.filter((l) => JSON.stringify(keyContentWords(l)) !== JSON.stringify(former(l)));
    expect(differ).toEqual([]);
  });
});

describe('wordEdges', () => {
  it('reads the word bit of a class as 1 or 0 as it is: WORD_CHAR is the lowest bit', () => {
    expect(WORD_CHAR).toBe(1);
  });
});
