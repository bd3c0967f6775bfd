/**
 * Lines that are page furniture, not article, recognised by what they say.
 * Grouped by concept, then language. Each concept becomes one whole-line or
 * prefix lookup (phrase-set.ts).
 */
import { MIN_SCANNED_CHARS, SkipScan } from './skip-scan.js';
import { isAsciiDigit } from '../features/char-class.js';
import { caselessWordStart, escapeRegExp, opensWithOneOf } from './phrase-regex.js';
import { firstWords, hasLeadingPhrase, type Leads, leadsOf, lowerCase, MAX_PHRASE_CHARS, phraseKey, phraseSet, prefixSet } from './phrase-set.js';

/** Literal phrases found anywhere in lower-cased text: one regex pass instead of one search per phrase. */
function anyPhrase(phrases: readonly string[]): RegExp {
  return new RegExp([...new Set(phrases)].map(escapeRegExp).join('|'));
}

/** Ad slot labels, matched as the whole line ("ADVT", "Advertisement", "- Advertisement -"). */
export const AD_LABELS = {
  en: ['advertisement', 'advt', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted', 'story continues below advertisement', 'article continues below advertisement', 'continue reading below', 'scroll to continue with content', 'promotion', 'partner content'],
  hi: ['विज्ञापन'],
  es: ['publicidad', 'anuncio', 'contenido patrocinado'],
  fr: ['publicité', 'pub', 'contenu sponsorisé'],
  de: ['anzeige', 'werbung', 'gesponsert'],
  pt: ['publicidade', 'anúncio', 'conteúdo patrocinado'],
  it: ['pubblicità', 'contenuto sponsorizzato'],
  ru: ['реклама', 'на правах рекламы'],
  ja: ['広告', 'スポンサードリンク', 'スポンサーリンク'],
  zh: ['广告', '廣告', '赞助内容'],
  ko: ['광고'],
} as const;

/** Share / follow / social buttons, matched as the whole line. */
export const SHARE_LABELS = {
  en: ['share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'share on x', 'share on whatsapp', 'share on linkedin', 'share via email', 'tweet', 'email', 'print', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'pinterest', 'reddit', 'telegram', 'instagram', 'youtube', 'copy link', 'link copied', 'follow', 'follow us', 'follow us on', 'email me', 'contact me', 'email the author', 'watch live', 'live tv', 'listen live', 'e-edition', 'eedition', 'epaper', 'e-paper', 'print edition', 'digital edition', 'comment', 'comments', 'save', 'bookmark', 'listen', 'listen to this article', 'read later', 'rss', 'more', 'menu', 'search', 'close', 'home', 'sign in', 'log in', 'login', 'register', 'reply', 'log in to reply', 'report', 'like', 'likes', 'loading', 'loading...', 'subscribe', 'sign up', 'log out', 'my account', 'skip to content', 'skip to main content', 'back to top', 'next', 'previous', 'prev', 'load more', 'show more', 'view all', 'see all', 'toggle navigation', 'open menu', 'go', 'x', 'view comments', 'show comments', 'hide comments', 'disclaimer', 'scroll to continue', 'share via', 'share this page', 'share this with', 'close share panel', 'copy this link', 'read later', 'purchase licensing rights', 'licensing rights', 'min read', 'back', 'top', 'cerca', 'search'],
  hi: ['शेयर', 'शेयर करें', 'फॉलो करें', 'होम', 'खोजें', 'लॉग इन', 'सब्सक्राइब'],
  es: ['compartir', 'comparte', 'imprimir', 'comentarios', 'seguir', 'síguenos', 'buscar', 'inicio', 'iniciar sesión', 'suscríbete', 'menú', 'cerrar', 'compartir en whatsapp', 'compartir en facebook', 'compartir en x', 'compartir en twitter', 'copiar enlace', 'guardar'],
  fr: ['partager', 'imprimer', 'commentaires', 'suivre', 'suivez-nous', 'rechercher', 'accueil', 'se connecter', "s'abonner", 'abonnez-vous', 'fermer', 'lire plus tard', 'envoyer par e-mail', 'copier le lien', 'écouter cet article'],
  de: ['teilen', 'drucken', 'kommentare', 'folgen', 'folgen sie uns', 'suche', 'startseite', 'anmelden', 'abonnieren', 'schließen', 'mehr', 'zurück', 'zurück zur übersicht', 'zur übersicht', 'weiterlesen', 'merken'],
  pt: ['compartilhar', 'partilhar', 'imprimir', 'comentários', 'seguir', 'siga-nos', 'buscar', 'pesquisar', 'início', 'entrar', 'assine', 'fechar', 'copiar link', 'salvar'],
  it: ['condividi', 'stampa', 'commenti', 'cerca', 'seguici', 'accedi', 'iscriviti', 'chiudi', 'leggi di più'],
} as const;

/** Footer, legal, consent and subscription lines, matched at the start of the line. */
export const FOOTER_PREFIXES = {
  en: ['copyright', '(c)', 'all rights reserved', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy', 'cookie settings', 'we use cookies', 'this website uses cookies', 'this site uses cookies', 'by continuing to use', 'accept cookies', 'accept all', 'manage cookies', 'do not sell my', 'contact us', 'about us', 'advertise with us', 'sign up for', 'subscribe to our', 'subscribe now', 'get our newsletter', 'newsletter', 'download the app', 'download our app', 'follow us on', 'join our', 'click here to', 'you must be logged in', 'log in to comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'comments are closed', 'your email address will not be published', 'tags:', 'topics:', 'filed under', 'read more:', 'trending:', 'also watch', 'watch:', 'click to', 'report an error', 'disclaimer:', 'your browser does not support', 'sign up to', 'enter your email', 'privacy notice', 'after newsletter promotion', 'get the latest updates', 'have a tip?', 'registration on or use of this site', 'the material on this site may not be reproduced', 'community rules apply', 'view all', 'image copyright', 'skip advertisement', 'most viewed', 'explore more on these topics', 'these are external links', 'read more about sharing', 'previous article', 'next article', 'previous story', 'next story', 'previous post', 'next post', 'sign in or create', 'sign in to', 'log in or', 'register to', 'why you can trust', 'this document is subject to copyright', 'explore further', 'citation:', 'back to gallery', 'view gallery', 'view all photos', 'tell us what you think', 'give feedback'],
  it: ['tutti i diritti riservati', 'lascia un commento', 'devi essere connesso', 'iscriviti alla newsletter', 'privacy policy'],
  hi: ['कॉपीराइट', 'सर्वाधिकार सुरक्षित', 'हमें फॉलो करें', 'टिप्पणी'],
  es: ['todos los derechos reservados', 'política de privacidad', 'aviso legal', 'política de cookies', 'utilizamos cookies', 'suscríbete a', 'etiquetas:', 'temas:'],
  fr: ['tous droits réservés', 'politique de confidentialité', 'mentions légales', 'nous utilisons des cookies', 'abonnez-vous à', 'mots-clés:', 'sujets:'],
  de: ['alle rechte vorbehalten', 'datenschutz', 'impressum', 'wir verwenden cookies', 'diese website verwendet cookies', 'newsletter abonnieren', 'schlagworte:', 'themen:'],
  pt: ['todos os direitos reservados', 'política de privacidade', 'termos de uso', 'usamos cookies', 'utilizamos cookies', 'assine a newsletter', 'tags:', 'tópicos:'],
} as const;

/** Headings that open a comments section: the article has ended. */
export const COMMENT_HEADINGS = {
  en: ['comments', 'comment', 'reader comments', 'join the conversation', 'join the discussion', 'leave a comment', 'leave a reply', 'post a comment', 'discussion', 'responses', 'what do you think?', 'conversation'],
  hi: ['टिप्पणियाँ', 'कमेंट्स'],
  es: ['comentarios', 'deja un comentario', 'deja una respuesta'],
  fr: ['commentaires', 'laisser un commentaire', 'réagir'],
  de: ['kommentare', 'diskussion', 'kommentar schreiben'],
  pt: ['comentários', 'deixe um comentário', 'deixe uma resposta'],
  it: ['commenti', 'lascia un commento', 'lascia una risposta'],
} as const;

/**
 * Cookie and consent banners, matched anywhere in a block of any length: their
 * long explanatory paragraphs read like prose and would otherwise score as body.
 */
export const CONSENT_PHRASES = {
  en: ['uses cookies', 'use cookies', 'we use cookies', 'accept cookies', 'accept all cookies', 'cookie settings', 'cookie policy', 'cookies are absolutely essential', 'necessary cookies', 'non-necessary cookies', 'third-party cookies', 'consent to the use of cookies', 'manage your consent', 'opt-out of these cookies', 'by continuing to browse', 'by continuing to use this site', 'by using this site, you agree'],
  hi: ['कुकीज़ का उपयोग', 'कुकीज का उपयोग'],
  es: ['utilizamos cookies', 'usamos cookies', 'utiliza cookies', 'aceptar cookies', 'política de cookies', 'configuración de cookies'],
  fr: ['utilise des cookies', 'utilisons des cookies', 'accepter les cookies', 'paramètres des cookies', 'gestion des cookies'],
  de: ['verwendet cookies', 'verwenden cookies', 'nutzt cookies', 'cookies akzeptieren', 'cookie-einstellungen', 'cookie-richtlinie'],
  pt: ['utiliza cookies', 'usamos cookies', 'utilizamos cookies', 'aceitar cookies', 'política de cookies'],
} as const;

/**
 * Site-wide legal notices under an article (trademark notices, health-claim and reader-support
 * disclaimers), matched anywhere in a block: like consent banners they read like prose.
 */
export const LEGAL_PHRASES = {
  en: ['is a registered trademark of', 'are registered trademarks of', 'are trademarks of', 'is a trademark of', 'not been evaluated by the food and drug administration', 'is supported by its audience', 'results vary depending on', 'stock quote data provided by'],
  hi: ['का पंजीकृत ट्रेडमार्क है'],
  es: ['es una marca registrada de', 'son marcas registradas de'],
  fr: ['est une marque déposée de', 'sont des marques déposées de'],
  de: ['ist eine eingetragene marke', 'sind eingetragene marken'],
  pt: ['é uma marca registrada de', 'são marcas registradas de'],
} as const;

/**
 * A relative time on a line of its own ("2 days ago at 08:49 am", "hace 3 horas") or a vote
 * count ("Rating: 9 Votes"): the metadata of a reader comment. Articles print absolute dates.
 */
export const RELATIVE_TIME_LINE = /^(?:\S+\s+){0,3}?(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?$|^(?:hace\s+\d+\s+\S+|il y a\s+\d+\s+\S+|vor\s+\d+\s+\S+|há\s+\d+\s+\S+)$|^rating:\s*[+-]?\d+\s*votes?$/; // tested on lower-cased text

/**
 * The header of one reader comment: "Alex on September 17, 2018 at 6:34 am said:",
 * "Jane says:", "John Smith wrote:". The article ends where the comments start.
 */
export const COMMENT_META_LINE = /^.{1,80}?\b(?:says|said|wrote|dice|dijo|écrit|a écrit|schreibt|schrieb|disse|diz|escreveu)\s*:\s*$/; // tested on lower-cased text

const AD_SET = phraseSet(AD_LABELS);
const SHARE_SET = phraseSet(SHARE_LABELS);
const COMMENT_SET = phraseSet(COMMENT_HEADINGS);
const FOOTER_SET = prefixSet(FOOTER_PREFIXES);
const CONSENT = anyPhrase(Object.values(CONSENT_PHRASES).flat());
const CONSENT_SHORT = shortPhrases(CONSENT_PHRASES);
const LEGAL = anyPhrase(Object.values(LEGAL_PHRASES).flat());
const LEGAL_SHORT = shortPhrases(LEGAL_PHRASES);
// Counts around a comments heading: "12 Comments", "Comments (12)".
const COUNT = /^\d+\s+|\s*\(\d+\)$/g;
// Only a key starting with a digit or ending in ")" can have one: most are answered without the regex.
export const withoutCount = (key: string): string => (mayHaveCount(key) ? key.replace(COUNT, '') : key);
/**
 * Whether the key starts with a digit (/^\d/) or ends in ")", by code unit: the only keys withoutCount (and
 * related.ts's withoutTrailer, at a ")") can change. The length first: charCodeAt(0) of an empty key reads out
 * of bounds, which deoptimised this.
 */
export function mayHaveCount(key: string): boolean {
  const n = key.length;
  if (n === 0) return false;
  return isAsciiDigit(key.charCodeAt(0)) || key.charCodeAt(n - 1) === CLOSING_PARENTHESIS;
}
const CLOSING_PARENTHESIS = 0x29;

// Several labels on one line: "Advertisement · Scroll to continue", "Share | Tweet | Email".
const LABEL_SEPARATOR = /\s*[·•|]\s*/u;
export const hasLabelSeparator = (text: string): boolean => SEPARATOR_CHAR.test(text);
const SEPARATOR_CHAR = /[·•|]/;

export const isAdLabel = (text: string): boolean => everyPart(text, AD_SET) && [...text.split(LABEL_SEPARATOR)].some((p) => AD_SET.has(phraseKey(p)));
// "Share this with LinkedIn", "Compartir en Telegram": a share verb leading a few words.
// /^(?:share|compartir|…|condividi|शेयर)\b/iu with its letters spelled out (caseless: the i flag costs V8 a case fold at
// compile time, caselessWordStart).
const SHARE_LEAD_WORDS = ['share', 'compartir', 'comparte', 'partager', 'teilen', 'compartilhar', 'partilhar', 'condividi', 'शेयर'];
const FOLLOW_LEAD_WORDS = ['follow', 'síguenos', 'suivez', 'folgen', 'siga', 'segui'];
export const SHARE_LEAD = caselessWordStart(SHARE_LEAD_WORDS);
export const FOLLOW_LEAD = caselessWordStart(FOLLOW_LEAD_WORDS);
const MAX_SHARE_WORDS = 6;

export const isShareLabel = (text: string): boolean =>
  everyPart(text, SHARE_SET) || (SHARE_LEAD.test(text) && text.split(/\s+/).length <= MAX_SHARE_WORDS && !/[.!?]$/.test(text));

/** A line of labels is short: a longer line is not read as labels (and cue-signs.ts looks for no separator in it). */
export const MAX_LABELS_LINE_CHARS = MAX_PHRASE_CHARS * 2;

/** Whether the line is a label of `known` (AD_SET or SHARE_SET), or labels between separators, each an ad or share label. */
function everyPart(text: string, known: ReadonlySet<string>): boolean {
  if (text.length > MAX_LABELS_LINE_CHARS) return false;
  if (known.has(phraseKey(text))) return true;
  if (!hasLabelSeparator(text)) return false; // one part only
  if (text !== labelsText) {
    labelsText = text;
    labelsAnswer = isLabelsLine(text);
  }
  return labelsAnswer;
}
// isAdLabel and isShareLabel ask everyPart of one line in turn, and its parts' answer is the same for both (each part an
// ad or a share label, whichever table `known` is): it is read once, remembered for the last line (a function of the text).
let labelsText = '';
let labelsAnswer = false;
function isLabelsLine(text: string): boolean {
  const parts = text.split(LABEL_SEPARATOR).filter(Boolean);
  return parts.length > 1 && parts.every((p) => AD_SET.has(phraseKey(p)) || SHARE_SET.has(phraseKey(p)));
}
export const isCommentHeading = (text: string): boolean => COMMENT_SET.has(withoutCount(phraseKey(text)));
// hasLeadingPhrase is leadingPhrase(text, FOOTER_SET, FOOTER_WORDS) !== null (phrase-set.ts), without its slices and lookups.
export const isFooterLine = (text: string): boolean => text.startsWith('©') || hasLeadingPhrase(text, (footerLeads ??= leadsOf(FOOTER_SET)));
let footerLeads: Leads | undefined;
export function isLegalNotice(text: string): boolean {
  const lower = lowerCase(text);
  return mentionsFurniturePhrase(lower, LEGAL_SHORT) && LEGAL.test(lower);
}

export function isConsentText(text: string): boolean {
  // /cooki/i matches [cC][oO][oO][kK][iI], which lower-cases to "cooki": a text without it in its lower case (which
  // the rules before have asked for) skips the case-insensitive scan.
  const lower = lowerCase(text);
  // CONSENT's phrases are among the furniture phrases, so the one scan that the legal and promotion tests ask for
  // next answers most blocks before a search of the text for "cooki".
  if (!mentionsFurniturePhrase(lower, CONSENT_SHORT) || !lower.includes('cooki') || !COOKIE.test(text)) return false;
  return CONSENT.test(lower);
}
const COOKIE = /cooki/i;

/**
 * Phrases that mark legal, newsletter and app-promotion text wherever they stand in a short block
 * ("… constitutes acceptance of our User Agreement and Privacy Policy …").
 */
export const PROMO_PHRASES = {
  en: ['user agreement', 'privacy policy', 'terms of use', 'terms of service', 'cookie policy', 'newsletter', 'newsletters', 'sign up for our', 'subscribe to our', 'download our app', 'all rights reserved'],
  hi: ['न्यूज़लेटर', 'सर्वाधिकार सुरक्षित'],
  es: ['boletín', 'newsletter', 'política de privacidad', 'aviso legal', 'todos los derechos reservados'],
  fr: ['newsletter', 'lettre d’information', "lettre d'information", 'politique de confidentialité', 'tous droits réservés'],
  de: ['newsletter', 'datenschutzerklärung', 'alle rechte vorbehalten'],
  pt: ['newsletter', 'política de privacidade', 'todos os direitos reservados'],
} as const;
const PROMO = anyPhrase(Object.values(PROMO_PHRASES).flat());
const PROMO_SHORT = shortPhrases(PROMO_PHRASES);
export function hasPromoPhrase(text: string): boolean {
  const lower = lowerCase(text);
  return mentionsFurniturePhrase(lower, PROMO_SHORT) && PROMO.test(lower);
}

/** "About the author", "Über Moritz Bachmann", "Sobre o autor": an author box, after the article. */
const AUTHOR_BOX_PHRASES = new Set(['about the author', 'about the authors', 'über den autor', 'über die autorin', "à propos de l'auteur", 'à propos de l’auteur', 'sobre el autor', 'sobre a autora', 'sobre o autor', "l'autore", 'l’autore']);
// "About Moritz Bachmann", "Über Ascom": a Latin-script name after the word, compiled without the slow `u` flag.
const ABOUT_NAME = /^(?:About|Über|Sobre|À propos de)\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]+){0,2}$/;
// What each branch of ABOUT_NAME opens with.
const ABOUT_NAME_OPENINGS = 'AÜSÀ';
export const isAuthorBoxLine = (text: string): boolean => AUTHOR_BOX_PHRASES.has(phraseKey(text)) || (opensWithOneOf(text, ABOUT_NAME_OPENINGS) && ABOUT_NAME.test(text));

/**
 * For cue-signs.ts, which asks once per block whether any of these tests could match: the keys of every
 * whole-line table above (isAdLabel, isShareLabel, isCommentHeading, isAuthorBoxLine), the words a line
 * must start with for a leading-word test (FOOTER_SET's first words: isFooterLine's hasLeadingPhrase; the
 * words of ABOUT_NAME), and those of SHARE_LEAD and FOLLOW_LEAD.
 */
export const BOILERPLATE_LINE_KEYS: ReadonlyArray<ReadonlySet<string>> = [AD_SET, SHARE_SET, COMMENT_SET, AUTHOR_BOX_PHRASES];
export const FOOTER_FIRST_WORDS = (): string[] => firstWords(FOOTER_SET);
/** The words ABOUT_NAME starts a line with. */
export const ABOUT_WORDS = ['about', 'über', 'sobre', 'à propos de'];
/** The words SHARE_LEAD and FOLLOW_LEAD start a line with (caseless, and running on into any letter). */
export const SHARE_OR_FOLLOW_WORDS = [...SHARE_LEAD_WORDS, ...FOLLOW_LEAD_WORDS];

/** "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube": a follow prompt names several platforms. */
export function isFollowPrompt(text: string): boolean {
  if (!FOLLOW_LEAD.test(text)) return false;
  const platforms = text.match(/\b(?:facebook|twitter|instagram|youtube|tiktok|linkedin|whatsapp|telegram|threads|x)\b/giu);
  return (platforms?.length ?? 0) >= 2;
}

/** A comments section's rules, printed where comments begin ("As you comment, please be respectful …"). */
export const COMMENT_NOTICE_PHRASES = {
  en: ['as you comment', 'please be respectful', 'comment policy', 'commenting policy', 'community guidelines', 'comments are moderated', 'join the conversation', 'be the first to comment', 'view comments', 'show comments'],
  es: ['normas de participación', 'sé el primero en comentar', 'los comentarios están moderados', 'comentarios que no', 'no serán publicados'],
  fr: ['charte de modération', 'soyez le premier à commenter', 'les commentaires sont modérés', 'ne seront pas publiés'],
  de: ['netiquette', 'kommentarrichtlinien', 'kommentieren sie als erster', 'werden nicht veröffentlicht'],
  pt: ['política de comentários', 'seja o primeiro a comentar', 'os comentários são moderados', 'comentários com', 'não serão publicados'],
} as const;
const COMMENT_NOTICE = anyPhrase(Object.values(COMMENT_NOTICE_PHRASES).flat());
const COMMENT_NOTICE_SHORT = shortPhrases(COMMENT_NOTICE_PHRASES);
// A notice is a sentence or two; a paragraph that mentions "community guidelines" is prose.
export const MAX_COMMENT_NOTICE_CHARS = 400;
export function isCommentNotice(text: string): boolean {
  if (text.length > MAX_COMMENT_NOTICE_CHARS) return false;
  const lower = lowerCase(text);
  return mentionsFurniturePhrase(lower, COMMENT_NOTICE_SHORT) && COMMENT_NOTICE.test(lower);
}

// The consent, legal, promotion and comment-notice phrases in one test: rules ask each block about all four, and
// almost no block has any, so one scan answers most of them. Only a block it finds a phrase in is scanned again, for which kind.
const FURNITURE_PHRASES = [CONSENT_PHRASES, LEGAL_PHRASES, PROMO_PHRASES, COMMENT_NOTICE_PHRASES].flatMap((table) => Object.values(table).flat());
// Built on first use, not at load. An alternation of the ~115 phrases would try each at every offset of every block;
// the scan (skip-scan.ts) reads about one offset in seven. Its phrases are those of MIN_SCANNED_CHARS or more: a table's
// shorter ones are searched for by the test of that table alone (shortPhrases).
let furnitureScan: SkipScan | undefined;
let scannedText = '';
let scannedHit = false;
/**
 * Whether lower-cased text may hold a phrase of a table whose phrases shorter than MIN_SCANNED_CHARS are `short`:
 * it holds a scanned phrase of any of the tables (remembered for the last text), or one of `short`.
 */
function mentionsFurniturePhrase(lower: string, short: readonly string[]): boolean {
  if (lower !== scannedText) {
    scannedText = lower;
    scannedHit = (furnitureScan ??= new SkipScan(FURNITURE_PHRASES.filter((p) => p.length >= MIN_SCANNED_CHARS))).holdsPhrase(lower);
  }
  if (scannedHit) return true;
  for (let i = 0; i < short.length; i++) if (lower.includes(short[i])) return true;
  return false;
}
/**
 * Whether lower-cased text may hold a phrase of any of the consent, legal, promotion and comment-notice tables: none of
 * isConsentText, isLegalNotice, hasPromoPhrase and isCommentNotice matches a text without (each asks
 * mentionsFurniturePhrase first, with its table's share of the short phrases searched for here).
 */
export function mayHoldFurniturePhrase(lower: string, short = true): boolean {
  return mentionsFurniturePhrase(lower, short ? (allShort ??= shortFurniturePhrases()) : NO_PHRASES);
}
let allShort: readonly string[] | undefined;
const NO_PHRASES: readonly string[] = [];
/**
 * The furniture tables' phrases that the scan leaves out, for mayHoldFurniturePhrase to search for itself (`short`: false
 * for a text that holds none of them, cue-signs.ts's SHORT_PHRASE_SIGN). Each holds an í, which the sign looks for.
 */
export function shortFurniturePhrases(): readonly string[] {
  return [...CONSENT_SHORT, ...LEGAL_SHORT, ...PROMO_SHORT, ...COMMENT_NOTICE_SHORT];
}
/** The character each of shortFurniturePhrases() holds: a line that lower-cases to none holds none of them. */
export const SHORT_PHRASE_CHARACTER = 'í';
/** A table's phrases that the furniture scan leaves out, for its test to search for itself. */
function shortPhrases(table: Readonly<Record<string, readonly string[]>>): readonly string[] {
  return Object.values(table).flat().filter((p) => p.length < MIN_SCANNED_CHARS);
}
