/**
 * How articles attribute a quote to a social-media post: the platform's names
 * and the verbs that say "posted it there". Used by assemble/social-quotes.ts.
 */
export type Platform = 'x' | 'instagram' | 'facebook' | 'youtube' | 'threads' | 'linkedin' | 'truth-social' | 'other';

/** Platform names as articles write them, lower-case, mapped to the contract's platform id. */
export const PLATFORM_NAMES: ReadonlyArray<readonly [string, Platform]> = [
  ['x', 'x'], ['twitter', 'x'], ['x (formerly twitter)', 'x'], ['x, formerly twitter', 'x'], ['x (formerly known as twitter)', 'x'],
  ['instagram', 'instagram'], ['insta', 'instagram'],
  ['facebook', 'facebook'], ['fb', 'facebook'],
  ['youtube', 'youtube'],
  ['threads', 'threads'],
  ['linkedin', 'linkedin'],
  ['truth social', 'truth-social'],
  ['इंस्टाग्राम', 'instagram'], ['एक्स', 'x'], ['ट्विटर', 'x'], ['फेसबुक', 'facebook'], ['यूट्यूब', 'youtube'], ['थ्रेड्स', 'threads'], ['लिंक्डइन', 'linkedin'],
  ['bluesky', 'other'], ['mastodon', 'other'], ['telegram', 'other'], ['tiktok', 'other'], ['weibo', 'other'], ['koo', 'other'], ['reddit', 'other'], ['snapchat', 'other'],
];

/** Verbs that name the platform itself as the act of posting ("tweeted"). */
export const PLATFORM_VERBS: ReadonlyArray<readonly [string, Platform]> = [
  ['tweeted', 'x'], ['tweets', 'x'], ['tweeting', 'x'], ['retweeted', 'x'],
];

/** Verbs of saying that, followed by "on <platform>", make a quote a social one. By language. */
export const POST_VERBS = {
  en: ['posted', 'wrote', 'said', 'stated', 'shared', 'tweeted', 'added', 'commented', 'announced', 'declared', 'noted', 'captioned', 'replied', 'responded', 'reacted', 'mentioned', 'claimed', 'asserted', 'remarked', 'alleged', 'urged', 'says', 'writes', 'posts'],
  es: ['publicó', 'escribió', 'dijo', 'afirmó', 'compartió', 'tuiteó'],
  fr: ['a publié', 'a écrit', 'a déclaré', 'a tweeté', 'a partagé'],
  de: ['schrieb', 'postete', 'twitterte', 'erklärte', 'teilte'],
  pt: ['publicou', 'escreveu', 'disse', 'afirmou', 'compartilhou', 'tuitou'],
  hi: ['लिखा', 'पोस्ट किया', 'ट्वीट किया', 'कहा'],
} as const;

/** Nouns for the post itself: "in a post on X", "in a tweet". */
export const POST_NOUNS = {
  en: ['post', 'tweet', 'message', 'statement', 'update', 'video', 'reel', 'story', 'thread'],
  es: ['publicación', 'mensaje', 'tuit'],
  fr: ['message', 'publication', 'tweet'],
  de: ['beitrag', 'post', 'tweet'],
  pt: ['publicação', 'postagem', 'mensagem', 'tuíte'],
  hi: ['पोस्ट', 'ट्वीट'],
} as const;

/** Verbs of ordinary speech, used to spot a follow-on quote ("…," he mentioned). */
export const SPEECH_VERBS = ['said', 'says', 'added', 'mentioned', 'wrote', 'stated', 'noted', 'continued', 'posted', 'tweeted', 'asserted', 'remarked', 'claimed', 'explained', 'told'] as const;

/** Pronouns that refer back to the previous speaker. */
export const PRONOUNS = ['he', 'she', 'they', 'it', 'él', 'ella', 'il', 'elle', 'er', 'sie', 'ele', 'ela'] as const;

/** Prepositions before a platform name ("on X", "sur LinkedIn", "auf Bluesky"), and Hindi's postposition after it ("एक्स पर"). */
export const PLATFORM_PREPOSITIONS = ['on', 'via', 'to', 'in', 'at', 'sur', 'en', 'em', 'auf', 'no', 'na', 'par', 'su', 'op'] as const;
export const PLATFORM_POSTPOSITIONS = ['पर'] as const;

/** Handles as articles print them: @MEAIndia. */
export const HANDLE = /(?<![\w@])@([A-Za-z0-9_]{1,30})\b/;
