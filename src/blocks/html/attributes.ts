/**
 * An element's attributes as the HTML path keeps them: only the ones it reads
 * (names.ts), each undefined until the element has it. Every element's object
 * has the same fields in the same order, so V8 gives them all one shape and each
 * read (`attribs.class`, `attribs['aria-hidden']`) is a fixed offset. An object
 * grown one attribute at a time, in the page's order, takes one of dozens of
 * shapes, and every reader of attributes (layout, hints, metadata, embeds) paid
 * a lookup in V8's shape cache instead.
 */
/** One field per name in READ_ATTRIBUTES (a test checks). */
export class ReadAttributes {
  class: string | undefined = undefined;
  id: string | undefined = undefined;
  style: string | undefined = undefined;
  hidden: string | undefined = undefined;
  'aria-hidden': string | undefined = undefined;
  open: string | undefined = undefined;
  name: string | undefined = undefined;
  property: string | undefined = undefined;
  itemprop: string | undefined = undefined;
  content: string | undefined = undefined;
  type: string | undefined = undefined;
  rel: string | undefined = undefined;
  src: string | undefined = undefined;
  'data-src': string | undefined = undefined;
  href: string | undefined = undefined;
  'data-href': string | undefined = undefined;
  cite: string | undefined = undefined;
  title: string | undefined = undefined;
}
