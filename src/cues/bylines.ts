/** Byline cues: the words that introduce authors, and the wire agencies named in bylines. */
import { LATIN_LETTER, phraseAlternation } from './phrase-regex.js';
import { leadingPhraseOf, leadsOf, maxWordsOf, phraseSet, type Leads } from './phrase-set.js';
import { OTHER_LETTER, startsWithClass, UPPER } from '../features/char-class.js';

export const BY_WORDS = {
  en: ['by', 'written by', 'words by', 'reported by', 'story by', 'posted by', 'author', 'authors', 'reporter'],
  hi: ['लेखक', 'द्वारा', 'रिपोर्ट'],
  es: ['por', 'escrito por', 'autor', 'redacción'],
  fr: ['par', 'écrit par', 'auteur', 'rédaction'],
  de: ['von', 'autor', 'autorin', 'ein beitrag von'],
  pt: ['por', 'escrito por', 'autor', 'redação'],
} as const;

const BY_SET = phraseSet(BY_WORDS);
const BY_MAX_WORDS = maxWordsOf(BY_SET);
// BY_SET's leads, read on first use (no work at load) and kept: afterByWord runs on every line near the header.
let byLeads: Leads | undefined;

/** What follows the by-word of a byline ("By Jane Doe" -> "Jane Doe"), or null when the line does not open with one and a capitalised name. */
export function afterByWord(text: string): string | null {
  const phrase = leadingPhraseOf(text, BY_SET, (byLeads ??= leadsOf(BY_SET)), BY_MAX_WORDS);
  if (phrase === null) return null;
  const rest = text.split(/\s+/).slice(phrase.split(' ').length).join(' ').replace(/^[:：]\s*/u, '');
  return startsWithClass(rest, UPPER | OTHER_LETTER) ? rest : null;
}

/** News agencies that appear in bylines and datelines, as printed. */
export const AGENCIES = ['IANS', 'PTI', 'ANI', 'UNI', 'Reuters', 'AFP', 'AP', 'Associated Press', 'Bloomberg', 'dpa', 'DPA', 'EFE', 'Xinhua', 'Agence France-Presse', 'Press Trust of India', 'Europa Press', 'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'Anadolu', 'Agência Brasil', 'Lusa', 'CNA', 'PA', 'PA Media', 'AAP', 'CP', 'The Canadian Press', 'Bernama', 'Antara', 'Tribune News Service', 'HT Correspondent', 'TNN', 'ENS', 'Express News Service'] as const;

// Agencies as printed, and Title-cased where the table spells them in capitals ("Ap National Security Writer").
export const AGENCY_PATTERN = new RegExp(`(?<![${LATIN_LETTER}])(?:${phraseAlternation([...AGENCIES, ...AGENCIES.filter((a) => /^[A-Z]+$/.test(a)).map((a) => a[0] + a.slice(1).toLowerCase())])})(?![${LATIN_LETTER}])`);

/** The agency as the table spells it ("Ap" -> "AP"), so one agency has one name in results. */
export function canonicalAgency(printed: string): string {
  return AGENCIES.find((a) => a.toLowerCase() === printed.toLowerCase()) ?? printed;
}

/** Words of a desk or staff byline ("News Nation Bureau", "Darpan News Desk"): the author when a place also stands in the line. */
export const DESK_WORDS = /\b(?:bureau|desk|staff|team|newsroom|news service|correspondent|redacción|rédaction|redaktion|redação|ब्यूरो|डेस्क)\b/iu;

/**
 * Job titles printed after the name in a byline ("Meg James, Staff Writer", "Tim Childers - Live Science
 * Contributor"): the name ends where one starts. Matched on whole words, lower-cased.
 */
export const BYLINE_ROLES = {
  en: ['staff writer', 'senior writer', 'writer', 'columnist', 'business columnist', 'reporter', 'staff reporter', 'senior reporter', 'correspondent', 'contributor', 'contributing writer', 'editor', 'senior editor', 'deputy editor', 'editor-at-large', 'producer', 'analyst', 'critic', 'photographer', 'intern', 'special to'],
  es: ['redactor', 'redactora', 'periodista', 'corresponsal', 'colaborador', 'colaboradora', 'editor', 'editora'],
  fr: ['journaliste', 'correspondant', 'correspondante', 'rédacteur', 'rédactrice', 'envoyé spécial', 'envoyée spéciale'],
  de: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin'],
  pt: ['repórter', 'redator', 'redatora', 'correspondente', 'colaborador', 'colaboradora', 'editor', 'editora'],
  hi: ['संवाददाता', 'रिपोर्टर', 'संपादक'],
} as const;
