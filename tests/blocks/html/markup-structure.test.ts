import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../src/blocks/html-blocks.js';
import { classHintsOf } from '../../../src/blocks/html/hints.js';

const prose = (n: number) => 'The council met on Monday and agreed to the plan after a long debate about its cost. '.repeat(n);

describe('HTML structure the classifier reads', () => {
  it('should not render the card a hover widget pops up inside another one', () => {
    const html = '<p>Rep. <span class="rollover-people"><a href="/p/omar">Ilhan Omar</a><span class="rollover-people-block"><img src="o.jpg"><a href="/a">Latest headline about her</a></span></span> (D-Minn.) spoke.</p>';
    expect(htmlToBlocks(html).blocks.map((b) => b.text)).toEqual(['Rep. Ilhan Omar (D-Minn.) spoke.']);
  });

  it('should count the own words of a paragraph with many links as prose when choosing the content root', () => {
    const links = Array.from({ length: 6 }, (_, k) => `<a href="/s${k}">A much longer linked headline number ${k} here</a>`).join(' ');
    const html = `<div class="story"><p>${prose(1)} ${links}</p><div><p>${prose(2)}</p></div></div>`;
    const { blocks } = htmlToBlocks(html);
    expect(blocks[0].markup?.linkDensity).toBeGreaterThan(0.5);
    expect(blocks.map((b) => b.markup?.inContentRoot)).toEqual([true, true]);
  });

  it('should give the lines after a related-posts heading the heading\'s hint, up to the end of its parent', () => {
    const html = `<div><article><p>${prose(3)}</p></article><section><h3 class="relatedpoststitle">You may like</h3><article><p>${prose(1)}</p></article></section><p>After.</p></div>`;
    const { blocks } = htmlToBlocks(html);
    expect(blocks.map((b) => b.markup?.classHints.includes('related'))).toEqual([false, true, true, false]);
  });

  it('should read a layout wrapper "with" a sidebar as no sidebar, and a call-to-action box as promo', () => {
    expect(classHintsOf('content-with-sidebar-wrp', undefined)).toEqual([]);
    expect(classHintsOf('has-sidebar', undefined)).toEqual([]);
    expect(classHintsOf('right-sidebar', undefined)).toEqual(['sidebar']);
    expect(classHintsOf('widget-custom-cta-letter', undefined)).toEqual(['promo']);
    expect(classHintsOf('breaking-news', undefined)).toEqual(['teaser']);
  });
});
