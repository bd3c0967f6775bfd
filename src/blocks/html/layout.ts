/**
 * How a browser lays out and hides elements, as far as innerText is concerned
 * (the HTML "rendered text collection steps" with the default UA stylesheet).
 */
import type { OpenElement } from './render.js';

/** Elements displayed as blocks: their text starts and ends a line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);

/** innerText puts a blank line around a paragraph, one line break around other blocks. */
export const PARAGRAPH_TAG = 'p';

/** Table cells sit side by side: innerText separates them with a tab, we with a space. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Never rendered as text: code, templates, replaced elements and form controls whose content is not shown. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'svg', 'canvas', 'video', 'audio', 'select', 'datalist', 'textarea', 'input', 'map', 'img', 'picture', 'source',
  'track', 'param', 'link', 'meta', 'base',
]);

// Inline styles are the only CSS we see (the corpus dumps were rendered the same way: no external stylesheets).
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

// Class words of a hover widget: the trigger (a name in the text) and, inside it, the card it pops up.
const HOVER_WIDGET = /tooltip|popover|hover-?card|rollover/i;

/** Hidden by an attribute or an inline style, or a hover widget's pop-up card. */
export function isHidden(el: OpenElement): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style !== undefined && HIDING_STYLE.test(a.style)) return true;
  if (a.class !== undefined && isHoverCard(el, a.class)) return true;
  return el.name === 'dialog' && a.open === undefined;
}

/**
 * A hover widget inside another one is the card it pops up (a person's photo and latest
 * headlines behind a name in the text): stylesheets show it only on hover, and what it holds
 * would otherwise run into the sentence around it.
 */
function isHoverCard(el: OpenElement, className: string): boolean {
  if (!HOVER_WIDGET.test(className)) return false;
  const parent = el.parent;
  return parent?.attribs.class !== undefined && HOVER_WIDGET.test(parent.attribs.class);
}
