/** The page's language, by which stop-word list its words hit most. Used where conventions differ (day-first dates). */
import { STOPWORDS } from '../cues/stopwords.js';

const BY_LANGUAGE = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const WORD = /[\p{L}\p{M}]+/gu;
// Enough words to tell; reading more changes nothing and costs time on huge pages.
const SAMPLE_CHARS = 20_000;

export function detectLanguage(texts: readonly string[]): string | null {
  const hits = new Map<string, number>();
  let read = 0;
  for (const text of texts) {
    if (read > SAMPLE_CHARS) break;
    read += text.length;
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      for (const [lang, set] of BY_LANGUAGE) if (set.has(w)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, n] of hits) if (n > bestHits) [best, bestHits] = [lang, n];
  return best;
}
