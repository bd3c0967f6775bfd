/**
 * The shape of a list line: lines of one list share it ("1a etapa: 10 de março – Interlagos",
 * "June 9 -- Coral Sky Amphitheatre"), menus and prose rarely do for long.
 */

const SPACED_DASH = /\s(?:--|–|—|-)\s/;

/** Its first word's letter classes, and whether it has a colon or a dash separator. */
export function lineShape(text: string): string {
  const first = text.split(/\s+/, 1)[0].replace(/\p{Lu}+/gu, 'A').replace(/\p{Ll}+/gu, 'a').replace(/\d+/g, '0');
  return `${first}|${text.includes(':') ? ':' : ''}${SPACED_DASH.test(text) ? '-' : ''}`;
}

/** The line has a separator its shape records: a colon or a spaced dash. */
export function hasSeparator(text: string): boolean {
  return text.includes(':') || SPACED_DASH.test(text);
}

/** A shape with a list marker (a colon, a dash separator, a leading number): plain short lines are menus. */
export function isMarkedShape(shape: string): boolean {
  return /[:\-]|^0/.test(shape);
}
