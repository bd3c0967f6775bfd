import { describe, expect, it } from 'vitest';
import { agencyLine, parseByline } from '../../src/assemble/byline.js';

describe('bylines', () => {
  it('should read authors and the agency printed in the byline', () => {
    expect(parseByline('By Jane Doe and John Roe, Reuters', null)).toEqual({ raw: 'By Jane Doe and John Roe, Reuters', authors: ['Jane Doe', 'John Roe'], agency: 'Reuters' });
  });
  it('should take a line that is only an agency name for the agency', () => {
    expect(agencyLine('Associated Press')).toBe('Associated Press');
    expect(agencyLine('ap')).toBeNull();
    expect(agencyLine('AP')).toBe('AP');
  });
  it('should not take a sentence that mentions an agency for an agency line', () => {
    expect(agencyLine('Reuters reported the deal on Monday.')).toBeNull();
  });
});
