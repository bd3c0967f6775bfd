/** Decide whether a decoded document is HTML or a plain text dump. */
export type InputFormat = 'text' | 'html';

// How far into the document to look: a doctype or <html> sits at the very top.
const SNIFF_CHARS = 2048;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/i;
// A text dump that merely mentions a tag has few of them; real markup is dense with tags.
const TAG = /<\/?(?:div|p|span|a|script|style|section|article|table|li|ul|br|img|h[1-6])\b[^>]*>/gi;
const MIN_TAGS_FOR_HTML = 8;

export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(TAG);
  return tags && tags.length >= MIN_TAGS_FOR_HTML ? 'html' : 'text';
}
