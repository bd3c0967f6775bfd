/** The section: a one-to-few-word label right above the title ("India", "World > Europe"). */
import { afterByWord } from '../../cues/bylines.js';
import { OTHER_LETTER, startsWithClass, UPPER } from '../../features/char-class.js';
import type { Features } from '../../features/features.js';
import { THRESHOLDS as T } from '../thresholds.js';

const BREADCRUMB_SEPARATOR = /\s+(?:[>›»/|])\s+/u;

/** The section name the block gives, or null. */
export function sectionLabel(text: string, f: Features): string | null {
  if (f.date || f.endsSentence) return null;
  const parts = text.split(BREADCRUMB_SEPARATOR).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return null;
  const words = last.split(/\s+/).length;
  if (words > T.sectionMaxWords) return null;
  // Capitalised (or in a script without case), and not a byline ("By Rachel Tan").
  if (!startsWithClass(last, UPPER | OTHER_LETTER) || afterByWord(last) !== null) return null;
  return last;
}
