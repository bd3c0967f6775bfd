import { describe, expect, it } from 'vitest';
import { nameFromPhrase } from '../../src/assemble/attribution.js';
import { findSocialQuotes } from '../../src/assemble/social-quotes.js';

describe('findSocialQuotes', () => {
  it('should read a quote attributed after it ("…," the MEA posted on X)', () => {
    const [q] = findSocialQuotes(['"Both sides reaffirmed their shared commitment to countering opioids," the MEA posted on X.']);
    expect(q).toEqual({ platform: 'x', speaker: 'MEA', handle: null, text: 'Both sides reaffirmed their shared commitment to countering opioids', paragraph: 0 });
  });
  it('should read a quote attributed before it (In a post on X, … stated, "…")', () => {
    const [q] = findSocialQuotes(['In a post on X, the US Embassy in India had stated, "Thanks to NCB for helping protect Americans!"']);
    expect(q.speaker).toBe('US Embassy in India');
    expect(q.text).toBe('Thanks to NCB for helping protect Americans!');
  });
  it('should resolve a follow-on "he mentioned" to the previous speaker', () => {
    const quotes = findSocialQuotes([
      'Union Home Minister Amit Shah praised the agencies.',
      '"Congratulations to all agencies on busting a cartel," Home Minister Shah had posted on X.',
      '"Our agencies are constantly monitoring these gangs," he mentioned.',
    ]);
    expect(quotes.map((q) => [q.speaker, q.paragraph])).toEqual([['Amit Shah', 1], ['Amit Shah', 2]]);
  });
  it('should name other platforms and handles', () => {
    const [q] = findSocialQuotes(['The actor wrote on Instagram (@someactor), "This was the best day of my life."']);
    expect(q.platform).toBe('instagram');
    expect(q.handle).toBe('@someactor');
  });
  it('should leave ordinary spoken quotes alone', () => {
    expect(findSocialQuotes(['"We will appeal the ruling in the coming days," the lawyer said on Monday.'])).toEqual([]);
  });
  it('should not take the letter x in running text for the platform', () => {
    expect(findSocialQuotes(['"The value of x rose sharply over the year," the professor said on x axis charts.'])).toEqual([]);
  });
});

describe('speaker names', () => {
  it('should keep names that start with an article\'s letters whole', () => {
    expect(nameFromPhrase('Elon Musk')).toBe('Elon Musk');
    expect(nameFromPhrase('Olivia Chen')).toBe('Olivia Chen');
    expect(nameFromPhrase('the MEA')).toBe('MEA');
  });
  it('should drop a role before the name and refuse a sentence\'s first word', () => {
    expect(nameFromPhrase('actor Priya Sharma')).toBe('Priya Sharma');
    expect(nameFromPhrase('In a post')).toBeNull();
  });
});
