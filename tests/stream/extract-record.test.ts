import { describe, expect, it } from 'vitest';
import { extractRecordLine } from '../../src/stream/extract-record.js';

const page = 'A title for the record page\n\n' + 'This is a paragraph of the article, and it has words that read as prose in English. '.repeat(3);
const parse = (line: string) => JSON.parse(line);

describe('extractRecordLine', () => {
  it('should answer a text record with its id and result on one line', () => {
    const line = extractRecordLine(JSON.stringify({ id: 'a1', text: page }), 1, {});
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trim()).not.toContain('\n');
    expect(parse(line)).toMatchObject({ id: 'a1', ok: true, result: { source: { name: 'a1', format: 'text' } } });
  });
  it('should read an html record as HTML and keep a numeric id a number', () => {
    expect(parse(extractRecordLine(JSON.stringify({ id: 7, html: `<p>${page}</p>` }), 1, {}))).toMatchObject({ id: 7, ok: true, result: { source: { format: 'html' } } });
  });
  it.each([
    ['a line that is not JSON', '{"id": 1, "text": ', null],
    ['a record without id', JSON.stringify({ text: page }), null],
    ['a record with both text and html', JSON.stringify({ id: 'b', text: page, html: page }), 'b'],
    ['a record whose text is not a string', JSON.stringify({ id: 'c', text: 3 }), 'c'],
  ])('should turn %s into a BAD_RECORD error line', (_what, line, id) => {
    expect(parse(extractRecordLine(line, 4, {}))).toEqual({ id, ok: false, error: { code: 'BAD_RECORD', message: expect.stringMatching(/^line 4: /) } });
  });
  it('should turn an unusable page into an error line with the library code', () => {
    expect(parse(extractRecordLine(JSON.stringify({ id: 'e', text: '   ' }), 1, {}))).toMatchObject({ id: 'e', ok: false, error: { code: 'EMPTY_INPUT' } });
  });
});
