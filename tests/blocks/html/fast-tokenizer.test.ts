import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { Handler, Parser, ParserOptions, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { withFastScans } from '../../../src/blocks/html/fast-tokenizer.js';
import { HTML_FIXTURE_PAGES, recordingHandler } from './parse-events.js';

const htmlparser2 = createRequire(import.meta.url)('htmlparser2') as {
  Parser: new (handler: Partial<Handler>, options?: ParserOptions) => Parser;
  Tokenizer: typeof Tokenizer;
};
const Fast = withFastScans(htmlparser2.Tokenizer);

/** Every parse event, in order, with the parser's position. */
function events(html: string, options: ParserOptions): string[] {
  const out: string[] = [];
  const parser: Parser = new htmlparser2.Parser(
    {
      onopentag: (name, attribs) => out.push(`open ${name} ${JSON.stringify(attribs)} @${parser.startIndex}`),
      ...recordingHandler(out, () => parser),
    },
    options,
  );
  parser.end(html);
  return out;
}

const fixturePages = HTML_FIXTURE_PAGES;

// Pieces that exercise the skipping: scripts and styles full of '<', comments full of '-', text and
// attribute values with entities and stray ampersands, quotes of the other kind, cut-off ends.
const PIECES = [
  '<a href="', "<a title='", '<img alt=', '" ', "' ", '"', "'", '>', '/x?a=1&b=2', "it's", 'say "hi"', 'plain words ',
  '&', '&#', '&#x27;', '&nbsp', '&nbsp;', '&notin;', 'AT&T', '<script>', '</script>', '</SCRIPT >', '<style>', '</style>',
  '<!--', '-->', '--->', '<', '-', 'a < b', 'if (a<b && c-->0) {}', '</scr', '<p>', '</p>', 'text &amp; more',
  '<title>', '</title>', '<![CDATA[', ']]>', '<!doctype html>', '\n',
];

describe('withFastScans', () => {
  it('should replace the stock tokenizer of this htmlparser2 release', () => {
    expect(Fast).not.toBe(htmlparser2.Tokenizer);
  });

  it('should give the same parse events as the stock tokenizer on the HTML fixtures', () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    for (const page of fixturePages) {
      const html = readFileSync(page, 'utf8');
      expect(events(html, { Tokenizer: Fast })).toEqual(events(html, {}));
    }
  });

  it('should give the same parse events as the stock tokenizer on text, attributes, scripts, styles and comments cut anywhere', () => {
    const html = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(''));
    fc.assert(fc.property(html, (h) => {
      expect(events(h, { Tokenizer: Fast })).toEqual(events(h, {}));
    }), { numRuns: 2000 });
  });
});
