import { describe, expect, it } from 'vitest';
import { platformIn } from '../../src/assemble/platform.js';
import { allLanguages, LATIN_LETTER, phraseAlternation } from '../../src/cues/phrase-regex.js';
import { PLATFORM_NAMES, PLATFORM_POSTPOSITIONS, PLATFORM_PREPOSITIONS, PLATFORM_VERBS, POST_NOUNS, type Platform } from '../../src/cues/social.js';
import { corpusLines } from '../corpus-lines.js';

// platformIn as it was before it asked one scan for any name or verb first: its regexes, built as platform.ts builds them.
const byName = new Map<string, Platform>(PLATFORM_NAMES.map(([n, p]) => [n, p]));
const X_FORMS = PLATFORM_NAMES.map(([n]) => n).filter((n) => n === 'x' || n.startsWith('x ') || n.startsWith('x,'));
const OTHER_NAMES = PLATFORM_NAMES.map(([n]) => n).filter((n) => !X_FORMS.includes(n));
const LETTER = `${LATIN_LETTER}\\u0900-\\u097F`;
const OTHER = new RegExp(`(?<![${LETTER}])(${phraseAlternation(OTHER_NAMES)})(?![${LETTER}])`, 'g');
const X = new RegExp(`(?<![${LETTER}@#])X(?:\\s*\\((?:formerly|previously)(?: known as)? Twitter\\)|,\\s*formerly Twitter)?(?![${LETTER}\\d])`, 'g');
const NOUNS = phraseAlternation([...allLanguages(POST_NOUNS), 'handle', 'account', 'page', 'profile', 'channel', 'feed', 'timeline', 'live', 'stories']);
const DETERMINERS = `(?:his|her|their|its|the|an?|official|own|verified|personal|sa|son|ses|su|sus|seu|sua|seinem|seiner|ihrem|ihrer|le|la|el|o|a|[${LATIN_LETTER}]+['’]s)`;
const CONTEXT_BEFORE = new RegExp(`(?:^|[\\s(])(?:${PLATFORM_PREPOSITIONS.join('|')})\\s+(?:${DETERMINERS}\\s+)*(?:(?:${NOUNS})\\s+(?:on\\s+)?)?$`);
const CONTEXT_AFTER = new RegExp(`^\\s*(?:${NOUNS}|${PLATFORM_POSTPOSITIONS.join('|')})(?![${LETTER}])`);
const VERB = new RegExp(`(?<![${LETTER}])(${phraseAlternation(PLATFORM_VERBS.map(([v]) => v))})(?![${LETTER}])`);
const inContext = (lower: string, index: number, length: number) =>
  CONTEXT_BEFORE.test(lower.slice(Math.max(0, index - 60), index)) || CONTEXT_AFTER.test(lower.slice(index + length, index + length + 20));

function formerPlatformIn(text: string): Platform | null {
  const lower = text.toLowerCase();
  OTHER.lastIndex = 0;
  for (let m = OTHER.exec(lower); m !== null; m = OTHER.exec(lower)) if (inContext(lower, m.index, m[0].length)) return byName.get(m[1].replace(/\s+/g, ' ')) ?? 'other';
  X.lastIndex = 0;
  if (lower.length === text.length) for (let m = X.exec(text); m !== null; m = X.exec(text)) if (inContext(lower, m.index, m[0].length)) return 'x';
  const v = VERB.exec(lower);
  return v ? (PLATFORM_VERBS.find(([verb]) => verb === v[1])?.[1] ?? null) : null;
}

describe('platformIn', () => {
  it('should name the platform of every corpus and fixture line as its former definition did', () => {
    const lines = corpusLines();
    expect(lines.filter((l) => platformIn(l) !== formerPlatformIn(l))).toEqual([]);
  });
  it('should name the platform of built lines as its former definition did (names, verbs, X, cases, scripts)', () => {
    const words = [...PLATFORM_NAMES.map(([n]) => n), ...PLATFORM_VERBS.map(([v]) => v), 'X', 'Twitter', 'TWITTER', 'Tweeted', 'truth  social', 'Truth\nSocial', 'İnstagram', '\u212aoo', 'xinsta', 'fbi', 'ट्विटरपर'];
    const frames = ['posted on {}', 'in a post on {}: "hi"', '{} post', 'via {}.', 'said {}', '"{}"', 'a{}b', '@{}', '#{}', 'on {}', '{} पर', 'on his verified {} account'];
    const lines = frames.flatMap((f) => words.map((w) => f.replace('{}', w)));
    expect(lines.filter((l) => platformIn(l) !== formerPlatformIn(l))).toEqual([]);
    expect(platformIn('posted on Instagram')).toBe('instagram');
    expect(platformIn('he tweeted')).toBe('x');
    expect(platformIn('in a post on X')).toBe('x');
  });
});
