/**
 * The HTML path's own scanner and tree rules (scanner.ts, tree-builder.ts) must send the events
 * htmlparser2's Parser sends, with the attributes the path reads: compared on the fixtures, every
 * corpus HTML page, and pages made of pieces and of single characters that probe the tokenizer's
 * states (raw text, references, comments, declarations, tags cut off by the page's end).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Handler, Parser, ParserOptions } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../eval/corpus.js';
import { ReadAttributes } from '../../../src/blocks/html/attributes.js';
import { READ_ATTRIBUTES } from '../../../src/blocks/html/names.js';
import { streamHtml } from '../../../src/blocks/html/parse.js';

const htmlparser2 = createRequire(import.meta.url)('htmlparser2') as {
  Parser: new (handler: Partial<Handler>, options?: ParserOptions) => Parser;
};

/**
 * Every event as a line; attributes limited to the ones read. Consecutive pieces of text are one
 * line: htmlparser2 cuts text at every reference and stray '<', and every reader joins the pieces.
 */
function recorder(out: string[]): Partial<Handler> {
  const push = (line: string) => out.push(line);
  return {
    onopentag: (name, attribs, implied) => {
      // Ours has a field for every read attribute (undefined when absent), in a fixed order.
      const read = Object.entries(attribs).filter(([k, v]) => READ_ATTRIBUTES.has(k) && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
      push(`open ${name} ${JSON.stringify(read)} ${implied}`);
    },
    onclosetag: (name, implied) => push(`close ${name} ${implied}`),
    ontext: (data) => {
      const last = out.length - 1;
      if (last >= 0 && out[last].startsWith('text ')) out[last] += data;
      else push(`text ${data}`);
    },
    oncomment: (data) => push(`comment ${data}`),
    oncommentend: () => push('comment end'),
    onprocessinginstruction: (name, data) => push(`instruction ${name} ${data}`),
    onend: () => push('end'),
  };
}

function stockEvents(html: string): string[] {
  const out: string[] = [];
  new htmlparser2.Parser(recorder(out), {}).end(html);
  return out;
}

function ourEvents(html: string): string[] {
  const out: string[] = [];
  streamHtml(html, recorder(out));
  return out;
}

const fixturesDir = join(import.meta.dirname, '../../../fixtures');
const fixturePages = readdirSync(fixturesDir).map((d) => join(fixturesDir, d, 'input.html')).filter((p) => existsSync(p));
const corpusDir = join(CORPUS_DIR, 'pages');
const corpusPages = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.html')).map((f) => join(corpusDir, f)) : [];

// Pieces of markup: tags cased anyhow, read and unread attributes, quotes, references, raw-text elements
// and their near misses, comments, declarations, implied and stray end tags, svg and math.
const PIECES = [
  '<a href="', "<a title='", '<img alt=', '" ', "' ", '"', "'", '>', '/>', ' ', '\n', '\t', '=', '<', '-', '</', '<!', '<?',
  '/x?a=1&b=2', "it's", 'plain words ', 'a < b', 'if (a<b && c-->0) {}', '&', '&#', '&#12', '&#x27;', '&amp', '&amp;',
  '&nbsp', '&notin', '&notin;', 'AT&T', 'text &amp; more', '<script>', '</script>', '</SCRIPT >', '</scr', '<style>',
  '</style>', '<title>', '</title>', '<title/>', '<textarea>', '</textarea>', '<xmp>', '</xmp>', '<tmp>', '<xitle>',
  '\x1c/script>', '<s', '<t', '<x', '<sc', '<!--', '-->', '--->', '<!-- c -->', '<!-', '<![CDATA[', '<![CDA', ']]>',
  '<!doctype html>', '<?x>', '</3>', '</ >', '</>', '</a >', '</a x>', '<div', '<DIV', '<Div', '<p', '<my-element',
  '</div>', '</DIV>', '<p>', '</p>', '<br>', '</br>', '<li>', '<td>', '<tr>', '<table>', '<h1>', '<dd>', '<rt>', '<body>',
  '<head>', '<input>', '<option>', '<select>', '<svg', '<path', '</svg>', '<math>', 'class="a b"', 'CLASS="Up"',
  'class=bare', "class='single'", 'id="x"', 'Id="y"', 'style="display:none"', 'hidden', 'aria-hidden="true"',
  'href="/a?b=1&amp;c=2"', 'data-src="&#x41;"', 'title="&quot;T&quot;"', 'srcset="a.jpg 1x"', 'onclick="f()"',
  'd="M0 0"', 'data-x=1',
];
// Inside a raw-text element: its end tag and near misses, cased anyhow.
const RAW_TEXT_OPENERS = ['<script>', '<style>', '<title>', '<textarea>', '<xmp>', '<tmp>', '<xitle>'];
const RAW_TEXT_PIECES = [
  '<', '</', '/', '>', ' ', '\n', 'x', '&amp;', '&amp', '&', '\x1c', '\x0f', 'script', 'SCRIPT', 'Style', 'title', 'TITLE',
  'textarea', 'xmp', '</script', '</style', '</title', '</textarea', '</xmp', '</script>', '</title >', '</scriptx>',
];
// Single characters: every one some state of the tokenizer looks for, and letters of the raw-text names.
const CHARACTERS = [...'<>/!?-="\' \n&;#x1ampscritTITLEley[]CDAnobvgdhqu', '\x1c', '\x0f'];

describe('streamHtml', () => {
  it('should send htmlparser2\'s events on the HTML fixtures', () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    for (const page of fixturePages) {
      const html = readFileSync(page, 'utf8');
      expect(ourEvents(html)).toEqual(stockEvents(html));
    }
  });

  it.runIf(corpusPages.length > 0)('should send htmlparser2\'s events on every corpus HTML page', () => {
    for (const page of corpusPages) {
      const html = readFileSync(page, 'utf8');
      expect(ourEvents(html), page).toEqual(stockEvents(html));
    }
  });

  it('should send htmlparser2\'s events on markup cut and cased anyhow', () => {
    const html = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(''));
    fc.assert(fc.property(html, (h) => {
      expect(ourEvents(h)).toEqual(stockEvents(h));
    }), { numRuns: 3000 });
  });

  it('should send htmlparser2\'s events on strings of the characters its tokenizer looks for', () => {
    const html = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(html, (h) => {
      expect(ourEvents(h)).toEqual(stockEvents(h));
    }), { numRuns: 5000 });
  });

  it('should send htmlparser2\'s events on raw-text elements and what nearly ends them', () => {
    const html = fc.tuple(fc.constantFrom(...RAW_TEXT_OPENERS), fc.array(fc.constantFrom(...RAW_TEXT_PIECES), { maxLength: 20 }))
      .map(([open, ps]) => open + ps.join(''));
    fc.assert(fc.property(html, (h) => {
      expect(ourEvents(h)).toEqual(stockEvents(h));
    }), { numRuns: 3000 });
  });

  it('should send the same text to a handler that listens to text only (as fragmentText does)', () => {
    const textOf = (h: string, stream: (handler: Partial<Handler>) => void) => {
      let text = '';
      stream({ ontext: (data) => (text += data) });
      return text;
    };
    const html = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(''));
    fc.assert(fc.property(html, (h) => {
      expect(textOf(h, (handler) => streamHtml(h, handler))).toEqual(textOf(h, (handler) => new htmlparser2.Parser(handler, {}).end(h)));
    }), { numRuns: 1000 });
  });

  it('should give every element the same attribute fields: the attributes read', () => {
    expect(Object.keys(new ReadAttributes()).sort()).toEqual([...READ_ATTRIBUTES].sort());
  });

  it('should keep only the attributes read, the first of repeats', () => {
    const seen: Record<string, string>[] = [];
    streamHtml('<img src="a.jpg" srcset="a.jpg 1x" CLASS="x" class="y">', { onopentag: (_name, attribs) => seen.push(attribs) });
    expect(seen).toEqual([{ src: 'a.jpg', class: 'x' }]);
  });
});
