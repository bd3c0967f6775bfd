/**
 * Lines that are page furniture, not article, recognised by what they say.
 * Grouped by concept, then language. Each concept becomes one whole-line or
 * prefix regex in classify/rules/boilerplate.ts.
 */
import { phraseAlternation, allLanguages } from './phrase-regex.js';

/** Ad slot labels, matched as the whole line ("ADVT", "Advertisement", "- Advertisement -"). */
export const AD_LABELS = {
  en: ['advertisement', 'advt', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted', 'story continues below advertisement', 'article continues below advertisement', 'continue reading below', 'scroll to continue with content', 'promotion', 'partner content'],
  hi: ['विज्ञापन'],
  es: ['publicidad', 'anuncio', 'contenido patrocinado'],
  fr: ['publicité', 'pub', 'contenu sponsorisé'],
  de: ['anzeige', 'werbung', 'gesponsert'],
  pt: ['publicidade', 'anúncio', 'conteúdo patrocinado'],
} as const;

/** Share / follow / social buttons, matched as the whole line. */
export const SHARE_LABELS = {
  en: ['share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'share on x', 'share on whatsapp', 'share on linkedin', 'share via email', 'tweet', 'email', 'print', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'pinterest', 'reddit', 'telegram', 'instagram', 'youtube', 'copy link', 'link copied', 'follow us', 'follow us on', 'comment', 'comments', 'save', 'bookmark', 'listen', 'listen to this article', 'read later', 'rss', 'more', 'menu', 'search', 'close', 'home', 'sign in', 'log in', 'login', 'register', 'subscribe', 'sign up', 'log out', 'my account', 'skip to content', 'skip to main content', 'back to top', 'next', 'previous', 'prev', 'load more', 'show more', 'view all', 'see all', 'toggle navigation', 'open menu', 'go', 'x'],
  hi: ['शेयर', 'शेयर करें', 'फॉलो करें', 'होम', 'खोजें', 'लॉग इन', 'सब्सक्राइब'],
  es: ['compartir', 'comparte', 'imprimir', 'comentarios', 'seguir', 'síguenos', 'buscar', 'inicio', 'iniciar sesión', 'suscríbete', 'menú', 'cerrar'],
  fr: ['partager', 'imprimer', 'commentaires', 'suivre', 'suivez-nous', 'rechercher', 'accueil', 'se connecter', "s'abonner", 'abonnez-vous', 'fermer'],
  de: ['teilen', 'drucken', 'kommentare', 'folgen', 'folgen sie uns', 'suche', 'startseite', 'anmelden', 'abonnieren', 'schließen', 'mehr'],
  pt: ['compartilhar', 'partilhar', 'imprimir', 'comentários', 'seguir', 'siga-nos', 'buscar', 'pesquisar', 'início', 'entrar', 'assine', 'fechar'],
} as const;

/** Footer, legal, consent and subscription lines, matched at the start of the line. */
export const FOOTER_PREFIXES = {
  en: ['©', 'copyright', '(c) ', 'all rights reserved', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy', 'cookie settings', 'we use cookies', 'this website uses cookies', 'this site uses cookies', 'by continuing to use', 'accept cookies', 'accept all', 'manage cookies', 'do not sell my', 'contact us', 'about us', 'advertise with us', 'sign up for', 'subscribe to our', 'subscribe now', 'get our newsletter', 'newsletter', 'download the app', 'download our app', 'follow us on', 'join our', 'click here to', 'you must be logged in', 'log in to comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'comments are closed', 'your email address will not be published', 'tags:', 'topics:', 'filed under', 'read more:', 'trending:', 'also watch', 'watch:', 'click to', 'report an error', 'disclaimer:'],
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
} as const;

const wholeLine = (table: Readonly<Record<string, readonly string[]>>) =>
  new RegExp(`^[\\s\\-–—•·|:>*]*(?:${phraseAlternation(allLanguages(table))})[\\s\\-–—•·|:.!]*$`, 'iu');

export const AD_LINE = wholeLine(AD_LABELS);
export const SHARE_LINE = wholeLine(SHARE_LABELS);
export const COMMENT_HEADING_LINE = new RegExp(
  `^(?:\\d+\\s+)?(?:${phraseAlternation(allLanguages(COMMENT_HEADINGS))})(?:\\s*\\(\\d+\\))?[\\s:.]*$`,
  'iu',
);
export const FOOTER_LINE = new RegExp(`^(?:${phraseAlternation(allLanguages(FOOTER_PREFIXES))})`, 'iu');
