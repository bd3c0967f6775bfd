import { describe, expect, it } from 'vitest';
import { agencyLine, parseByline } from '../../src/assemble/byline.js';
import { AGENCIES } from '../../src/cues/bylines.js';

describe('bylines', () => {
  it('should read authors and the agency printed in the byline', () => {
    expect(parseByline('By Jane Doe and John Roe, Reuters', null)).toEqual({ raw: 'By Jane Doe and John Roe, Reuters', authors: ['Jane Doe', 'John Roe'], agency: 'Reuters' });
  });
  it('should end a name where its job title or contact details start, glued or not', () => {
    expect(parseByline('Meg JamesStaff Writer', null).authors).toEqual(['Meg James']);
    expect(parseByline('By Yasemin Saplakoglu Staff Writer', null).authors).toEqual(['Yasemin Saplakoglu']);
    expect(parseByline('Megan Rowe meganr (509) 459-5382', null).authors).toEqual(['Megan Rowe']);
    expect(parseByline('By Ana de la Cruz', null).authors).toEqual(['Ana de la Cruz']);
  });
  it('should read "Posted by <name> on <date>" as a byline, not a date label', () => {
    expect(parseByline('Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', 'November 19, 2019, 6:21 AM EST').authors).toEqual(['Michael David Smith']);
  });
  it('should read names from the first segment and an agency from any', () => {
    expect(parseByline('By Tim Childers - Live Science Contributor', null).authors).toEqual(['Tim Childers']);
    expect(parseByline('By Jane Doe - Reuters', null)).toMatchObject({ authors: ['Jane Doe'], agency: 'Reuters' });
  });
  it('should take a line that is only an agency name for the agency', () => {
    expect(agencyLine('Associated Press')).toBe('Associated Press');
    expect(agencyLine('ap')).toBeNull();
    expect(agencyLine('AP')).toBe('AP');
  });
  it('should start and end every agency with an ASCII letter, as agencyLine assumes before its regex', () => {
    for (const agency of AGENCIES) expect(agency).toMatch(/^[A-Za-z](?:.*[A-Za-z])?$/);
    expect(agencyLine('')).toBeNull();
    expect(agencyLine('Reuters.')).toBeNull();
  });
  it('should split a job title glued to a name after any lower-case letter', () => {
    expect(parseByline('By José MartínRedactor', null).authors).toEqual(['José Martín']);
    expect(parseByline('By Ana PeñaRedactora', null).authors).toEqual(['Ana Peña']);
    expect(parseByline('By Ana Peña', null).authors).toEqual(['Ana Peña']);
  });
  it('should take the agency from the line under the byline when the byline names none', () => {
    expect(parseByline('Meg Kinnard and Errin Haines', null, 'Associated Press')).toEqual({ raw: 'Meg Kinnard and Errin Haines', authors: ['Meg Kinnard', 'Errin Haines'], agency: 'Associated Press' });
    expect(parseByline('By Jane Doe - Reuters', null, 'Associated Press').agency).toBe('Reuters');
    expect(parseByline('By Jane Doe', null, 'Reuters reported the deal on Monday.').agency).toBeNull();
  });
  it('should not take a sentence that mentions an agency for an agency line', () => {
    expect(agencyLine('Reuters reported the deal on Monday.')).toBeNull();
  });
});
