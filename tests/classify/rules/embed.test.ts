import { describe, expect, it } from 'vitest';
import { embedAttribution, FACEBOOK, INSTAGRAM } from '../../../src/classify/rules/embed.js';
import { corpusLines } from '../../corpus-lines.js';

/** embedAttribution as it was before its first-character gate: the three regexes on every short line. */
function formerEmbedAttribution(text: string) {
  if (text.length > 140) return null;
  const tweet = /^[—–-]\s*(.+?)\s*\((@[A-Za-z0-9_]{1,15})\)\s+\S.*\d{4}$/u.exec(text);
  if (tweet) return { platform: 'x', speaker: tweet[1], handle: tweet[2] };
  const insta = INSTAGRAM.exec(text);
  if (insta) return { platform: 'instagram', speaker: insta[1], handle: insta[2] };
  const fb = FACEBOOK.exec(text);
  if (fb) return { platform: 'facebook', speaker: fb[1], handle: null };
  return null;
}

describe('embed attribution', () => {
  it('should read the lines the three regexes read, and only those, on every corpus line and built forms', () => {
    const built = [
      '— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019',
      '– Jane Doe (@jane) May 2, 2020',
      '- Jane Doe (@jane) May 2, 2020',
      'A post shared by Jane Doe (@jane.doe) on May 2, 2020',
      'a POST shared by Jane (@j)',
      'Posted by Jane Doe on Monday, May 2, 2020',
      'POSTED BY Jane on May 2020',
      ' — Jane Doe (@jane) May 2, 2020',
      '',
    ];
    for (const line of [...corpusLines(), ...built]) expect(embedAttribution(line), line).toEqual(formerEmbedAttribution(line));
    expect(embedAttribution(built[0])?.platform).toBe('x');
    expect(embedAttribution(built[4])?.platform).toBe('instagram');
    expect(embedAttribution(built[6])?.platform).toBe('facebook');
  });
});
