/**
 * What an element's tag and class/id say about its text, reduced to a few
 * words the classifier can read (MarkupHints.ancestors and .classHints).
 */
import { ownCopy } from './own-copy.js';

/** Ancestor tags that say what a region of the page is; any other tag is left out of MarkupHints.ancestors. */
export const MEANINGFUL_TAGS: ReadonlySet<string> = new Set([
  'article', 'main', 'nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'blockquote', 'form', 'li', 'table',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dialog', 'menu', 'address', 'button',
]);

/**
 * Class/id patterns, one hint word each. Matched against the lower-cased class and id of
 * an element; the words are the vocabulary of src/classify/rules/markup.ts. Sources: the
 * class names of the corpus pages and the negative/positive lists of Readability and trafilatura.
 */
export const CLASS_HINTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['content', /article-?body|articlebody|article-?content|article-?text|articletext|story-?body|story-?content|storycontent|entry-?content|post-?content|post-?body|post-?entry|content-?body|body-?text|article__body|rich-?text|main-?content|paywall-?content/],
  ['related', /related|more-?stories|recommend|read-?more|also-?read|readnext|read-?next|outbrain|taboola|you-?may|most-?popular|trending|further-?reading/],
  ['share', /share|sharing|sociable|social-?(?:links|icons|bar|buttons|media-?links|follow)|follow-?us/],
  ['comment', /comment|disqus|discussion|respond|replies/],
  // "ad" only as a whole class token ("ad", "ads", "ad-slot"): as a fragment it is in "non-ad-column", "head", "read".
  ['promo', /promo|sponsor|advert|(?:^|\s)(?:ads?|ad-?(?:slot|unit|container|wrapper|block|box|label))(?:$|\s)|adsbygoogle|dfp-|newsletter|subscri|sign-?up|(?:^|[\s_-])cta(?:$|[\s_-])|paywall-?(?:prompt|offer)|cookie|consent/],
  // Rotating strips of headlines; furniture only for their list items (markup.ts): a page filed under
  // "Breaking News" or a stock "ticker" table inside an article carry the same words.
  ['teaser', /ticker|breaking-?news|marquee|slider|carousel|slideshow/],
  ['breadcrumb', /breadcrumb/],
  ['nav', /(?:^|[\s_-])nav|navbar|menu|masthead|skip-?link|pagination|pager/],
  ['footer', /footer|colophon/],
  // Not "widget": page builders (Elementor) call every box a widget, the article text included.
  // Not "with-sidebar", "has-sidebar", "no-sidebar": such a class says the element lays out a sidebar beside it.
  ['sidebar', /(?<!(?:with|has|no)[_-])(?:sidebar|side-?bar)|(?:^|[\s_-])rail(?:$|[\s_-])/],
  ['caption', /caption/],
  // Not "accreditation" (a row of bylines and dates), which holds "credit".
  ['credit', /(?<!ac)credit|photographer|image-?source|photo-?source|attribution|copyright/],
  ['byline', /byline|author|dateline/],
  ['tags', /(?:^|[\s_-])tags?(?:$|[\s_-])|keywords|topics-?list/],
];

/** Hint words that mark page furniture around an article (and never the article itself). */
export const FURNITURE_HINTS: ReadonlySet<string> = new Set(['related', 'share', 'comment', 'promo', 'nav', 'footer', 'sidebar', 'tags']);

/** The hint words an element's class and id carry (empty for most elements). */
export function classHintsOf(className: string | undefined, id: string | undefined): string[] {
  if (!className && !id) return NONE;
  // A page repeats the same few class strings on hundreds of elements. Keyed by the attributes as
  // written, so a repeat costs one lookup: most elements carry a class and no id.
  const cache = id ? withId : classOnly;
  const key = id ? `${className ?? ''} ${id}` : className!;
  let hints = cache.get(key);
  if (hints === undefined) {
    const s = `${className ?? ''} ${id ?? ''}`.toLowerCase().replace(BEM_MODIFIER, '');
    const out: string[] = [];
    if (ANY_HINT.test(s)) for (const [word, re] of CLASS_HINTS) if (re.test(s)) out.push(word);
    hints = out.length ? out : NONE;
    if (cache.size >= MAX_CACHED_CLASS_STRINGS) cache.clear();
    // A copy as the key: the attribute is a slice of its page, and a cached slice would keep the whole page alive.
    cache.set(ownCopy(key), hints);
  }
  return hints;
}

// A BEM modifier ("content-header--social-icons-position", "card--with-share") says how a block looks
// or what it holds, not what it is: "header--social-icons" is a header, not a share bar.
const BEM_MODIFIER = /--[^\s]*/g;
// All the patterns in one: most class strings carry no hint, and one scan turns them away.
const ANY_HINT = new RegExp(CLASS_HINTS.map(([, re]) => `(?:${re.source})`).join('|'));
const NONE: string[] = [];
// Bounded so a batch of many pages cannot grow the cache without end.
const MAX_CACHED_CLASS_STRINGS = 20_000;
const classOnly = new Map<string, string[]>();
const withId = new Map<string, string[]>();
