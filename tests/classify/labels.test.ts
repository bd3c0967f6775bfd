import { describe, expect, it } from 'vitest';
import { addReason, mark, type Classification, type Reason } from '../../src/classify/labels.js';

describe('a block\'s reasons', () => {
  it('should keep every reason added, in the order added, however many there are', () => {
    const added: Reason[] = [1, 2, 3, 4, 5, 6].map((k) => ({ rule: `rule.${k}` }));
    const l: Classification = { label: 'boilerplate', score: 0, reasons: [added[0]] };
    for (const r of added.slice(1)) {
      addReason(l, r);
      expect(l.reasons).toEqual(added.slice(0, l.reasons.length));
    }
    expect(l.reasons).toHaveLength(6);
  });
  it('should add the rule that marked a block after its reasons so far', () => {
    const labels: Classification[] = [{ label: 'boilerplate', score: 1, reasons: [{ rule: 'score.short' }, { rule: 'cue.ad' }] }];
    mark(labels, 0, 'body', 'region.inside');
    mark(labels, null, 'title', 'header.title');
    expect(labels[0]).toEqual({ label: 'body', score: 1, reasons: [{ rule: 'score.short' }, { rule: 'cue.ad' }, { rule: 'region.inside' }] });
  });
});
