import { phraseSet } from './phrase-set.js';

/**
 * Image credit labels: "Picture Courtesy: X/ MEA India", "Photo: AFP",
 * "(Image: Reuters)", "Photograph: Getty Images", "Foto: dpa".
 */

export const CREDIT_LABELS = {
  en: ['picture courtesy', 'photo courtesy', 'image courtesy', 'courtesy', 'photo credit', 'photo credits', 'image credit', 'image credits', 'picture credit', 'image source', 'photo source', 'source', 'photo', 'photos', 'photograph', 'photographs', 'photography', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'illustration', 'video', 'file photo', 'representational image', 'representative image', 'credit', 'credits', 'photo illustration', 'image copyright', 'copyright', 'picture source', 'source image', 'photo by', 'image by', 'photograph by'],
  hi: ['फोटो', 'फ़ोटो', 'तस्वीर', 'चित्र', 'फोटो साभार', 'साभार', 'सांकेतिक तस्वीर', 'प्रतीकात्मक तस्वीर'],
  es: ['foto', 'fotos', 'fotografía', 'imagen', 'crédito', 'créditos', 'fuente'],
  fr: ['photo', 'crédit photo', 'crédits photo', 'image', 'illustration', 'crédit', 'source'],
  de: ['foto', 'fotos', 'bild', 'bildquelle', 'quelle', 'grafik', 'illustration'],
  pt: ['foto', 'fotos', 'imagem', 'crédito', 'créditos', 'fonte', 'reprodução'],
} as const;

/** Labels of a caption line that carries no credit ("Image caption, …"): furniture, not body. */
export const CAPTION_LABELS = {
  en: ['image caption', 'caption', 'photo caption', 'video caption', 'media caption'],
  hi: ['फोटो कैप्शन', 'कैप्शन'],
  es: ['pie de foto', 'leyenda'],
  fr: ['légende', 'légende photo'],
  de: ['bildunterschrift', 'bildtext'],
  pt: ['legenda', 'legenda da foto'],
} as const;

/** Photo agencies that are a credit on their own line ("Getty Images"); news wires alone on a line are a byline. */
export const PHOTO_ONLY_AGENCIES = ['Getty Images', 'Getty', 'Shutterstock', 'iStock', 'iStockphoto', 'Alamy', 'Unsplash', 'Wikimedia Commons', 'PA Images', 'Sipa', 'Keystone'] as const;

/** Wire and photo agencies that appear in credits ("AFP/Getty Images", "REUTERS/Jane Doe"). */
export const PHOTO_AGENCIES = ['AFP', 'AP', 'Reuters', 'Getty Images', 'Getty', 'EPA', 'PTI', 'ANI', 'IANS', 'Shutterstock', 'iStock', 'Alamy', 'dpa', 'EFE', 'Xinhua', 'Bloomberg', 'Agência Brasil', 'Europa Press', 'Keystone', 'Sipa', 'Wikimedia Commons', 'Unsplash', 'PA', 'PA Images', 'Associated Press', 'EFE', 'Agencia EFE', 'ANSA', 'Kyodo', 'Yonhap', 'AAP', 'Anadolu', 'TASS', 'Imago', 'Action Images', 'Divulgação', 'Reprodução', 'Folhapress', 'Estadão Conteúdo'] as const;

export const LABELS = phraseSet(CREDIT_LABELS);
export const CAPTIONS = phraseSet(CAPTION_LABELS);
/** Labels of several words ("image copyright", "image caption"): a line may start with one without a separator. */
export const MULTIWORD_LABELS: ReadonlySet<string> = new Set([...LABELS, ...CAPTIONS].filter((l) => l.includes(' ')));
/** PHOTO_ONLY_AGENCIES as lookup keys. */
export const PHOTO_ONLY_KEYS: ReadonlySet<string> = new Set(PHOTO_ONLY_AGENCIES.map((a) => a.toLowerCase()));
