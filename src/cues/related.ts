/**
 * Headings of lists of other stories. RELATED_HEADINGS open a list of stories
 * related to this article ("MORE India ARTICLES", "Also read", "Lire aussi",
 * "यह भी पढ़ें"): their items go to `related`. LIST_HEADINGS open site-wide
 * lists ("Most read", "Trending") and the article's source list ("Sources:"):
 * the article has ended, but the items are not related stories.
 */
import { isWhiteSpace } from '../features/char-class.js';
import { phraseKey, phraseSet } from './phrase-set.js';

export const RELATED_HEADINGS = {
  en: ['related', 'related articles', 'related stories', 'related news', 'related posts', 'related content', 'related coverage', 'related links', 'related reading', 'also read', 'read also', 'read more', 'more stories', 'more news', 'more from', 'more on this', 'more on this story', 'more on this topic', 'more like this', 'more articles', 'recommended', 'recommended for you', 'recommended stories', 'recommended articles', 'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in', 'you may also be interested in', 'further reading', 'read next', 'what to read next', 'keep reading', 'see also', 'other stories', 'similar articles', 'similar stories', 'must read', 'don’t miss', "don't miss", 'also see', 'also watch', 'more to read', 'you may like', 'you might like', 'you may have missed'],
  hi: ['यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'संबंधित खबरें', 'और पढ़ें', 'संबंधित', 'आपको यह भी पसंद आ सकता है', 'ये भी देखें', 'यह भी देखें'],
  es: ['relacionado', 'relacionados', 'relacionadas', 'noticias relacionadas', 'artículos relacionados', 'lee también', 'lea también', 'te puede interesar', 'también te puede interesar', 'más noticias', 'más información', 'ver más', 'te recomendamos', 'te puede gustar', 'también te puede gustar', 'quizás te interese', 'te podría interesar', 'te podría gustar'],
  fr: ['à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'sur le même sujet', 'articles liés', 'articles similaires', 'voir aussi', 'à voir aussi', 'plus d’articles', "plus d'articles", 'dans la même rubrique', 'à découvrir', 'vous aimerez aussi', 'vous aimerez peut-être aussi', 'vous aimerez peut-être', 'ceci pourrait vous intéresser', 'vous pourriez aimer'],
  de: ['mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'verwandte artikel', 'lesen sie auch', 'mehr lesen', 'ähnliche artikel', 'weitere beiträge', 'weitere beiträge zum thema', 'ähnliche beiträge', 'passend zum thema', 'zum thema', 'das könnte dich auch interessieren', 'dir könnte auch gefallen', 'ihnen könnte auch gefallen', 'das könnte sie interessieren'],
  pt: ['leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'relacionadas', 'artigos relacionados', 'você também pode gostar', 'saiba mais', 'veja mais', 'você pode gostar', 'você pode se interessar', 'talvez você goste', 'você também vai gostar'],
  it: ['leggi anche', 'leggi anche su', 'articoli correlati', 'potrebbe interessarti', 'ti potrebbe interessare', 'correlati', 'vedi anche', 'potrebbe piacerti', 'ti potrebbe piacere anche', 'potrebbero interessarti', 'ti potrebbe interessare anche'],
  ru: ['читайте также', 'читайте также:', 'похожие статьи', 'похожие записи', 'по теме', 'смотрите также', 'другие статьи', 'статьи по теме'],
  ja: ['関連記事', '関連記事はこちら', '関連ニュース', 'おすすめ記事', 'あわせて読みたい', 'こちらの記事もおすすめ'],
  zh: ['相关文章', '相关新闻', '相关阅读', '延伸阅读', '推荐阅读', '相關文章', '相關新聞', '延伸閱讀'],
  ko: ['관련기사', '관련 기사', '관련 뉴스', '함께 볼만한 뉴스'],
} as const;

export const LIST_HEADINGS = {
  en: ['top stories', 'latest news', 'latest stories', 'latest headlines', 'latest', 'more headlines', 'top headlines', 'headlines', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'popular', 'popular posts', 'popular stories', 'recent posts', 'recent articles', 'recent stories', 'trending', 'trending now', 'trending stories', 'trending news', "editor's picks", 'editors picks', 'editor’s picks', 'best of', 'around the web', 'from the web', 'related topics', 'sponsored stories', 'promoted stories', 'sponsored links', 'features', 'in other news', 'up next', 'next article', 'previous article', 'more videos', 'watch more', 'elsewhere on the bbc', 'topics', 'tags', 'sources', 'references', 'bibliography', 'about this statement'],
  hi: ['ताज़ा खबरें', 'ताजा खबरें', 'सबसे ज्यादा पढ़ी गई', 'ट्रेंडिंग', 'लोकप्रिय'],
  es: ['lo más leído', 'más leídas', 'lo más visto', 'más vistas', 'últimas noticias', 'tendencias', 'lo último', 'temas', 'fuentes', 'referencias', 'bibliografía'],
  fr: ['les plus lus', 'les plus partagés', 'à la une', 'dernières infos', 'dernières actualités', 'les plus populaires', 'sujets', 'références', 'bibliographie'],
  de: ['meistgelesen', 'meistgelesene artikel', 'neueste artikel', 'top-themen', 'am meisten gelesen', 'aktuelle nachrichten', 'themen', 'quellen', 'literatur', 'einzelnachweise'],
  pt: ['mais lidas', 'mais lidas da semana', 'mais lidos', 'últimas notícias', 'em alta', 'mais vistos', 'temas', 'fontes', 'referências', 'bibliografia'],
  it: ['i più letti', 'ultime notizie', 'più letti', 'più visti', 'fonti', 'bibliografia'],
  ru: ['самое читаемое', 'популярное', 'последние новости', 'новости', 'популярные статьи', 'свежие записи'],
  ja: ['新着記事', '人気記事', '最新記事', 'ランキング', 'アクセスランキング', '人気の記事'],
  zh: ['热门文章', '最新文章', '热门新闻', '最新新闻', '熱門文章', '最新文章'],
  ko: ['많이 본 뉴스', '인기 기사', '최신 기사', '주요 뉴스'],
} as const;

const RELATED_SET = phraseSet(RELATED_HEADINGS);
const LIST_SET = phraseSet(LIST_HEADINGS);
// Counts after a heading: "Related (4)", "Most read 10".
const TRAILER = /\s*\(\d+\)$/;
// Only a key ending in ")" can have one: most are answered without the regex.
export const withoutTrailer = (key: string): string => (key.endsWith(')') ? key.replace(TRAILER, '') : key);

/** The whole line is the heading of a list of related stories ("Also read", "Related Stories:"). */
export const isRelatedHeadingText = (text: string): boolean => RELATED_SET.has(withoutTrailer(phraseKey(text)));

// "Most read in World News", "Most popular on Sport": a site-wide list named after a section. English only: the
// other languages' lists are named without a section in the corpus and fixtures.
const MOST_READ_SECTION = /^most\s+(?:read|popular|viewed|shared|commented)\s+(?:in|on|from)\s+[^:|]{1,40}$/;

/** The whole line is the heading of a site-wide list ("Most read", "Trending", "Most read in world news"). */
export const isListHeadingText = (text: string): boolean => {
  const key = withoutTrailer(phraseKey(text));
  // The regex only for a key that starts as it must: a string comparison in place of a regex call on most lines.
  return LIST_SET.has(key) || (key.startsWith('most') && MOST_READ_SECTION.test(key));
};


/** "MORE India ARTICLES", "More from Business", "More in Sport": a section-named related heading. */
export const MORE_SECTION_LINE = /^(?:more|other)\s+(?:from\s+|in\s+|on\s+)?(?:[^:|]{1,40}?\s+)?(?:articles|stories|news|posts|videos)\s*:?$|^more\s+(?:from|in|on)\s+[^:|]{1,40}$/; // tested on lower-cased text

// "Also read: Another headline", "Lee también | Otro titular", "(Leggi anche su: Titolo)".
const LABELLED_LINK = /^\(?([^:：|–—(]{2,40}?)\s*[:：|–—]\s*(.+?)\)?$/u;
// LABELLED_LINK's label, at most this long without the white space before the separator.
const MAX_LABEL_CHARS = 40;
const MIN_LABEL_CHARS = 2;
const OPEN_PAREN = 0x28;

/** An inline related link inside the body: "Also read: Another headline" -> the headline, or null. */
export function inlineRelatedHeadline(text: string): string | null {
  // The label is read first, and the regex (whose lazy headline scans to the end of the line) runs only for a line
  // whose label is a related heading: nearly every line is answered by the label, with no regex call.
  const label = linkLabel(text);
  if (label === null || !RELATED_SET.has(phraseKey(label))) return null;
  const m = LABELLED_LINK.exec(text);
  return m && RELATED_SET.has(phraseKey(m[1])) ? m[2] : null;
}

/**
 * LABELLED_LINK's group 1 for a text it matches (and for some it does not): null only where it cannot match, so
 * the label's lookup decides first. The regex is anchored, and its `\(?` takes a leading "(" (without it, the label
 * would open with "(", which it cannot hold), so the label starts at `start`. The label holds no separator and no
 * "(", so the separator after it is the first of : ： | – — ( from `start`, and must not be "(". Between label and
 * separator stands only white space (\s*; white space is no separator, so \s* takes all of it and gives none back
 * usefully), and the lazy label is the shortest of at least 2 units that leaves only white space before the
 * separator: the text up to the separator without its final white space, or its first 2 units when that is shorter
 * than 2 (then they are followed by white space only). It is at most 40 units, so a unit that is not white space at
 * or past start + 40, before the separator, leaves no match: the walk stops there on a line with none early.
 * The regex (u flag) counts code points and this walk code units: they differ only for a label holding a surrogate
 * pair, which no key of RELATED_SET holds (all are BMP text, and lower-casing keeps a pair a pair), so the answer is
 * null either way.
 */
function linkLabel(text: string): string | null {
  const n = text.length;
  const start = n > 0 && text.charCodeAt(0) === OPEN_PAREN ? 1 : 0;
  // Within MAX_LABEL_CHARS of the start only a separator is looked for; from there on, only white space may come first.
  const bound = Math.min(n, start + MAX_LABEL_CHARS);
  let at = start;
  while (at < bound && !isSeparatorOrParen(text.charCodeAt(at))) at++;
  if (at === bound) {
    for (; at < n; at++) {
      const code = text.charCodeAt(at);
      if (isSeparatorOrParen(code)) break;
      if (!isWhiteSpace(code)) return null;
    }
  }
  if (at === n || text.charCodeAt(at) === OPEN_PAREN) return null;
  let end = at;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end - start >= MIN_LABEL_CHARS) return text.slice(start, end);
  return at - start >= MIN_LABEL_CHARS ? text.slice(start, start + MIN_LABEL_CHARS) : null;
}

/** One of : ： | – — ( (the units LABELLED_LINK's label cannot hold). */
function isSeparatorOrParen(code: number): boolean {
  return code === 0x3a || code === 0x7c || code === OPEN_PAREN || code === 0x2013 || code === 0x2014 || code === 0xff1a;
}

/**
 * For cue-signs.ts: the keys of the whole-line heading tables, and the words a line must start with for
 * MORE_SECTION_LINE ("more", "other") or MOST_READ_SECTION ("most"), each followed by a space.
 */
export const HEADING_LINE_KEYS: ReadonlyArray<ReadonlySet<string>> = [RELATED_SET, LIST_SET];
export const HEADING_FIRST_WORDS = ['more', 'other', 'most'];
