/**
 * The shape of a list line: lines of one list share it ("1a etapa: 10 de março – Interlagos",
 * "June 9 -- Coral Sky Amphitheatre"), menus and prose rarely do for long.
 */
import { charClass, LOWER, SPACE, UPPER } from '../../features/char-class.js';

const SPACED_DASH = /\s(?:--|–|—|-)\s/;

/** Its first word's letter classes, and whether it has a colon or a dash separator. */
export function lineShape(text: string): string {
  return shape(text, text.includes(':'), SPACED_DASH.test(text));
}

/** lineShape(text) when the line has a separator its shape records (a colon or a spaced dash), else null: each looked for once. */
export function separatedLineShape(text: string): string | null {
  const colon = text.includes(':');
  const dash = SPACED_DASH.test(text);
  return colon || dash ? shape(text, colon, dash) : null;
}

/** A shape with a list marker (a colon, a dash separator, a leading number): plain short lines are menus. */
export function isMarkedShape(shape: string): boolean {
  return /[:\-]|^0/.test(shape);
}

function shape(text: string, colon: boolean, dash: boolean): string {
  return `${firstWordShape(text)}|${colon ? ':' : ''}${dash ? '-' : ''}`;
}

const DIGIT = -1;

/**
 * The first word with each run of capitals written A, of lower-case letters a and of digits 0: what
 * text.split(/\s+/, 1)[0].replace(/\p{Lu}+/gu, 'A').replace(/\p{Ll}+/gu, 'a').replace(/\d+/g, '0') gives,
 * in one pass by code point through the class table instead of a split and three regex passes (each
 * block of a page may be asked). One pass gives the same: the three classes are disjoint, and what
 * replaces a run is of its own class, so no replacement joins or splits another class's runs.
 */
function firstWordShape(text: string): string {
  let out = '';
  let run = 0; // the class of the run just written (UPPER, LOWER or DIGIT), 0 after any other character
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const bits = charClass(cp);
    if (bits & SPACE) break;
    const size = cp > 0xffff ? 2 : 1;
    const kind = bits & UPPER ? UPPER : bits & LOWER ? LOWER : cp >= 0x30 && cp <= 0x39 ? DIGIT : 0;
    if (kind === 0) out += text.slice(i, i + size);
    else if (kind !== run) out += kind === UPPER ? 'A' : kind === LOWER ? 'a' : '0';
    run = kind;
    i += size;
  }
  return out;
}
