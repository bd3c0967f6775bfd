import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { describeDifference } from '../../src/check/describe.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

describe('describeDifference', () => {
  it('should mark changed words git-style in plain text', () => {
    const lines = describeDifference({ path: 'title', change: 'changed', expected: 'India and US talk', actual: 'India and UK talk' }, plain);
    expect(lines).toEqual(['title changed', '- India and [-US-] talk', '+ India and {+UK+} talk']);
  });
  it('should keep only the words around a change in a long paragraph', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const changed = [...words];
    changed[20] = 'CHANGED';
    const [, minus] = describeDifference({ path: 'body[0]', change: 'changed', expected: words.join(' '), actual: changed.join(' ') }, plain);
    expect(minus).toBe('- … w12 w13 w14 w15 w16 w17 w18 w19 [-w20-] w21 w22 w23 w24 w25 w26 w27 w28 …');
  });
  it('should not mark a value that changed entirely', () => {
    expect(describeDifference({ path: 'section', change: 'changed', expected: 'India', actual: 'World' }, plain)).toEqual(['section changed', '- India', '+ World']);
  });
  it('should not mark a text that shares only spaces with the expected one', () => {
    expect(describeDifference({ path: 'imageCredits[0].credit', change: 'changed', expected: 'ITV, ASSOCIATED PRESS', actual: 'Associated Press' }, plain)).toEqual([
      'imageCredits[0].credit changed',
      '- ITV, ASSOCIATED PRESS',
      '+ Associated Press',
    ]);
  });
  it('should quote texts that differ only in spacing, so the difference shows', () => {
    expect(describeDifference({ path: 'title', change: 'changed', expected: 'A title ', actual: 'A title' }, plain)).toEqual(['title changed', '- "A title "', '+ "A title"']);
  });
  it('should show a dropped item on a minus line and non-strings as JSON', () => {
    expect(describeDifference({ path: 'related[2]', change: 'dropped', expected: { title: 'T', summary: null } }, plain)).toEqual([
      'related[2] dropped',
      '- {"title":"T","summary":null}',
    ]);
  });
  it('should colour instead of marking when given colour', () => {
    const [, minus] = describeDifference({ path: 'title', change: 'changed', expected: 'a b c', actual: 'a x c' }, colour);
    expect(minus).toContain('\u001b[41m');
    expect(minus).not.toContain('[-');
  });
});
