import { describe, expect, it } from 'vitest';
import { innermost } from '../../../src/classify/rules/dateline.js';
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../../src/cues/dates.js';
import { corpusLines } from '../../corpus-lines.js';

// labelOf's former search: every label's last place in the text, the greatest (-Infinity for no label).
const lastOfAll = (text: string, labels: readonly string[]) => Math.max(...labels.map((l) => text.lastIndexOf(l)));

describe('innermost', () => {
  const tables = [Object.values(PUBLISHED_LABELS).flat(), Object.values(UPDATED_LABELS).flat()];

  it('should keep only the labels that hold no other, each once', () => {
    expect(innermost(['posted', 'posted on', 'first posted', 'posted', 'on air'])).toEqual(['posted', 'on air']);
  });

  it('should give the same greatest last place as all labels, on every corpus line’s lower case and its every 40-character window', () => {
    const texts = ['', 'first published: ', 'last updated on', 'publicado em 3', 'mis à jour le', 'अपडेटेड'];
    for (const line of corpusLines()) {
      const lower = line.toLowerCase();
      texts.push(lower);
      for (let i = 0; i + 40 < lower.length; i += 17) texts.push(lower.slice(i, i + 40));
    }
    for (const labels of tables) {
      const kept = innermost(labels);
      expect(texts.filter((text) => lastOfAll(text, kept) !== lastOfAll(text, labels))).toEqual([]);
    }
  });
});
