import { describe, expect, it } from 'vitest';
import { differences } from '../../src/check/differences.js';

describe('differences', () => {
  it('should find nothing in equal values', () => {
    expect(differences('body', ['a', 'b'], ['a', 'b'])).toEqual([]);
  });
  it('should report a paragraph dropped from the middle as one dropped item, not every later one changed', () => {
    expect(differences('body', ['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toEqual([{ path: 'body[1]', change: 'dropped', expected: 'b' }]);
  });
  it('should report an added item at its index in the extracted list', () => {
    expect(differences('related', ['a'], ['a', 'b'])).toEqual([{ path: 'related[1]', change: 'added', actual: 'b' }]);
  });
  it('should pair an item removed and another added at the same place as one changed item', () => {
    expect(differences('body', ['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([{ path: 'body[1]', change: 'changed', expected: 'b', actual: 'B' }]);
  });
  it('should report what is left over after pairing as dropped', () => {
    expect(differences('body', ['a', 'b', 'c', 'd'], ['a', 'B', 'd'])).toEqual([
      { path: 'body[1]', change: 'changed', expected: 'b', actual: 'B' },
      { path: 'body[2]', change: 'dropped', expected: 'c' },
    ]);
  });
  it('should name the field inside a changed list item', () => {
    const quote = { platform: 'x', speaker: 'MEA', text: 'hello' };
    expect(differences('socialQuotes', [quote], [{ ...quote, speaker: 'Kwatra' }])).toEqual([
      { path: 'socialQuotes[0].speaker', change: 'changed', expected: 'MEA', actual: 'Kwatra' },
    ]);
  });
  it('should report a value that became null as changed', () => {
    expect(differences('byline', { raw: 'By A' }, null)).toEqual([{ path: 'byline', change: 'changed', expected: { raw: 'By A' }, actual: null }]);
  });
});
