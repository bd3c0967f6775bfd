/**
 * Image credit labels: "Picture Courtesy: X/ MEA India", "Photo: AFP",
 * "(Image: Reuters)", "Photograph: Getty Images", "Foto: dpa".
 */
import { phraseAlternation, allLanguages } from './phrase-regex.js';

export const CREDIT_LABELS = {
  en: ['picture courtesy', 'photo courtesy', 'image courtesy', 'courtesy', 'photo credit', 'photo credits', 'image credit', 'image credits', 'picture credit', 'image source', 'photo source', 'source', 'photo', 'photos', 'photograph', 'photographs', 'photography', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'illustration', 'video', 'file photo', 'representational image', 'representative image', 'credit', 'credits', 'photo illustration'],
  hi: ['फोटो', 'फ़ोटो', 'तस्वीर', 'चित्र', 'फोटो साभार', 'साभार', 'सांकेतिक तस्वीर', 'प्रतीकात्मक तस्वीर'],
  es: ['foto', 'fotos', 'fotografía', 'imagen', 'crédito', 'créditos', 'fuente'],
  fr: ['photo', 'crédit photo', 'crédits photo', 'image', 'illustration', 'crédit', 'source'],
  de: ['foto', 'fotos', 'bild', 'bildquelle', 'quelle', 'grafik', 'illustration'],
  pt: ['foto', 'fotos', 'imagem', 'crédito', 'créditos', 'fonte', 'reprodução'],
} as const;

const LABELS = phraseAlternation(allLanguages(CREDIT_LABELS));

/** A whole line that is a credit: "Photo: AFP", "Picture Courtesy: X/ MEA India". Group 1 is the credit. */
export const CREDIT_LINE = new RegExp(`^[([]?\\s*(?:${LABELS})\\s*(?:[:：|]|by\\b)\\s*(.+?)\\s*[)\\]]?$`, 'iu');

/** A credit at the end of a caption: "… on Monday. (Photo: AFP/Getty Images)", "… | Photo Credit: PTI". Group 1 is the credit. */
export const TRAILING_CREDIT = new RegExp(`(?:[(\\[]\\s*(?:${LABELS})\\s*[:：]\\s*([^)\\]]+?)\\s*[)\\]]|[|]\\s*(?:${LABELS})\\s*[:：]?\\s*(.+))\\s*$`, 'iu');

/** Wire and photo agencies that appear as bare credits ("AFP/Getty Images", "Reuters"). */
export const PHOTO_AGENCIES = ['AFP', 'AP', 'Reuters', 'Getty Images', 'Getty', 'EPA', 'PTI', 'ANI', 'IANS', 'Shutterstock', 'iStock', 'Alamy', 'dpa', 'EFE', 'Xinhua', 'Bloomberg', 'Agência Brasil', 'Europa Press', 'Keystone', 'Sipa', 'Wikimedia Commons', 'Unsplash', 'PA', 'PA Images', 'Associated Press'] as const;
