/**
 * What each in-process contender does with one page, reading it from disk
 * included, so every row pays the same I/O.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';

export type PerPage = (path: string) => void;

/** The least any extractor must do: read the page, split it into lines, serialise them. */
export const floor: PerPage = (path) => {
  JSON.stringify(readFileSync(path, 'utf8').split('\n'));
};

export const pagesiftText: PerPage = (path) => {
  extract(readFileSync(path), { input: 'text' });
};

export const pagesiftHtml: PerPage = (path) => {
  extract(readFileSync(path), { input: 'html' });
};

/** Mozilla Readability on a linkedom document: its fastest set-up. Loaded only when measured. */
export async function readabilityLinkedom(): Promise<PerPage> {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  return (path) => {
    const { document } = parseHTML(readFileSync(path, 'utf8'));
    new Readability(document as unknown as Document).parse();
  };
}

/** Mozilla Readability on a jsdom document: the set-up its README shows. Loaded only when measured. */
export async function readabilityJsdom(): Promise<PerPage> {
  const [{ Readability }, { JSDOM, VirtualConsole }] = await Promise.all([import('@mozilla/readability'), import('jsdom')]);
  // A console of its own, unheard: jsdom reports every stylesheet it cannot parse.
  const virtualConsole = new VirtualConsole();
  return (path) => {
    const dom = new JSDOM(readFileSync(path, 'utf8'), { virtualConsole });
    new Readability(dom.window.document).parse();
    dom.window.close();
  };
}
