import { describe, expect, it } from 'vitest';
import { boilerplateCue } from '../../src/classify/rules/boilerplate.js';
import { markedCredit, matchCredit } from '../../src/classify/rules/image-credit.js';
import { isRelatedHeading, inlineRelatedTitle } from '../../src/classify/rules/related.js';
import { dataRows } from '../../src/classify/rules/data-rows.js';
import { looksLikeByline } from '../../src/classify/rules/byline.js';
import { computeFeatures } from '../../src/features/features.js';
import { anchorUnderHeader } from '../../src/classify/rules/body-region.js';
import { textToBlocks } from '../../src/blocks/text-blocks.js';

describe('boilerplate cues', () => {
  it.each(['ADVT', 'Advertisement', '- Advertisement -', 'Anzeige', 'Publicidad', 'विज्ञापन'])('should mark the ad label %s', (line) => {
    expect(boilerplateCue(line)?.rule).toBe('cue.ad');
  });
  it.each(['Share', 'Share on WhatsApp', 'Teilen', 'Compartir'])('should mark the share button %s', (line) => {
    expect(boilerplateCue(line)?.rule).toBe('cue.share');
  });
  it('should mark footer lines by their start', () => {
    expect(boilerplateCue('© 2026 Darpan. All rights reserved.')?.rule).toBe('cue.footer');
  });
  it('should mark trademark and health-claim notices as legal furniture, in any of the covered languages', () => {
    expect(boilerplateCue('Apple logo, Apple TV and iPhone are registered trademarks of Apple Inc.')?.rule).toBe('cue.legal');
    expect(boilerplateCue('*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose.')?.rule).toBe('cue.legal');
    expect(boilerplateCue('Kleenex es una marca registrada de Kimberly-Clark.')?.rule).toBe('cue.legal');
  });
  it('should leave prose that merely mentions an ad alone', () => {
    expect(boilerplateCue('The advertisement ran for three weeks before regulators stepped in.')).toBeNull();
  });
});

describe('image credits', () => {
  it('should read a credit line', () => {
    expect(matchCredit('Picture Courtesy: X/ MEA India')).toEqual({ credit: 'X/ MEA India', standalone: true });
    expect(matchCredit('Photo: AFP/Getty Images')).toEqual({ credit: 'AFP/Getty Images', standalone: true });
    expect(matchCredit('(Image: Reuters)')).toEqual({ credit: 'Reuters', standalone: true });
  });
  it('should read "courtesy of" credits and bracketed agency photo credits', () => {
    expect(matchCredit('Photo courtesy of the Millbrook Police Department')).toEqual({ credit: 'Millbrook Police Department', standalone: true });
    expect(matchCredit('A flooded street in Millbrook on Monday. (AP Photo/Jane Doe)')).toEqual({ credit: 'AP Photo/Jane Doe', standalone: false });
    expect(matchCredit('(AP Photo/Evan Vucci)')).toEqual({ credit: 'AP Photo/Evan Vucci', standalone: true });
    expect(matchCredit('He was held by the police (courtesy of his lawyer).')).toBeNull();
  });
  it('should read the credit that ends a caption', () => {
    expect(matchCredit('Protesters gather outside parliament on Monday. (Photo: AFP)')).toEqual({ credit: 'AFP', standalone: false });
  });
  it('should not take a sentence starting "Source:" for a credit', () => {
    expect(matchCredit('Source: officials said the talks would resume next week after the holiday.')).toBeNull();
  });
});

describe('related headings', () => {
  it.each(['MORE India ARTICLES', 'Also read', 'Related Stories', 'Lire aussi', 'Mehr zum Thema', 'Leia também', 'यह भी पढ़ें', 'More from Business'])('should recognise %s', (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });
  it('should read an inline "Also read:" headline', () => {
    expect(inlineRelatedTitle('Also read: Congress revamps UP leadership with 133 key appointments')).toBe('Congress revamps UP leadership with 133 key appointments');
  });
});

describe('table rows', () => {
  it('should take a run of tabbed lines for a table and one tabbed line for nothing', () => {
    const blocks = textToBlocks('READ NEXT\tA teaser\nStandings:\nPos\tTeam\tPts\n1\tAlpha\t30\n2\tBeta\t28\nAfter the table.');
    expect([...dataRows(blocks)]).toEqual([2, 3, 4]);
  });
  it('should take six lines of one shape with a separator for a data list, and a menu for nothing', () => {
    const calendar = ['Calendar 2018', ...[1, 2, 3, 4, 5, 6].map((n) => `Round ${n}: ${n + 9} March – Interlagos`), 'Subject to change.'];
    expect([...dataRows(textToBlocks(calendar.join('\n')))]).toEqual([1, 2, 3, 4, 5, 6]);
    const menu = ['News', 'Sport', 'Business', 'Culture', 'Travel', 'Weather', 'Video'];
    expect(dataRows(textToBlocks(menu.join('\n'))).size).toBe(0);
  });
});

describe('card lists', () => {
  it('should keep cards that carry one share line each out of the body, and the article above them in', async () => {
    const { extract } = await import('../../src/index.js');
    const card = (n: number) => `A card text number ${n} that reads like a long paragraph of prose, with enough words in it to weigh more than the article itself does on this page.`;
    const page = [
      'Home', 'Messages', 'Only those who love themselves',
      'Love it Download',
      'The article: living a true experience of love is one of the greatest pleasures of life, and liking is feeling with the soul.',
      'You may like...',
      ...[1, 2, 3, 4].flatMap((n) => ['Love it Download', card(n)]),
      'Most read', 'Good morning', 'Good night',
    ].join('\n');
    expect(extract(page).article.body).toEqual([page.split('\n')[4]]);
  });
});

describe('numbered lists after the article', () => {
  it('should extend the body over items numbered 1, 2, 3 with a detail line each, and stop at the first gap', async () => {
    const { extract } = await import('../../src/index.js');
    const prose = 'Black Friday is upon us, and for those who did not know, it is the day after Thanksgiving when shops cut their prices for everyone.';
    const items = [1, 2, 3, 4].flatMap((n) => [`${n}) Product number ${n} in its box`, `http://amzn.to/${n}xyz`]);
    const page = ['Home', 'Black Friday for nostalgics', prose, prose.replace('Black', 'Grey'), ...items, 'Newsletter', 'Related', 'Another story entirely'].join('\n');
    const body = extract(page).article.body;
    expect(body.slice(2)).toEqual(items);
  });
});

describe('articles of short lines under a header', () => {
  const limits = { length: 20, minTotal: 3, maxGap: 30, stop: (i: number) => i === 15, furniture: (i: number) => i === 12 };
  it('should grow a weak region up to the header and down to the first furniture line', () => {
    expect(anchorUnderHeader({ start: 6, end: 7, total: 0.5 }, 2, limits)).toEqual({ start: 3, end: 12, total: 0.5 });
  });
  it('should leave a region of weight, or one far from the header, alone', () => {
    expect(anchorUnderHeader({ start: 6, end: 7, total: 4 }, 2, limits)).toEqual({ start: 6, end: 7, total: 4 });
    expect(anchorUnderHeader({ start: 6, end: 7, total: 0.5 }, 2, { ...limits, maxGap: 3 })).toEqual({ start: 6, end: 7, total: 0.5 });
  });
});

describe('bylines after the date', () => {
  it('should take "<date> by <name>" for a byline', () => {
    const blocks = textToBlocks('Monday November 18, 2019 7:45 am PST by Joe Rossignol');
    expect(looksLikeByline(blocks[0].text, computeFeatures(blocks)[0])).toBe(true);
  });
});

describe('templated articles', () => {
  it('should go on through a template printed for every option, up to the next stop', async () => {
    const { extract } = await import('../../src/index.js');
    const intro = 'This meal plan works for every plan in the programme, so there is no need to follow two separate plans at once.';
    const plan = (p: string) => [`Menu for plan ${p}`, 'Pre-workout meal', 'Eat 60 minutes before your workout', `Eggs and toast for plan ${p}`, 'Post-workout meal', 'Eat within an hour after it'];
    const page = ['Home', 'Blog', 'Meal prep for the programme', intro, intro.replace('every', 'each'), ...['A', 'B', 'C'].flatMap(plan), 'Related Articles', 'Another story', 'Home', 'Blog'].join('\n');
    const body = extract(page).article.body;
    expect(body).toContain('Eggs and toast for plan C');
    expect(body).not.toContain('Another story');
  });
});

describe('an inline "Also read" link ending the article', () => {
  it('should list it as related although, a link line, it scores too low to end the body region', async () => {
    const { extract } = await import('../../src/index.js');
    const prose = (n: number) => `<p>Paragraph ${n} of the story tells what happened at the council meeting, where the members argued about the budget for a long time before they voted.</p>`;
    const also = '<p><a href="/x">(Read also: The council votes on next year\'s budget after a long night)</a></p>';
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>The council meets</h1>${[1, 2, 3, 4].map(prose).join('')}${also}</article><footer>© 2026 Site</footer></body></html>`;
    const result = extract(html, { input: 'html' });
    expect(result.related.map((r) => r.title)).toContain("The council votes on next year's budget after a long night");
    expect(result.article.body.join(' ')).not.toContain('Read also');
  });
});

describe('credits the markup marks', () => {
  it.each([
    ['(Image credit: Sierra Nevada Corp.)', 'Sierra Nevada Corp.'],
    ['(Image: gargantiopa / Getty Images)', 'gargantiopa / Getty Images'],
    ['Courtesy of Andrew Vaughan', 'Andrew Vaughan'],
    ['Photo: AFP', 'AFP'],
    ['Jason Cipriani/ZDNet', 'Jason Cipriani/ZDNet'],
    ['Photo illustration by Slate. Photo by David Dyer-Bennet.', 'Photo illustration by Slate. Photo by David Dyer-Bennet.'],
  ])('should read %s as the source %s', (text, credit) => {
    expect(markedCredit(text)).toBe(credit);
  });
});
