/** The page's language, by which stop-word list its words hit most. Used where conventions differ (day-first dates). */
import { STOPWORDS } from '../cues/stopwords.js';
import { LETTER_OR_MARK, runEnd, runStart } from './char-class.js';
import { LowerWordSet } from './lower-word-set.js';

const LANGUAGES = Object.keys(STOPWORDS);
// word -> the languages (indices into LANGUAGES) whose list has it, so each word costs one lookup.
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]) {
    const languages = LANGUAGES_OF.get(w);
    if (languages) languages.push(l);
    else LANGUAGES_OF.set(w, [l]);
  }
});
const KNOWN_WORDS = new LowerWordSet(LANGUAGES_OF.keys());
// Enough words to tell; reading more changes nothing and costs time on huge pages.
const SAMPLE_CHARS = 4_000;

export function detectLanguage(texts: readonly string[]): string | null {
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  // Languages in the order of their first hit: a tie goes to the one hit first.
  const order: number[] = [];
  let read = 0;
  for (const text of texts) {
    if (read > SAMPLE_CHARS) break;
    read += text.length;
    // Words are runs of letters and marks: /[\p{L}\p{M}]+/u.
    for (let i = runStart(text, 0, LETTER_OR_MARK); i >= 0; ) {
      const end = runEnd(text, i, LETTER_OR_MARK);
      const word = KNOWN_WORDS.find(text, i, end);
      if (word !== null) {
        for (const l of LANGUAGES_OF.get(word)!) if (hits[l]++ === 0) order.push(l);
      }
      i = runStart(text, end, LETTER_OR_MARK);
    }
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const l of order) if (hits[l] > bestHits) [best, bestHits] = [LANGUAGES[l], hits[l]];
  return best;
}
