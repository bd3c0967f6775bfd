import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { Handler, Parser, ParserOptions } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { READ_ATTRIBUTES, withFastOpenTags } from '../../../src/blocks/html/fast-parser.js';
import { HTML_FIXTURE_PAGES, recordingHandler } from './parse-events.js';

const htmlparser2 = createRequire(import.meta.url)('htmlparser2') as { Parser: typeof Parser };
const Fast = withFastOpenTags(htmlparser2.Parser);

/** Every parse event, in order, with the parser's position; attributes limited to the ones read. */
function events(ParserClass: typeof Parser, html: string): string[] {
  const out: string[] = [];
  const handler: Partial<Handler> = {
    onopentag: (name, attribs) => {
      const read = Object.entries(attribs).filter(([k]) => READ_ATTRIBUTES.has(k));
      out.push(`open ${name} ${JSON.stringify(read)} @${parser.startIndex}-${parser.endIndex}`);
    },
    ...recordingHandler(out, () => parser),
  };
  const parser: Parser = new ParserClass(handler, {} as ParserOptions);
  parser.end(html);
  return out;
}

const fixturePages = HTML_FIXTURE_PAGES;

// Names in any case, read and unread attributes, repeats, entities in values, bare and quoted values.
const PIECES = [
  '<div', '<DIV', '<Div', '<p', '<svg', '<path', '<my-element', '</div>', '</DIV>', '</p>', '</svg>', '>', '/>', ' ',
  'class="a b"', 'CLASS="Up"', 'class=bare', "class='single'", 'id="x"', 'Id="y"', 'style="display:none"', 'hidden',
  'href="/a?b=1&amp;c=2"', 'data-src="&#x41;"', 'srcset="a.jpg 1x"', 'onclick="f()"', 'd="M0 0"', 'aria-hidden="true"',
  'title="&quot;T&quot;"', 'data-x=1', '=', '"', "'", 'text', '&amp;', '<br>', '</br>', '<!-- c -->', '<script>', '</script>',
];

describe('withFastOpenTags', () => {
  it('should replace the stock parser of this htmlparser2 release', () => {
    expect(Fast).not.toBe(htmlparser2.Parser);
  });

  it('should give the stock parser\'s events and read attributes on the HTML fixtures', () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    for (const page of fixturePages) {
      const html = readFileSync(page, 'utf8');
      expect(events(Fast, html)).toEqual(events(htmlparser2.Parser, html));
    }
  });

  it('should give the stock parser\'s events and read attributes on tags cut and cased anyhow', () => {
    const html = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(''));
    fc.assert(fc.property(html, (h) => {
      expect(events(Fast, h)).toEqual(events(htmlparser2.Parser, h));
    }), { numRuns: 2000 });
  });

  it('should keep only the attributes read', () => {
    const seen: Record<string, string>[] = [];
    new Fast({ onopentag: (_name, attribs) => seen.push(attribs) }).end('<img src="a.jpg" srcset="a.jpg 1x" CLASS="x" class="y">');
    expect(seen).toEqual([{ src: 'a.jpg', class: 'x' }]);
  });
});
