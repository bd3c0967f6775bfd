/**
 * Headings of the list of other stories that trails (or interrupts) an article:
 * "MORE India ARTICLES", "Also read", "Related", "Lire aussi", "यह भी पढ़ें".
 */
import { phraseKey, phraseSet } from './phrase-set.js';

export const RELATED_HEADINGS = {
  en: ['related', 'related articles', 'related stories', 'related news', 'related posts', 'related content', 'related coverage', 'related links', 'related topics', 'also read', 'read also', 'read more', 'more stories', 'more news', 'more from', 'more on this', 'more on this story', 'more like this', 'more articles', 'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in', 'further reading', 'top stories', 'latest news', 'latest stories', 'most read', 'most popular', 'most viewed', 'latest headlines', 'more headlines', 'top headlines', 'best of', 'related topics', 'more on this story', 'more from this section', 'you may also be interested in', 'read next', 'next article', 'keep reading', 'recent posts', 'recent articles', 'popular posts', 'similar articles', 'popular', 'trending', 'trending now', 'trending stories', "editor's picks", 'editors picks', 'what to read next', 'up next', 'around the web', 'from the web', 'see also', 'also on', 'other stories', 'in other news', 'must read', 'don’t miss', "don't miss"],
  hi: ['यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'संबंधित खबरें', 'और पढ़ें', 'ताज़ा खबरें'],
  es: ['relacionado', 'relacionados', 'noticias relacionadas', 'artículos relacionados', 'lee también', 'lea también', 'te puede interesar', 'también te puede interesar', 'más noticias', 'lo más leído', 'más leídas', 'ver más'],
  fr: ['à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'sur le même sujet', 'articles liés', 'articles similaires', 'les plus lus', 'voir aussi', "à voir aussi", 'plus d’articles', "plus d'articles"],
  de: ['mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'verwandte artikel', 'lesen sie auch', 'meistgelesen', 'mehr lesen', 'ähnliche artikel'],
  pt: ['leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'relacionadas', 'artigos relacionados', 'mais lidas', 'você também pode gostar', 'saiba mais'],
} as const;

const HEADING_SET = phraseSet(RELATED_HEADINGS);
// Counts and arrows after a heading: "Related (4)", "More stories »".
const TRAILER = /\s*\(\d+\)$/;

/** The whole line is a related-list heading ("Also read", "Related Stories:", "यह भी पढ़ें"). */
export const isRelatedHeadingText = (text: string): boolean => HEADING_SET.has(phraseKey(text).replace(TRAILER, ''));

/** "MORE India ARTICLES", "More from Business", "Latest Headlines": a section-named variant. */
export const MORE_SECTION_LINE = /^(?:more|other|latest|top)\s+(?:from\s+|in\s+|on\s+)?(?:[\p{L}\p{N}&' -]{1,40}?\s+)?(?:articles|stories|news|posts|headlines|videos)\s*:?$|^(?:more|latest)\s+(?:from|in|on)\s+[\p{L}\p{N}&' -]{1,40}$/iu;

// "Also read: Another headline", "Lee también | Otro titular".
const LABELLED_LINK = /^([^:：|–—]{2,40}?)\s*[:：|–—]\s*(.+)$/u;

/** An inline related link inside the body: "Also read: Another headline" -> the headline, or null. */
export function inlineRelatedHeadline(text: string): string | null {
  const m = LABELLED_LINK.exec(text);
  return m && HEADING_SET.has(phraseKey(m[1])) ? m[2] : null;
}
