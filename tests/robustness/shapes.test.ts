/** Odd shapes of input: each gets a valid result or one documented error, and no text is lost. */
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_CHARS } from '../../src/blocks/long-blocks.js';
import { PagesiftError } from '../../src/errors.js';
import { extract } from '../../src/pipeline.js';
import { ResultSchema } from '../../src/validate/schema.js';
import { runCli, seedText } from './cli-run.js';

const PROSE = 'The council voted on Tuesday to keep the old bridge open for another year, and the mayor said that repairs would begin in the spring. ';
const NO_BODY = 'no article body found';

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    if (error instanceof PagesiftError) return error.code;
    throw error;
  }
  return null;
}


describe('empty input', () => {
  it.each([
    ['nothing', ''],
    ['spaces, tabs and line ends', ' \t\r\n \n\n\t '],
    ['NBSP and ideographic spaces', '\u00A0\u3000\u00A0\n'],
    ['only zero-width and bidi characters', '\u200B\u200E\u202E\uFEFF\u2060'],
  ])('should refuse %s with EMPTY_INPUT', (_what, page) => {
    expect(errorCode(() => extract(page))).toBe('EMPTY_INPUT');
    expect(errorCode(() => extract(Buffer.from(page, 'utf8')))).toBe('EMPTY_INPUT');
  });

  it('should refuse a UTF-8 BOM and nothing else', () => {
    expect(errorCode(() => extract(Buffer.from([0xef, 0xbb, 0xbf])))).toBe('EMPTY_INPUT');
  });

  it('should exit 65 with one line on stderr for empty stdin', () => {
    const r = runCli(['extract'], '  \n');
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('pagesift: stdin: input is empty\n');
  });
});

describe('huge and long input', () => {
  it('should read one 5 MB line with no line breaks, losing no text', () => {
    const line = PROSE.repeat(Math.ceil((5 * 1024 * 1024) / PROSE.length)).trim();
    const result = extract(`${line}\n`);
    expect(result.article.body.length).toBeGreaterThan(1);
    expect(Math.max(...result.article.body.map((p) => p.length))).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    // Cut after sentence ends, so the pieces joined by a space are the line again.
    expect(result.article.body.join(' ')).toBe(line);
  });

  it('should cut a 1 MB line without spaces into pieces that join back into the line', () => {
    const word = 'x'.repeat(1024 * 1024);
    const result = extract(`A title line for this odd page\n\n${word}\n`, { includeBoilerplate: true });
    const pieces = [...result.article.body, ...(result.boilerplate ?? []).map((b) => b.text)].filter((t) => t.startsWith('x'));
    expect(pieces.join('')).toBe(word);
  });

  it('should never cut between the halves of a surrogate pair', () => {
    const line = '😀'.repeat(MAX_BLOCK_CHARS);
    const result = extract(line, { includeBoilerplate: true });
    const texts = [...result.article.body, ...(result.boilerplate ?? []).map((b) => b.text)];
    for (const t of texts) expect(t).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(texts.join('')).toBe(line);
  });

  it('should find the article among 100,000 short lines', () => {
    const nav = Array.from({ length: 50_000 }, (_, i) => `Link ${i % 50}`).join('\n');
    const article = Array.from({ length: 8 }, (_, i) => `${i + 1}. ${PROSE.repeat(3)}`.trim());
    const result = extract(`${nav}\n\n${article.join('\n\n')}\n\n${nav}\n`);
    expect(result.article.body).toEqual(article);
  });
});

describe('pages without an article', () => {
  it('should answer a page that is only a list of links with an empty body and a warning', () => {
    const links = Array.from({ length: 40 }, (_, i) => `Story ${i}: the results of the vote in district ${i}`).join('\n');
    const result = extract(links);
    expect(result.article.body).toEqual([]);
    expect(result.warnings).toContain(NO_BODY);
  });

  it('should answer the same list of links in HTML with an empty body and a warning', () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Story ${i}: the results of the vote in district ${i}</a></li>`).join('\n');
    const result = extract(`<!doctype html><html><body><ul>\n${items}\n</ul></body></html>`);
    expect(result.source.format).toBe('html');
    expect(result.article.body).toEqual([]);
    expect(result.warnings).toContain(NO_BODY);
  });

  it('should exit 0 for a page with no article: the input was fine, it has no article', () => {
    const r = runCli(['extract'], 'Home\nWorld\nSports\nShare\nSubscribe\nLog in\n© 2026 Example News. All rights reserved.\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result.article.body).toEqual([]);
    expect(result.warnings).toEqual([NO_BODY]);
  });
});

describe('a page saved twice into one dump', () => {
  const once = extract(seedText);
  const twice = extract(`${seedText}\n${seedText}`);

  it('should keep the title, byline and every paragraph of the page', () => {
    expect(twice.article.title).toBe(once.article.title);
    expect(twice.article.byline).toEqual(once.article.byline);
    for (const paragraph of once.article.body) expect(twice.article.body).toContain(paragraph);
  });

  // Known defects (classify, lead's area): the second copy's paragraphs join the body, with its
  // section label and byline, and each related list is read twice. When one is fixed its test
  // fails: turn `it.fails` into `it`.
  it.fails('should give the article, quotes and credits once, as for the page alone', () => {
    expect(twice.article).toEqual(once.article);
    expect(twice.socialQuotes).toEqual(once.socialQuotes);
    expect(twice.imageCredits).toEqual(once.imageCredits);
  });

  it.fails('should list each related story once, as for the page alone', () => {
    expect(twice.related).toEqual(once.related);
  });
});

describe('mislabelled input', () => {
  const html = `<!doctype html><html><head><title>Bridge stays open</title><style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Council keeps the old bridge open</h1>
<p>${PROSE.repeat(3)}</p>
<p>${PROSE.repeat(2)}</p>
<script>var x = "<p>not text</p>";</script>
</body></html>`;

  it('should return a valid result for HTML forced to be read as text', () => {
    const result = extract(html, { input: 'text' });
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result.source.format).toBe('text');
  });

  it('should return a valid result for a text dump forced to be read as HTML, losing no text', () => {
    const result = extract(seedText, { input: 'html' });
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result.source.format).toBe('html');
    // Line breaks are only white space in HTML, so the whole dump is one block of text.
    const text = result.article.body.join(' ');
    for (const paragraph of extract(seedText).article.body) expect(text).toContain(paragraph);
  });

  it('should return a valid result for text full of "<" and ">" forced to be read as HTML', () => {
    const page = `Maths for beginners: a < b and b > c\n\n${'When a < b and b < c, then a < c, which is the rule that we use in every proof of this kind. '.repeat(4)}\n`;
    const result = extract(page, { input: 'html' });
    expect(ResultSchema.safeParse(result).success).toBe(true);
  });

  it('should accept --input on the command line and still print valid JSON', () => {
    const asText = runCli(['extract', '--input', 'text'], html);
    expect(asText.status).toBe(0);
    expect(JSON.parse(asText.stdout).source.format).toBe('text');
    const asHtml = runCli(['extract', '--input', 'html'], seedText);
    expect(asHtml.status).toBe(0);
    expect(JSON.parse(asHtml.stdout).source.format).toBe('html');
  });
});
