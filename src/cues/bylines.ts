/** Byline cues: the words that introduce authors, and the wire agencies named in bylines. */
import { phraseAlternation, allLanguages } from './phrase-regex.js';

export const BY_WORDS = {
  en: ['by', 'written by', 'words by', 'reported by', 'story by', 'posted by', 'author', 'authors', 'reporter'],
  hi: ['लेखक', 'द्वारा', 'रिपोर्ट'],
  es: ['por', 'escrito por', 'autor', 'redacción'],
  fr: ['par', 'écrit par', 'auteur', 'rédaction'],
  de: ['von', 'autor', 'autorin', 'ein beitrag von'],
  pt: ['por', 'escrito por', 'autor', 'redação'],
} as const;

/** A line that starts with a by-word followed by a capitalised name: "By Jane Doe", "Por María López". */
export const BYLINE_START = new RegExp(`^(?:${phraseAlternation(allLanguages(BY_WORDS))})\\s*[:：]?\\s+(?=\\p{Lu})`, 'iu');

/** News agencies that appear in bylines and datelines, as printed. */
export const AGENCIES = ['IANS', 'PTI', 'ANI', 'UNI', 'Reuters', 'AFP', 'AP', 'Associated Press', 'Bloomberg', 'dpa', 'DPA', 'EFE', 'Xinhua', 'Agence France-Presse', 'Press Trust of India', 'Europa Press', 'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'Anadolu', 'Agência Brasil', 'Lusa', 'CNA', 'PA', 'PA Media', 'AAP', 'CP', 'The Canadian Press', 'Bernama', 'Antara', 'Tribune News Service', 'HT Correspondent', 'TNN', 'ENS', 'Express News Service'] as const;

export const AGENCY_PATTERN = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(AGENCIES)})(?![\\p{L}])`, 'u');

/** Role words stripped from a speaker or author to reach the name: "Home Minister Shah" -> "Shah". */
export const ROLE_WORDS = ['union', 'home', 'foreign', 'finance', 'defence', 'defense', 'external', 'affairs', 'prime', 'chief', 'deputy', 'vice', 'minister', 'president', 'secretary', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'ambassador', 'ceo', 'chairman', 'chairperson', 'leader', 'spokesperson', 'spokesman', 'spokeswoman', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'shri', 'smt', 'general', 'gen.', 'former', 'state', 'party', 'opposition', 'congress', 'mp', 'mla', 'judge', 'justice', 'pope', 'king', 'queen', 'prince', 'princess', 'actor', 'actress', 'star', 'singer', 'coach', 'captain'] as const;
