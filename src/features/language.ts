/** The page's language, by which stop-word list its words hit most. Used where conventions differ (day-first dates). */
import { STOPWORDS } from '../cues/stopwords.js';
import { LETTER_OR_MARK, runEnd } from './char-class.js';
import { LowerWordSet } from './lower-word-set.js';

// word -> the languages whose list has it, so each word costs one lookup.
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
const KNOWN_WORDS = new LowerWordSet(LANGUAGES_OF.keys());
// Enough words to tell; reading more changes nothing and costs time on huge pages.
const SAMPLE_CHARS = 4_000;

export function detectLanguage(texts: readonly string[]): string | null {
  const hits = new Map<string, number>();
  let read = 0;
  for (const text of texts) {
    if (read > SAMPLE_CHARS) break;
    read += text.length;
    // Words are runs of letters and marks: /[\p{L}\p{M}]+/u.
    let i = 0;
    while (i < text.length) {
      const end = runEnd(text, i, LETTER_OR_MARK);
      if (end === i) {
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      const word = KNOWN_WORDS.find(text, i, end);
      const langs = word === null ? undefined : LANGUAGES_OF.get(word);
      if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      i = end;
    }
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, n] of hits) if (n > bestHits) [best, bestHits] = [lang, n];
  return best;
}
