/**
 * The character set an HTML page declares for itself: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">` in the
 * first 1024 bytes (the HTML standard's prescan window), with the standard's
 * label aliases (ISO-8859-1 and US-ASCII are read as Windows-1252).
 */
import { iconv } from './iconv.js';

// The HTML standard's encoding-sniffing prescan looks at the first 1024 bytes only.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** WHATWG Encoding labels that name a different encoding than iconv would use. */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'l1': 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'x-user-defined': 'windows-1252',
  // A page whose bytes could be prescanned as ASCII is not UTF-16, whatever it says.
  'utf-16': 'utf-8', 'utf-16le': 'utf-8', 'utf-16be': 'utf-8',
};

/** The declared encoding, as an iconv-lite name, or null when none is declared or iconv does not know it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  const name = LABEL_ALIASES[label] ?? label;
  return iconv().encodingExists(name) ? name : null;
}
