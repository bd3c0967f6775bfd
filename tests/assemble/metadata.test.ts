import { describe, expect, it } from 'vitest';
import { chooseMetadata, isoDate } from '../../src/assemble/metadata.js';
import type { MarkupMetadata } from '../../src/blocks/page-markup.js';

const text = { title: 'Visible headline', byline: { raw: 'By Jo Park', authors: ['Jo Park'], agency: null }, published: '2024-01-01', section: 'World', h1: null };
const markup = (over: Partial<MarkupMetadata>): MarkupMetadata => ({ jsonLd: null, meta: new Map(), documentTitle: null, relAuthors: [], ...over });

describe('chooseMetadata', () => {
  it('should keep the text values, with "text" provenance, on the text path', () => {
    const m = chooseMetadata(text, null);
    expect(m.provenance).toEqual({ title: 'text', byline: 'text', published: 'text', section: 'text' });
    expect(m.title).toBe('Visible headline');
  });

  it('should prefer JSON-LD, then meta tags, then the text', () => {
    const m = chooseMetadata(text, markup({
      jsonLd: { headline: null, authors: [], datePublished: '2024-02-03T04:05:06Z', section: null, publisher: null },
      meta: new Map([['og:title', 'OG headline'], ['article:section', 'Europe']]),
    }));
    expect([m.title, m.published, m.section]).toEqual(['OG headline', '2024-02-03T04:05:06Z', 'Europe']);
    expect(m.provenance).toEqual({ title: 'meta', byline: 'text', published: 'json-ld', section: 'meta' });
  });

  it('should not take an organisation author or a profile link for a byline', () => {
    const m = chooseMetadata(text, markup({
      jsonLd: { headline: null, authors: [{ name: 'Daily News', organization: true }], datePublished: null, section: null, publisher: 'Daily News' },
      meta: new Map([['author', 'https://facebook.com/dailynews']]),
    }));
    expect(m.byline?.raw).toBe('By Jo Park');
    expect(m.provenance.byline).toBe('text');
  });

  it('should warn when the markup names someone the printed byline does not', () => {
    const m = chooseMetadata(text, markup({ relAuthors: ['Kim Lo'] }));
    expect(m.byline?.authors).toEqual(['Kim Lo']);
    expect(m.warnings).toEqual(['byline: the page prints "By Jo Park" but its meta tags name Kim Lo']);
  });

  it('should read letters after a name in the author meta tag as the name\'s, not as more authors', () => {
    const m = chooseMetadata(text, markup({ meta: new Map([['author', 'Ilana Muhlstein, MS, RDN; Sam Lee, Ph.D. and Jo Park']]) }));
    expect(m.byline?.authors).toEqual(['Ilana Muhlstein', 'Sam Lee', 'Jo Park']);
  });

  it('should drop a site name after the headline', () => {
    const m = chooseMetadata({ ...text, title: null }, markup({ documentTitle: 'Storm hits coast | Daily News' }));
    expect(m.title).toBe('Storm hits coast');
  });
});

describe('isoDate', () => {
  it('should print markup dates the way the contract does', () => {
    expect(isoDate('2019-11-19T06:56:43.000-0500')).toBe('2019-11-19T06:56:43-05:00');
    expect(isoDate('2019-11-19 06:56')).toBe('2019-11-19T06:56');
    expect(isoDate('2019-11-19')).toBe('2019-11-19');
    expect(isoDate('Nov 19, 2019')).toBeNull();
  });
});
