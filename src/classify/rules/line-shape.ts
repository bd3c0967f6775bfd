/**
 * The shape of a list line: lines of one list share it ("1a etapa: 10 de março – Interlagos",
 * "June 9 -- Coral Sky Amphitheatre"), menus and prose rarely do for long.
 */

/** Its first word's letter classes, and whether it has a colon or a dash separator. */
export function lineShape(text: string): string {
  const first = text.split(/\s+/, 1)[0].replace(/\p{Lu}+/gu, 'A').replace(/\p{Ll}+/gu, 'a').replace(/\d+/g, '0');
  return `${first}|${text.includes(':') ? ':' : ''}${/\s(?:--|–|—|-)\s/.test(text) ? '-' : ''}`;
}

/** A shape with a list marker (a colon, a dash separator, a leading number): plain short lines are menus. */
export function isMarkedShape(shape: string): boolean {
  return /[:\-]|^0/.test(shape);
}
