/**
 * The words an article is about: the content words (not function words) of its body.
 * A headline shares most of its content words with the body it heads; a sidebar
 * headline, a menu line or a newsletter prompt shares few.
 */
import { STOPWORD_SET } from '../../cues/stopwords.js';
import { runEnd, runStart, WORD_CHAR } from '../../features/char-class.js';

// Shorter words are mostly function words and abbreviations the stop lists miss.
const MIN_CONTENT_WORD_CHARS = 3;
// A headline's words are found in the article's opening; a whole long article adds only noise.
const BODY_SAMPLE_CHARS = 6000;

export function contentWords(text: string): string[] {
  const words: string[] = [];
  const lower = text.toLowerCase();
  // Words as features/ counts them (letters, marks, digits), read through its class table: this runs over the body.
  for (let i = runStart(lower, 0, WORD_CHAR); i >= 0; ) {
    const end = runEnd(lower, i, WORD_CHAR);
    if (end - i >= MIN_CONTENT_WORD_CHARS) {
      const w = lower.slice(i, end);
      if (!STOPWORD_SET.has(w)) words.push(stem(w));
    }
    i = runStart(lower, end, WORD_CHAR);
  }
  return words;
}

/** The content words of the body's opening, as a set. */
export function topicWords(bodyTexts: readonly string[]): Set<string> {
  const words = new Set<string>();
  let chars = 0;
  for (const text of bodyTexts) {
    for (const w of contentWords(text)) words.add(w);
    chars += text.length;
    if (chars >= BODY_SAMPLE_CHARS) break;
  }
  return words;
}

/** Share of a line's content words that the topic has (0..1), or null when it has too few to tell. */
export function topicOverlap(text: string, topic: ReadonlySet<string>, minWords: number): number | null {
  const words = contentWords(text);
  if (words.length < minWords || topic.size === 0) return null;
  return words.filter((w) => topic.has(w)).length / words.length;
}

// Plural and possessive endings, so "drugs" meets "drug" and "Trump's" meets "Trump": what
// word.replace(/(?:'s|’s|es|s)$/u, '') removes, read off the end without a regex (this runs once a word).
const TWO_LETTER_ENDINGS = ["'s", '’s', 'es'];
function stem(word: string): string {
  if (!word.endsWith('s')) return word;
  return TWO_LETTER_ENDINGS.some((e) => word.endsWith(e)) ? word.slice(0, -2) : word.slice(0, -1);
}
