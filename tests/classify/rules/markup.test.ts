import { describe, expect, it } from 'vitest';
import type { MarkupHints } from '../../../src/blocks/block.js';
import { markupCue, markupVerdict } from '../../../src/classify/rules/markup.js';

const hints = (m: Partial<MarkupHints>): MarkupHints => ({ tag: 'p', ancestors: [], linkDensity: 0, classHints: [], inContentRoot: false, ...m });

describe('markup verdicts', () => {
  it('should keep a short line of the named article body from pulling the body region down', () => {
    const v = markupVerdict(hints({ classHints: ['content'], inContentRoot: true }), -1.5);
    expect(v?.score).toBeGreaterThan(0);
    expect(v?.notBody).toBe(false);
  });

  it('should let a short link paragraph of the named body neither add nor cut, and keep a link list item a link', () => {
    const address = markupVerdict(hints({ classHints: ['content'], inContentRoot: true, linkDensity: 1 }), -0.6);
    expect(address).toMatchObject({ reason: { rule: 'markup.named-body-link' }, notBody: false });
    const item = markupVerdict(hints({ tag: 'li', classHints: ['content'], inContentRoot: true, linkDensity: 1 }), -0.6);
    expect(item?.reason.rule).toBe('markup.links');
  });

  it('should treat a prose paragraph of the content root as prose up to a high share of links', () => {
    expect(markupVerdict(hints({ inContentRoot: true, linkDensity: 0.6 }), 2)?.reason.rule).toBe('markup.content-root');
    expect(markupVerdict(hints({ inContentRoot: true, linkDensity: 0.9 }), 2)?.reason.rule).toBe('markup.links');
  });

  it('should make list items of a ticker furniture but not a ticker table inside the article', () => {
    expect(markupVerdict(hints({ tag: 'li', classHints: ['teaser'] }), 3)?.notBody).toBe(true);
    expect(markupVerdict(hints({ tag: 'tr', classHints: ['teaser', 'content'], inContentRoot: true }), 0.2)?.notBody).toBe(false);
  });

  it('should leave a related box to the related-list reader: no cue, but never body', () => {
    const m = hints({ tag: 'li', classHints: ['related'], linkDensity: 1 });
    expect(markupCue(m)).toBeNull();
    expect(markupVerdict(m, -0.6)?.notBody).toBe(true);
    expect(markupCue(hints({ classHints: ['share'] }))?.detail).toBe('share');
  });

  it('should keep an author\'s bio out of the body but leave prose inside a body class alone', () => {
    expect(markupVerdict(hints({ classHints: ['byline'], inContentRoot: true }), 3)).toMatchObject({ reason: { rule: 'markup.author-bio' }, notBody: true });
    expect(markupVerdict(hints({ classHints: ['content', 'byline'], inContentRoot: true }), 3)?.notBody).toBe(false);
    expect(markupVerdict(hints({ classHints: ['byline'], inContentRoot: true }), -0.6)?.notBody).toBe(false);
  });
});
