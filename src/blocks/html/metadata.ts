/**
 * Collect the page's metadata while the renderer walks it: <meta> tags, the
 * <title>, JSON-LD scripts and rel="author" links, wherever they sit.
 */
import type { Element } from 'domhandler';
import { normalizeDocument, normalizeLine } from '../../decode/normalize.js';
import type { MarkupMetadata } from '../page-markup.js';
import { jsonLdArticle, parseJsonLd } from './json-ld.js';
import { flatText, isElement, type RenderObserver } from './render.js';

export class MetadataCollector implements RenderObserver {
  private readonly meta = new Map<string, string>();
  private documentTitle: string | null = null;
  private readonly relAuthors: string[] = [];
  private readonly scripts: Array<NonNullable<ReturnType<typeof parseJsonLd>>> = [];

  enter(el: Element): void {
    switch (el.name) {
      case 'head':
        // Not rendered, so the renderer does not descend into it: read its metadata here.
        for (const child of el.children) if (isElement(child)) this.readHeadElement(child);
        return;
      case 'meta':
      case 'script':
      case 'title':
        this.readHeadElement(el);
        return;
      case 'a':
        if (/\bauthor\b/i.test(el.attribs.rel ?? '')) {
          const name = clean(flatText(el));
          if (name) this.relAuthors.push(name);
        }
    }
  }

  result(): MarkupMetadata {
    return { jsonLd: jsonLdArticle(this.scripts), meta: this.meta, documentTitle: this.documentTitle, relAuthors: this.relAuthors };
  }

  private readHeadElement(el: Element): void {
    const a = el.attribs;
    if (el.name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop)?.toLowerCase();
      const content = a.content !== undefined ? clean(a.content) : null;
      if (key && content && !this.meta.has(key)) this.meta.set(key, content);
    } else if (el.name === 'title' && this.documentTitle === null) {
      this.documentTitle = clean(flatText(el));
    } else if (el.name === 'script' && (a.type ?? '').toLowerCase().trim() === 'application/ld+json') {
      const json = parseJsonLd(flatText(el));
      if (json !== null) this.scripts.push(json);
    }
  }
}

function clean(s: string): string | null {
  const t = normalizeLine(normalizeDocument(s).replace(/\s+/g, ' '));
  return t === '' ? null : t;
}
