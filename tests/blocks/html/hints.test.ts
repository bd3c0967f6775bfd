import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASS_HINTS, classHintsOf } from '../../../src/blocks/html/hints.js';

// Fragments of the hint patterns and of ordinary class names, to join into class and id attributes.
const FRAGMENTS = ['article', 'body', 'content', 'related', 'share', 'comment', 'ad', 'ads', 'ad-slot', 'head', 'read',
  'more', 'nav', 'navbar', 'menu', 'footer', 'sidebar', 'has-sidebar', 'rail', 'caption', 'credit', 'byline', 'author', 'tag',
  'tags', 'Story', 'Body', 'col', 'wrap', 'main', '-', '_', ' ', '  ', 'x', 'promo', 'cookie', '--', 'ac'];

/** The words of every pattern that matches, as hints.ts describes them (BEM modifiers left out). */
function expected(className: string | undefined, id: string | undefined): string[] {
  const s = `${className ?? ''} ${id ?? ''}`.toLowerCase().replace(/--\S*/g, '');
  return CLASS_HINTS.filter(([, re]) => re.test(s)).map(([word]) => word);
}

describe('classHintsOf', () => {
  it('should give the words of exactly the patterns that match the class and id, asked once or again', () => {
    const attribute = fc.option(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((f) => f.join('')), { nil: undefined });
    fc.assert(fc.property(attribute, attribute, (className, id) => {
      expect(classHintsOf(className, id)).toEqual(expected(className, id));
      expect(classHintsOf(className, id)).toEqual(expected(className, id));
    }), { numRuns: 3000 });
  });

  it('should read "ad" only as a whole class token', () => {
    expect(classHintsOf('ad-slot top', undefined)).toContain('promo');
    expect(classHintsOf('header', undefined)).not.toContain('promo');
  });

  it('should read a BEM modifier as how a block looks, not what it is', () => {
    expect(classHintsOf('content-header content-header--social-icons-position--simple-navigation', undefined)).toEqual([]);
    expect(classHintsOf('share-bar share-bar--top', undefined)).toEqual(['share']);
  });

  it('should not take an accreditation row for a credit', () => {
    expect(classHintsOf('content-header__accreditation', undefined)).toEqual([]);
    expect(classHintsOf('photo-credit', undefined)).toEqual(['credit']);
  });
});
