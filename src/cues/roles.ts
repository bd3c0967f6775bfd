/**
 * Titles and roles that stand before a name ("Union Home Minister Amit Shah",
 * "Millbrook Mayor Dana Whitfield", "U.S. Rep. Greg Tolliver"). A speaker is
 * named without them, the way the article names the person.
 */
import { caseless } from './phrase-regex.js';

export const ROLE_NOUNS = {
  en: ['minister', 'secretary', 'president', 'vice-president', 'premier', 'chancellor', 'mayor', 'governor', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'mla', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'founder', 'director', 'head', 'leader', 'commissioner', 'judge', 'justice', 'official', 'officer', 'coach', 'captain', 'manager', 'striker', 'star', 'actor', 'actress', 'singer', 'rapper', 'king', 'queen', 'prince', 'princess', 'pope', 'gov.', 'gen.', 'general', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.', 'professor', 'shri', 'smt'],
  hi: ['मंत्री', 'प्रधानमंत्री', 'मुख्यमंत्री', 'गृहमंत्री', 'राष्ट्रपति', 'अध्यक्ष', 'कप्तान', 'सांसद', 'विधायक', 'प्रवक्ता', 'राज्यपाल', 'कोच', 'श्री'],
  es: ['ministra', 'ministro', 'presidente', 'presidenta', 'alcalde', 'alcaldesa', 'portavoz', 'secretario', 'secretaria', 'diputado', 'diputada', 'senador', 'senadora', 'consejero', 'consejera', 'director', 'directora', 'entrenador'],
  fr: ['ministre', 'président', 'présidente', 'maire', 'porte-parole', 'secrétaire', 'député', 'députée', 'sénateur', 'sénatrice', 'directeur', 'directrice', 'entraîneur'],
  de: ['minister', 'ministerin', 'präsident', 'präsidentin', 'bürgermeister', 'bürgermeisterin', 'sprecher', 'sprecherin', 'kanzler', 'kanzlerin', 'abgeordneter', 'abgeordnete', 'trainer', 'chef', 'chefin', 'direktor', 'direktorin'],
  pt: ['ministro', 'ministra', 'presidente', 'prefeito', 'prefeita', 'governador', 'governadora', 'deputado', 'deputada', 'senador', 'senadora', 'porta-voz', 'secretário', 'secretária', 'diretor', 'diretora', 'técnico'],
} as const;

const ROLES = new Set<string>(Object.values(ROLE_NOUNS).flat());
// German compounds end in the role: "Verkehrsbürgermeister", "Innenministerin".
// /(?:minister|ministerin|…|senatorin)$/iu with its letters spelled out (caseless): the i flag costs V8 a case fold at compile time.
export const COMPOUND_ROLE = new RegExp(`(?:${['minister', 'ministerin', 'meister', 'meisterin', 'präsident', 'präsidentin', 'sprecher', 'sprecherin', 'senator', 'senatorin'].map(caseless).join('|')})$`, 'u');

export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLES.has(w) || COMPOUND_ROLE.test(w);
}
