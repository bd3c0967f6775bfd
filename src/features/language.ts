/** The page's language, by which stop-word list its words hit most. Used where conventions differ (day-first dates). */
import { STOPWORDS } from '../cues/stopwords.js';

// word -> the languages whose list has it, so each word costs one lookup.
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
const WORD = /[\p{L}\p{M}]+/gu;
// Enough words to tell; reading more changes nothing and costs time on huge pages.
const SAMPLE_CHARS = 4_000;

export function detectLanguage(texts: readonly string[]): string | null {
  const hits = new Map<string, number>();
  let read = 0;
  for (const text of texts) {
    if (read > SAMPLE_CHARS) break;
    read += text.length;
    for (const m of text.matchAll(WORD)) {
      const langs = LANGUAGES_OF.get(m[0].toLowerCase());
      if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, n] of hits) if (n > bestHits) [best, bestHits] = [lang, n];
  return best;
}
