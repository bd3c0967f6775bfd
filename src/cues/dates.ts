/**
 * Date vocabulary by language: month and weekday names, the labels that mark a
 * publication time, and time-zone abbreviations with the offset they are taken to mean.
 */
export const MONTHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  // Each entry: the names of month 1..12, full and abbreviated forms.
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'set'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
  de: [['januar', 'jänner'], ['februar'], ['märz', 'maerz', 'mär'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
  pt: [['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio', 'mai'], ['junho'], ['julho'], ['agosto'], ['setembro', 'set'], ['outubro', 'out'], ['novembro'], ['dezembro', 'dez']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  id: [['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember']],
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек']],
  hi: [['जनवरी'], ['फरवरी', 'फ़रवरी'], ['मार्च'], ['अप्रैल'], ['मई'], ['जून'], ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'], ['अक्टूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर']],
};

export const WEEKDAYS = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  hi: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
} as const;

/** Labels before a publication time; "updated" ranks below "published" when both are printed. */
export const PUBLISHED_LABELS = {
  en: ['published', 'published on', 'posted', 'posted on', 'first published', 'released'],
  es: ['publicado', 'publicado el', 'fecha'],
  fr: ['publié le', 'publié', 'mis en ligne le'],
  de: ['veröffentlicht', 'veröffentlicht am', 'erschienen am', 'publiziert am', 'datum'],
  pt: ['publicado', 'publicado em', 'data'],
  hi: ['प्रकाशित', 'प्रकाशित तिथि'],
} as const;

export const UPDATED_LABELS = {
  en: ['updated', 'last updated', 'updated on', 'modified', 'last modified'],
  es: ['actualizado', 'actualizado el'],
  fr: ['mis à jour le', 'mis à jour', 'modifié le'],
  de: ['aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert'],
  pt: ['atualizado', 'atualizado em'],
  hi: ['अपडेटेड', 'अपडेट'],
} as const;

/**
 * Zone abbreviations and their UTC offset in minutes. Ambiguous ones take the
 * reading most common in English-language news (CST = US Central, IST = India).
 */
export const ZONES: Readonly<Record<string, number>> = {
  utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mez: 60, mesz: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, hst: -600,
  et: -300, pt: -480, ct: -360, jst: 540, kst: 540, hkt: 480, sgt: 480, pkt: 300, npt: 345, aest: 600, aedt: 660, acst: 570, awst: 480, nzst: 720, nzdt: 780, msk: 180, brt: -180, art: -180, sast: 120, cat: 120, eat: 180, wat: 60,
};
