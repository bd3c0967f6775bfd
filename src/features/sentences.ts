/**
 * Sentence boundaries inside a block ("… said. The …"), counted when a rule first asks (prose-score asks a block that
 * does not end like a sentence: about 15 blocks a page), not in every block's word walk.
 */
import * as classModule from './char-class.js';

// Module constants, folded into optimised code (an import is read at every use: see word-scan.ts).
const { charClass, SENTENCE_STOP, SPACE, UPPER } = classModule;

/**
 * Matches of /[.!?…।]["'”’»)]*\s+["'“‘«(]?\p{Lu}/gu: each stop (a BMP unit, never half of a surrogate pair) that
 * startsSentence finds a boundary after.
 */
export function innerSentences(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (charClass(text.charCodeAt(i)) & SENTENCE_STOP && startsSentence(text, i + 1)) count++;
  return count;
}

/**
 * Whether the text after a stop at `i - 1` completes a sentence boundary: closers, white space, an opener
 * maybe, a capital (["'”’»)]*\s+["'“‘«(]?\p{Lu}). Read forwards with no going back, which finds what the
 * regex finds: closers, spaces, openers and capitals are four disjoint sets, so no character a part gave
 * back could match the next part. Every stop is tried on its own, as the global regex tries them: a match
 * holds no stop but its first, so none is skipped inside another's match.
 */
function startsSentence(text: string, i: number): boolean {
  const n = text.length;
  while (i < n && isBoundaryCloser(text.charCodeAt(i))) i++;
  const spaces = i;
  // Every \s character is one BMP unit, none a surrogate.
  while (i < n && charClass(text.charCodeAt(i)) & SPACE) i++;
  if (i === spaces) return false;
  if (i < n && isBoundaryOpener(text.charCodeAt(i))) i++;
  return i < n && (charClass(text.codePointAt(i)!) & UPPER) !== 0;
}

// Unlike the closers of a sentence end (features.ts), no "]": the regex of a boundary has none.
function isBoundaryCloser(unit: number): boolean {
  return unit === 0x22 || unit === 0x27 || unit === 0x201d || unit === 0x2019 || unit === 0xbb || unit === 0x29; // " ' ” ’ » )
}

function isBoundaryOpener(unit: number): boolean {
  return unit === 0x22 || unit === 0x27 || unit === 0x201c || unit === 0x2018 || unit === 0xab || unit === 0x28; // " ' “ ‘ « (
}
