import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/blocks/html-blocks.js';

const texts = (html: string) => htmlToBlocks(html).blocks.map((b) => b.text);

describe('htmlToBlocks', () => {
  it('should start a new block at every block element and keep inline elements on one line', () => {
    expect(texts('<div>One <b>bold</b> <a href="#">link</a><p>Two</p>Three</div>')).toEqual(['One bold link', 'Two', 'Three']);
  });

  it('should break lines at <br> and mark a blank line after two of them', () => {
    const { blocks } = htmlToBlocks('<p>first<br>second<br><br>third</p>');
    expect(blocks.map((b) => b.text)).toEqual(['first', 'second', 'third']);
    expect(blocks.map((b) => b.gapBefore)).toEqual([true, false, true]);
  });

  it('should drop scripts, styles, noscript, templates and hidden elements', () => {
    const html = `<body><script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript>
      <template><p>tpl</p></template><p hidden>h1</p><p aria-hidden="true">h2</p>
      <p style="color:red; display: none">h3</p><p>visible</p></body>`;
    expect(texts(html)).toEqual(['visible']);
  });

  it('should decode entities and normalise spaces like the text path', () => {
    expect(texts('<p>Fish&nbsp;&amp;&nbsp;chips&#8217;   <i>r\u200Bus</i>\n\t here</p>')).toEqual(['Fish & chips’ rus here']);
  });

  it('should keep the lines of a <pre> apart', () => {
    expect(texts('<pre>line one\nline two</pre>')).toEqual(['line one', 'line two']);
  });

  it('should put table cells of a row on one line', () => {
    expect(texts('<table><tr><td>Pos</td><td>Driver</td></tr><tr><td>1</td><td>Kyle Busch</td></tr></table>')).toEqual(['Pos Driver', '1 Kyle Busch']);
  });

  it('should record the tag, meaningful ancestors, class hints and link density of each block', () => {
    const { blocks } = htmlToBlocks('<footer><div class="share-bar"><a href="#">Share on Facebook</a></div></footer>');
    expect(blocks[0].markup).toMatchObject({ tag: 'div', ancestors: ['footer'], classHints: ['share'], linkDensity: 1 });
  });

  it('should mark the element holding most of the prose as the content root', () => {
    const para = 'This is a long paragraph of the article that reads like prose, with enough words to count. '.repeat(2);
    const html = `<div class="menu"><a href="/">Home</a> <a href="/a">World</a></div><article><p>${para}</p><p>${para}</p></article>`;
    const { blocks } = htmlToBlocks(html);
    expect(blocks.map((b) => b.markup?.inContentRoot)).toEqual([false, true, true]);
  });
});

describe('htmlToBlocks markup', () => {
  it('should read a tweet embed: speaker, handle and words without the picture link', () => {
    const html = `<p>Intro.</p><blockquote class="twitter-tweet"><p>We did it.<br>Thanks all <a href="https://t.co/x">pic.twitter.com/x</a></p>
      &mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">May 1, 2024</a></blockquote>`;
    const { blocks, markup } = htmlToBlocks(html);
    expect(markup.embeds).toEqual([{ platform: 'x', speaker: 'Jane Roe', handle: '@janeroe', text: 'We did it. Thanks all', from: 1, to: 4 }]);
    expect(blocks.slice(1).map((b) => b.text)).toEqual(['We did it.', 'Thanks all pic.twitter.com/x', '— Jane Roe (@janeroe) May 1, 2024']);
  });

  it('should read an Instagram embed caption and who shared it', () => {
    const html = `<blockquote class="instagram-media"><div><a>View this post on Instagram</a><p><a>Sunset over the bay</a></p>
      <p>A post shared by Bay Photos (@bayphotos) on <time>Nov 1, 2019</time></p></div></blockquote>`;
    expect(htmlToBlocks(html).markup.embeds[0]).toMatchObject({ platform: 'instagram', speaker: 'Bay Photos', handle: '@bayphotos', text: 'Sunset over the bay' });
  });

  it('should read a Facebook post embed and a titled YouTube iframe, and skip an untitled one', () => {
    const html = `<div class="fb-post" data-href="https://www.facebook.com/CityHall/posts/1"><blockquote class="fb-xfbml-parse-ignore">
      <p>Roads close at noon.</p>Posted by <a>City Hall</a> on <a>Monday</a></blockquote></div>
      <iframe src="https://www.youtube.com/embed/abc" title="Council meeting highlights"></iframe>
      <iframe src="https://www.youtube.com/embed/def" title="YouTube video player"></iframe>`;
    const embeds = htmlToBlocks(html).markup.embeds.map(({ from, to, ...e }) => e);
    expect(embeds).toEqual([
      { platform: 'facebook', speaker: 'City Hall', handle: 'CityHall', text: 'Roads close at noon.' },
      { platform: 'youtube', speaker: null, handle: null, text: 'Council meeting highlights' },
    ]);
  });

  it('should record a credit span with the block it sits in', () => {
    const { markup } = htmlToBlocks('<p>Intro</p><figure><figcaption>Crowds at the gate. <span class="credit">AFP</span></figcaption></figure>');
    expect(markup.credits).toEqual([{ block: 1, credit: 'AFP' }]);
  });

  it('should collect meta tags, the document title and rel=author names', () => {
    const html = `<html><head><title> Page  title </title><meta property="og:title" content="OG title">
      <meta name="author" content="Ann Lee"></head><body><a rel="author" href="/ann">Ann Lee</a></body></html>`;
    const { metadata } = htmlToBlocks(html).markup;
    expect(metadata.documentTitle).toBe('Page title');
    expect(metadata.meta.get('og:title')).toBe('OG title');
    expect(metadata.meta.get('author')).toBe('Ann Lee');
    expect(metadata.relAuthors).toEqual(['Ann Lee']);
  });
});
