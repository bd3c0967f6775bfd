import { describe, expect, it } from 'vitest';
import type { MarkupHints } from '../../../src/blocks/block.js';
import { FURNITURE_HINTS } from '../../../src/blocks/html/hints.js';
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

  it('should name the same furniture as the former find over the tag and its ancestors, then the hints', () => {
    // The former furnitureOf, kept here to compare the loops with on every combination below.
    const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'menu', 'dialog', 'button']);
    const former = (m: MarkupHints): string | null => {
      const tag = [m.tag, ...m.ancestors].find((t) => FURNITURE_TAGS.has(t));
      if (tag) return tag;
      const listItem = m.tag === 'li' || m.ancestors.includes('li');
      const regionHint = m.classHints.find((h) => h === 'content' || FURNITURE_HINTS.has(h) || (h === 'teaser' && listItem));
      return regionHint === 'content' ? null : regionHint ?? null;
    };
    const tags = ['p', 'li', 'nav', 'figcaption', 'h1'];
    const ancestorLists = [[], ['li'], ['aside'], ['div', 'footer'], ['li', 'nav']];
    const hintLists = [[], ['content'], ['teaser'], ['share', 'content'], ['content', 'share'], ['teaser', 'related'], ['byline', 'content'], ['content', 'byline'], ['breadcrumb'], ['related']];
    for (const tag of tags) for (const ancestors of ancestorLists) for (const classHints of hintLists) {
      const m = hints({ tag, ancestors, classHints });
      const furniture = former(m);
      const expected = !classHints.includes('breadcrumb') && furniture && furniture !== 'related' ? { rule: 'markup.furniture', detail: furniture } : null;
      expect(markupCue(m)).toEqual(expected);
      const bio = classHints.find((h) => h === 'byline' || h === 'content') === 'byline';
      expect(markupVerdict(m, 2)?.reason.rule === 'markup.author-bio').toBe(bio && tag !== 'figcaption' && tag !== 'h1');
    }
  });
});

