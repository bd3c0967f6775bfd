/**
 * Function words by language. Prose is dense in them and navigation, buttons
 * and headlines are not, which is the single strongest text-only signal of
 * "this line is article text" (the jusText observation). Short, high-frequency
 * lists on purpose: the ratio, not coverage, is what is measured.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'not', 'which', 'who', 'will', 'would', 'can', 'could', 'said', 'there', 'than', 'into', 'about', 'also', 'after', 'over', 'more', 'when', 'what', 'if', 'so', 'do', 'does', 'did', 'all', 'one', 'up', 'out', 'them', 'him', 'my', 'while', 'because', 'how', 'some', 'other', 'such', 'only', 'just', 'like', 'very', 'being', 'where', 'any', 'most', 'new', 'no'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'y', 'o', 'de', 'del', 'en', 'a', 'al', 'por', 'para', 'con', 'que', 'se', 'es', 'son', 'fue', 'ha', 'han', 'su', 'sus', 'lo', 'le', 'les', 'como', 'más', 'pero', 'sin', 'sobre', 'este', 'esta', 'entre', 'también', 'muy', 'ya', 'no', 'si', 'porque', 'cuando', 'donde', 'hay', 'era', 'desde'],
  fr: ['le', 'la', 'les', 'un', 'une', 'des', 'et', 'ou', 'de', 'du', 'en', 'à', 'au', 'aux', 'par', 'pour', 'avec', 'que', 'qui', 'se', 'est', 'sont', 'a', 'ont', 'été', 'son', 'sa', 'ses', 'ce', 'cette', 'dans', 'sur', 'pas', 'ne', 'plus', 'il', 'elle', 'ils', 'nous', 'vous', 'mais', 'comme', 'aussi', 'leur', 'leurs', 'être', 'très', 'où'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'in', 'im', 'an', 'am', 'auf', 'für', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'aus', 'ist', 'sind', 'war', 'hat', 'haben', 'wird', 'werden', 'nicht', 'auch', 'sich', 'es', 'er', 'sie', 'wir', 'dass', 'als', 'wie', 'noch', 'nach', 'aber', 'nur', 'so', 'über'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'por', 'para', 'com', 'que', 'se', 'é', 'são', 'foi', 'ao', 'à', 'seu', 'sua', 'mais', 'mas', 'como', 'não', 'também', 'ele', 'ela', 'eles', 'pelo', 'pela', 'entre', 'sobre', 'já', 'muito', 'quando', 'onde', 'até'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'e', 'o', 'di', 'del', 'della', 'dei', 'in', 'nel', 'nella', 'a', 'al', 'alla', 'da', 'per', 'con', 'su', 'che', 'è', 'sono', 'ha', 'non', 'si', 'come', 'anche', 'più', 'ma'],
  nl: ['de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'te', 'voor', 'met', 'door', 'aan', 'is', 'zijn', 'was', 'heeft', 'hebben', 'niet', 'dat', 'die', 'er', 'ook', 'als', 'bij', 'om', 'naar', 'maar', 'wordt'],
  ru: ['и', 'в', 'во', 'не', 'что', 'он', 'на', 'я', 'с', 'со', 'как', 'а', 'то', 'все', 'она', 'так', 'его', 'но', 'да', 'ты', 'к', 'у', 'же', 'вы', 'за', 'бы', 'по', 'только', 'ее', 'мне', 'было', 'вот', 'от', 'меня', 'еще', 'нет', 'о', 'из', 'ему', 'теперь', 'когда', 'даже', 'ну', 'ли', 'если', 'уже', 'или', 'ни', 'быть', 'был', 'него', 'до', 'вас', 'для', 'это', 'этот', 'при', 'также', 'можно', 'чтобы'],
  uk: ['і', 'й', 'та', 'в', 'у', 'на', 'з', 'із', 'що', 'не', 'як', 'до', 'для', 'це', 'від', 'по', 'за', 'але', 'або', 'його', 'її', 'які', 'який', 'яка', 'також', 'було', 'буде'],
  id: ['yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'akan', 'pada', 'juga', 'dalam', 'ada', 'adalah', 'oleh', 'karena', 'atau', 'kita', 'kami', 'mereka', 'sudah', 'bisa', 'saya', 'seperti', 'lebih', 'jika', 'bahwa', 'tetapi', 'hanya', 'saja', 'agar', 'jangan'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'çok', 'gibi', 'daha', 'olarak', 'ama', 'ancak', 'kadar', 'olan', 'en', 'ne', 'mi', 'sonra', 'her', 'şey', 'değil', 'var', 'yok'],
  pl: ['i', 'w', 'z', 'na', 'się', 'nie', 'do', 'to', 'że', 'jest', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'jego', 'są', 'przez', 'być', 'dla', 'czy', 'oraz', 'który', 'która', 'które'],
  sv: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'var', 'men', 'så', 'vi', 'från', 'kan', 'också'],
  ro: ['și', 'în', 'la', 'de', 'cu', 'pe', 'nu', 'că', 'o', 'un', 'din', 'care', 'este', 'sunt', 'mai', 'pentru', 'sau', 'dar', 'fost', 'acest', 'această'],
  vi: ['và', 'của', 'là', 'có', 'được', 'cho', 'không', 'trong', 'những', 'các', 'với', 'một', 'này', 'đã', 'để', 'người', 'khi', 'từ', 'cũng', 'như'],
  hi: ['के', 'का', 'की', 'को', 'में', 'से', 'पर', 'है', 'हैं', 'था', 'थी', 'थे', 'और', 'या', 'कि', 'ने', 'भी', 'यह', 'वह', 'इस', 'उस', 'एक', 'लिए', 'तक', 'साथ', 'कहा', 'नहीं', 'हो', 'गया', 'गई', 'रहा', 'रही', 'किया', 'जो', 'अपने', 'बाद'],
};

/** One set for all languages: a page's language is not known in advance, and the lists barely collide with content words. */
export const STOPWORD_SET: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat());
