/** Decide whether a decoded document is HTML or a plain text dump. */
import { asciiCaseless } from '../cues/phrase-regex.js';

/** The formats a page comes in: what --input and the `input` option force, and source.format says. */
export const INPUT_FORMATS = ['text', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

// How far into the document to look: a doctype or <html> sits at the very top.
const SNIFF_CHARS = 2048;
// /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/i with its tag names spelled
// [hH][tT][mM][lL]… rather than matched under the i flag, which makes V8 fold the case of [\s\S] as it compiles (a test checks).
export const HTML_START = new RegExp(`^\\s*(?:<!--[\\s\\S]*?-->\\s*)*<(?:!${asciiCaseless('doctype')}\\s+${asciiCaseless('html')}|${['html', 'head', 'body', 'meta'].map((t) => `${asciiCaseless(t)}[\\s>]`).join('|')})`);
// A text dump that merely mentions a tag has few of them; real markup is dense with tags.
const TAG = /<\/?(?:div|p|span|a|script|style|section|article|table|li|ul|br|img|h[1-6])\b[^>]*>/gi;
const MIN_TAGS_FOR_HTML = 8;

export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(TAG);
  return tags && tags.length >= MIN_TAGS_FOR_HTML ? 'html' : 'text';
}
