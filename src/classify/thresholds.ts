/**
 * Every tunable number of the classifier, in one place, each with why.
 * Calibrated together against ../shared/corpus (npm run eval) and the fixtures:
 * change one, re-run the eval, and keep the set.
 */
export const THRESHOLDS = {
  /** Below this many characters a block is "short": a heading, button, name or nav item, not prose on its own. */
  shortChars: 40,
  /** From this many characters a block that reads like sentences counts as a full paragraph. */
  paragraphChars: 80,
  /** Stop-word share from which text reads as running prose (jusText uses 0.30 for "good"; headlines sit near 0.1–0.2). */
  proseStopwordRatio: 0.2,
  /** Stop-word share below which even a long block is a list of names or keywords. */
  minStopwordRatio: 0.08,
  /** Characters worth one unit of positive score; long paragraphs weigh more, up to the cap. */
  charsPerUnit: 100,
  /** A single paragraph's score cap, so one huge block (a comment dump, a legal text) cannot outweigh a whole article. */
  maxParagraphScore: 8,
  /** Score of a short block: slightly negative, so one subheading inside an article is bridged but a run of nav lines is not. */
  shortScore: -0.6,
  /** Score of a block recognised as furniture by its words (ad label, share button, footer). */
  boilerplateScore: -1.2,
  /** Score of a block whose exact text occurs elsewhere on the page (menus, repeated titles, teaser lists). */
  repeatedScore: -1.5,
  /** Score of a medium block without sentence shape (a long headline, a link text). */
  fragmentScore: -0.3,
  /** Unspaced scripts (CJK, Thai) carry about this many times more content per character. */
  unspacedCharWeight: 3,
  /** A title is looked for this many blocks above the body at most (share bars and menus can sit between). */
  titleSearchWindow: 30,
  /** Title score: a byline or date line within this many blocks below a candidate marks the article header. */
  titleHeaderReach: 4,
  titleHeaderBonus: 3,
  /** Title score: a date line just above a candidate ("Nov 19, 2019" then the headline). */
  titleDateAboveBonus: 1,
  /** Title score: a headline of a typical length (in words). */
  titleTypicalWords: [5, 25] as const,
  titleTypicalBonus: 1,
  /** Title score: the page prints the same text elsewhere (browser title, breadcrumb, share text). */
  titleRepeatBonus: 0.5,
  /** Title score: lost per content block between a candidate and the body (furniture lines are free). */
  titleDistancePenalty: 0.15,
  /** Title score: a headline shares most of its content words with the body, a sidebar headline or a menu line few.
   *  The share above `titleTopicNeutral` adds, below it subtracts, `titleTopicWeight` per unit; lines with fewer
   *  content words than `titleTopicMinWords` are not judged. */
  titleTopicWeight: 4,
  titleTopicNeutral: 0.4,
  titleTopicMinWords: 2,
  /** A shorter line above a dek-like winner is the headline only if it is about the body nearly as much (a share this close). */
  titleDekTopicSlack: 0.15,
  /** Title score: ALL-CAPS lines are kickers and section labels more often than headlines. */
  titleAllCapsPenalty: 1.5,
  /** Title score: a final period (deks and captions end with one; a few headlines do too). */
  titlePeriodPenalty: 2,
  /** A byline without a by-word or date is a bare name just below the title: at most this many blocks below. */
  bareBylineReach: 3,
  /** Datelines are looked for from this many blocks above the title to this many into the body. */
  datelineAbove: 2,
  datelineIntoBody: 3,
  /** A dateline inside the body has at most this many characters besides its date ("Published Monday, "). */
  datelineExtraChars: 25,
  /** Title length in words: shorter is a label, longer is a paragraph. */
  titleMinWords: 3,
  titleMaxWords: 40,
  /** Bylines are looked for from this many blocks above the body to a few blocks into it. */
  bylineSearchWindow: 15,
  bylineIntoBody: 3,
  /** A line the markup classes as the byline is one when it is this short (a byline box can hold a bio). */
  markedBylineMaxChars: 120,
  /** A section label is at most this many words, right above the title. */
  sectionMaxWords: 4,
  /** Related-list items: a title has at least this many words (fewer is a nav link). */
  relatedTitleMinWords: 3,
  /** The least total score of a body region that counts as an article before a comments section (about three lines of prose). */
  minArticleScore: 3,
  /** A comments heading opens a comments section when comment metadata follows within this many blocks. */
  commentMetaReach: 8,
  /** Prose across a related-story widget continues the article when it weighs at least this much (about 3 lines of text). */
  bridgeMinScore: 3,
  /** …and the widget starts within this many blocks of the region's edge. */
  bridgeMaxGap: 3,
  /** A list of cards: one short non-furniture line (a card's share bar) recurs at least this many times… */
  cardSeparatorRepeats: 3,
  /** …at most this many blocks apart (a card is its line and a text or two). */
  cardMaxBlocks: 3,
  /** A templated article's repeats: a stretch of at least this many blocks after the region… */
  templateMinBlocks: 10,
  /** …of which at least this share are lines repeated only inside it (a teaser list's author names reach about 0.3). */
  templateRepeatShare: 0.6,
  /** A list that ends an article: at least this many lines of one shape right after the body… */
  listTailMinItems: 3,
  /** …each at most this long (list items, not paragraphs). */
  listTailMaxChars: 200,
  /** A table is at least this many tab-separated rows in a row (one tabbed line is a layout accident). */
  tableMinRows: 3,
  /** A data list is at least this many consecutive lines of one shape with a separator (fewer is a teaser box or a header). */
  dataListMinRows: 6,
  /** Score of one table row or data-list line: a little content each, so that a long table weighs like the prose around it. */
  dataRowScore: 0.4,
  /** Headline lines printed just above a widget's heading belong to the widget (a teaser, then "READ MORE"). */
  widgetLeadMax: 2,
} as const;
