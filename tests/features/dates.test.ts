import { describe, expect, it } from 'vitest';
import { findDate, findYearlessDates, SHAPES, validDate } from '../../src/features/dates.js';
import { corpusLines } from '../corpus-lines.js';

describe('findDate', () => {
  it('should find no shape in a line whose only digits are one run of four, which it answers before running them', () => {
    const built = ['January 2018', '© 2019 The Printers', 'Copyright © 2000- MacRumors.com', '2016年08月', 'Rodeo 2019', 'Main 847-3246', 'nov 2019'];
    const lines = [...built, ...corpusLines()].filter((line) => (line.match(/\d/g) ?? []).length === 4 && /\d\d\d\d/.test(line));
    expect(lines.length).toBeGreaterThan(built.length);
    for (const line of lines) {
      for (const shape of SHAPES) expect(shape.re.exec(line.toLowerCase()), line).toBeNull();
      expect(findDate(line), line).toBeNull();
    }
  });
  it('should still read dates whose day stands on either side of the year, or beside a slash', () => {
    expect(findDate('Nov 1 2019')?.iso).toBe('2019-11-01');
    expect(findDate('2019-11-21')?.iso).toBe('2019-11-21');
    expect(findDate('7 de febrero de 2026')?.iso).toBe('2026-02-07');
    expect(findDate('Posted 11/18/19')?.iso).toBe('2019-11-18');
    expect(findDate('Posted 11/18/19 and 2019')?.iso).toBe('2019-11-18');
  });
  it('should answer alike with the lower-cased text handed in as without it', () => {
    for (const line of ['Darpan News Desk IANS, 22 Jan, 2026 01:30 PM', 'Chris Davies - Nov 19, 2019, 10:31 pm CST', 'İSTANBUL 22.01.2026', 'Saturday, February 7, 2026', 'no date 1234']) {
      for (const dayFirst of [false, true]) expect(findDate(line, dayFirst, line.toLowerCase()), line).toEqual(findDate(line, dayFirst));
    }
  });
  it('should read a byline date with a 12-hour time as local ISO time', () => {
    expect(findDate('Darpan News Desk IANS, 22 Jan, 2026 01:30 PM')?.iso).toBe('2026-01-22T13:30');
  });
  it('should turn a printed zone into an offset', () => {
    expect(findDate('Chris Davies - Nov 19, 2019, 10:31 pm CST')?.iso).toBe('2019-11-19T22:31-06:00');
    expect(findDate('Updated: 22 Jan 2026, 1:30 pm IST')?.iso).toBe('2026-01-22T13:30+05:30');
  });
  it('should give the date only when no time is printed', () => {
    expect(findDate('January 22, 2026')?.iso).toBe('2026-01-22');
  });
  it('should mark a weekday-led date as the shape of a page-header date', () => {
    const d = findDate('Saturday, February 7, 2026');
    expect(d?.iso).toBe('2026-02-07');
    expect(d?.weekdayLed).toBe(true);
    expect(d?.hasTime).toBe(false);
  });
  it('should read ISO timestamps with their offset', () => {
    expect(findDate('2019-11-19T22:31:00Z')?.iso).toBe('2019-11-19T22:31:00Z');
    expect(findDate('2019-11-19T22:31:00+0530')?.iso).toBe('2019-11-19T22:31:00+05:30');
  });
  it('should read Spanish, French, German and Portuguese month names', () => {
    expect(findDate('7 de febrero de 2026')?.iso).toBe('2026-02-07');
    expect(findDate('le 3 mars 2025 à 14h05')?.iso).toBe('2025-03-03T14:05');
    expect(findDate('7. Februar 2026, 10:30 Uhr')?.iso).toBe('2026-02-07T10:30');
    expect(findDate('12 de março de 2024')?.iso).toBe('2024-03-12');
  });
  it('should read Russian and Indonesian month names', () => {
    expect(findDate('Текст: Лида Буслаева·11 октября 2018')?.iso).toBe('2018-10-11');
    expect(findDate('Posted on Maret 30, 2015 by Admin')?.iso).toBe('2015-03-30');
  });
  it('should read a clock time glued to the year, as innerText prints some headers', () => {
    expect(findDate('PUBLISHED WED, NOV 20 20194:29 AM EST')?.iso).toBe('2019-11-20T04:29-05:00');
    expect(findDate('Nov 20 201945 comments')).toBeNull();
  });
  it('should read yearless stamps with a clock time in the year given, and leave bare month-days alone', () => {
    expect(findYearlessDates('Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', 2019).map((d) => d.iso)).toEqual(['2019-11-19T09:41', '2019-11-18T20:19']);
    expect(findYearlessDates('The vote is on Nov 19 in the city hall.', 2019)).toEqual([]);
  });
  it('should reject impossible dates', () => {
    expect(findDate('31 Feb 2026')).toBeNull();
  });
  it('should not read a bare number after a date as a time', () => {
    expect(findDate('Jan 5, 2026 12 comments')?.iso).toBe('2026-01-05');
  });
  it('should ask a function for the day order only of a numeric date that reads both ways, and answer as with its value', () => {
    for (const line of ['03/05/2026', '13/05/2026', '03/25/2026', '3/5/26', 'Nov 19, 2019', '22.01.2026', 'no date 1234']) {
      for (const dayFirst of [false, true]) {
        let asked = 0;
        const found = findDate(line, () => (asked++, dayFirst));
        expect(found, line).toEqual(findDate(line, dayFirst));
        expect(asked, line).toBe(['03/05/2026', '3/5/26'].includes(line) ? 1 : 0);
      }
    }
  });
});

describe('validDate', () => {
  it('should tell a real day as Date does, leap years and two-digit years included', () => {
    for (const y of [0, 4, 99, 100, 1900, 1996, 2000, 2023, 2024, 2100, 2400, -4]) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const byDate = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() === mo - 1;
          expect(validDate([y, mo, d]), `${y}-${mo}-${d}`).toBe(byDate);
        }
      }
    }
  });
});
