/**
 * What the HTML path learns from the markup besides the blocks: metadata, social
 * embeds and image credits. Assemble reads it; the text path has none.
 */
import type { Platform } from '../cues/social.js';

export interface PageMarkup {
  metadata: MarkupMetadata;
  embeds: SocialEmbed[];
  credits: MarkupCredit[];
}

export interface MarkupMetadata {
  /** The page's article object from JSON-LD (NewsArticle, BlogPosting, … also inside @graph). */
  jsonLd: JsonLdArticle | null;
  /** <meta> values by lower-cased name, property or itemprop ("og:title", "author", …); the first one wins. */
  meta: ReadonlyMap<string, string>;
  /** The document's <title>. */
  documentTitle: string | null;
  /** Names in links marked rel="author", in page order. */
  relAuthors: string[];
}

export interface JsonLdArticle {
  headline: string | null;
  authors: Array<{ name: string; organization: boolean }>;
  datePublished: string | null;
  section: string | null;
  publisher: string | null;
}

export interface SocialEmbed {
  platform: Platform;
  /** Who posted, as the embed names them. */
  speaker: string | null;
  handle: string | null;
  /** The post's words as the embed carries them. */
  text: string;
  /** The blocks the embed was rendered into: [from, to); empty for an iframe. */
  from: number;
  to: number;
}

/** A credit the markup marks (a span with class "credit" inside a figure, …) and the block it sits in. */
export interface MarkupCredit {
  block: number;
  credit: string;
}
