/**
 * A cheap signature of a line, read without hashing all of it: its length and its first, middle and last
 * code units, mixed into a slot of a table of SIGNATURE_SLOTS. Copies of a line share its signature; lines
 * of different signatures differ. Used where a page's repeated lines are told apart from the rest before
 * any of them is hashed whole (computeFeatures' repeats, readCues' repeated short lines).
 */

/** Slots of a signature table: far more than a page's blocks, so few lines that differ meet in one. */
export const SIGNATURE_SLOTS = 1 << 12;

/** The line's slot, 0 to SIGNATURE_SLOTS - 1 (an empty line's is 0). */
export function lineSignature(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const mixed = Math.imul(n, 0x9e3779b1) ^ Math.imul(text.charCodeAt(0), 0x85ebca6b) ^ Math.imul(text.charCodeAt(n >> 1), 0xc2b2ae35) ^ Math.imul(text.charCodeAt(n - 1), 0x27d4eb2f);
  return (mixed ^ (mixed >>> 15)) & (SIGNATURE_SLOTS - 1);
}
