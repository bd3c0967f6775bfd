/**
 * Collect the page's metadata while the renderer walks it: <meta> tags, the
 * <title>, JSON-LD scripts and rel="author" links, wherever they sit.
 */
import type { Element } from 'domhandler';
import { normalizeInline } from '../../decode/normalize.js';
import type { MarkupMetadata } from '../page-markup.js';
import { jsonLdArticle, parseJsonLd } from './json-ld.js';
import { flatText, isElement, type Exit, type OpenElement, type Renderer, type RenderObserver } from './render.js';

const JSON_LD_TYPE = 'application/ld+json';

export class MetadataCollector implements RenderObserver {
  readonly tags: ReadonlySet<string> = new Set(['head', 'meta', 'script', 'title', 'a']);
  private readonly meta = new Map<string, string>();
  private documentTitle: string | null = null;
  /** In page order; a link's slot is taken when it opens and its name written when it closes. */
  private readonly relAuthors: string[] = [];
  private readonly scripts: Array<NonNullable<ReturnType<typeof parseJsonLd>>> = [];

  enter(el: OpenElement, renderer: Renderer): Exit | void {
    switch (el.name) {
      case 'head': {
        // Not rendered, so the renderer does not enter its children: read its metadata from its subtree.
        const head = renderer.keepSubtree();
        return () => {
          for (const child of head.element.children) if (isElement(child)) this.readHeadElement(child);
        };
      }
      case 'meta':
        this.readMeta(el.attribs);
        return;
      case 'script':
      case 'title': {
        if (el.name === 'script' && !isJsonLd(el.attribs)) return;
        const subtree = renderer.keepSubtree();
        return () => this.readHeadElement(subtree.element);
      }
      case 'a':
        if (/\bauthor\b/i.test(el.attribs.rel ?? '')) {
          const slot = this.relAuthors.push('') - 1;
          const link = renderer.keepSubtree();
          return () => {
            this.relAuthors[slot] = clean(flatText(link.element)) ?? '';
          };
        }
    }
  }

  result(): MarkupMetadata {
    const relAuthors = this.relAuthors.filter((name) => name !== '');
    return { jsonLd: jsonLdArticle(this.scripts), meta: this.meta, documentTitle: this.documentTitle, relAuthors };
  }

  private readHeadElement(el: Element): void {
    if (el.name === 'meta') {
      this.readMeta(el.attribs);
    } else if (el.name === 'title' && this.documentTitle === null) {
      this.documentTitle = clean(flatText(el));
    } else if (el.name === 'script' && isJsonLd(el.attribs)) {
      const json = parseJsonLd(flatText(el));
      if (json !== null) this.scripts.push(json);
    }
  }

  private readMeta(a: Record<string, string>): void {
    const key = (a.property ?? a.name ?? a.itemprop)?.toLowerCase();
    const content = a.content !== undefined ? clean(a.content) : null;
    if (key && content && !this.meta.has(key)) this.meta.set(key, content);
  }
}

function isJsonLd(a: Record<string, string>): boolean {
  return (a.type ?? '').toLowerCase().trim() === JSON_LD_TYPE;
}

function clean(s: string): string | null {
  const t = normalizeInline(s);
  return t === '' ? null : t;
}
