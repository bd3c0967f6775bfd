import { describe, expect, it } from 'vitest';
import { jsonLdArticle, parseJsonLd } from '../../src/blocks/html/json-ld.js';

describe('JSON-LD', () => {
  it('should read a NewsArticle at the top level', () => {
    const json = parseJsonLd('{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"A B"},"datePublished":"2024-01-02","articleSection":"World","publisher":{"name":"Daily"}}');
    expect(jsonLdArticle([json!])).toEqual({ headline: 'H', authors: [{ name: 'A B', organization: false }], datePublished: '2024-01-02', section: 'World', publisher: 'Daily' });
  });

  it('should find the article inside @graph and resolve @id references', () => {
    const json = parseJsonLd(`{"@graph":[{"@type":"Person","@id":"#p","name":"C D"},{"@type":"Organization","@id":"#o","name":"Org"},
      {"@type":["BlogPosting"],"headline":"G","author":[{"@id":"#p"},{"@id":"#o"}],"publisher":{"@id":"#o"},"articleSection":["Tech","AI"]}]}`);
    const article = jsonLdArticle([json!]);
    expect(article?.authors).toEqual([{ name: 'C D', organization: false }, { name: 'Org', organization: true }]);
    expect(article?.section).toBe('Tech');
    expect(article?.publisher).toBe('Org');
  });

  it('should accept raw newlines inside strings and ignore scripts that are not JSON', () => {
    expect(parseJsonLd('{"@type":"Article","headline":"Two\nlines"}')).toEqual({ '@type': 'Article', headline: 'Two lines' });
    expect(parseJsonLd('{not json')).toBeNull();
  });

  it('should read strings escaped as HTML as the text they show, and leave plain ones as they are', () => {
    const json = parseJsonLd('{"@type":"NewsArticle","headline":"&#8216;The Medium&#8217; &amp; <em>more</em>","author":{"name":"Zo&euml; Ball"},"articleSection":"5 < 6 & 7"}');
    const article = jsonLdArticle([json!]);
    expect(article?.headline).toBe('‘The Medium’ & more');
    expect(article?.authors).toEqual([{ name: 'Zoë Ball', organization: false }]);
    expect(article?.section).toBe('5 < 6 & 7');
  });

  it('should give null when no script describes an article', () => {
    expect(jsonLdArticle([{ '@type': 'WebSite', name: 'x' }])).toBeNull();
  });
});
