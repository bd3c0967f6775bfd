/**
 * What each in-process contender does with one page, reading it from disk
 * included, so every row pays the same I/O.
 */
import { readFileSync } from 'node:fs';
import type * as Pagesift from '../src/index.js';

export type PerPage = (path: string) => void;

/** The least any extractor must do: read the page, split it into lines, serialise them. */
export const floor: PerPage = (path) => {
  JSON.stringify(readFileSync(path, 'utf8').split('\n'));
};

/**
 * pagesift as shipped: the build in dist/ (`npm run build`), which `import 'pagesift'` loads. Not the
 * sources through tsx, whose transform wraps every function and closure in a naming call the build
 * has not got (3.1 against 3.0 ms/page on the HTML path, medians of ten passes).
 */
async function pagesift(input: 'text' | 'html'): Promise<PerPage> {
  const { extract } = (await import('../dist/index.js')) as typeof Pagesift;
  return (path) => {
    extract(readFileSync(path), { input });
  };
}

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

/** Every contender by the id bench/sections/contender-process.ts is given: each loads its libraries when asked. */
export const CONTENDERS = {
  floor: async () => floor,
  text: () => pagesift('text'),
  html: () => pagesift('html'),
  'readability-linkedom': readabilityLinkedom,
  'readability-jsdom': readabilityJsdom,
} satisfies Record<string, () => Promise<PerPage>>;

export type ContenderId = keyof typeof CONTENDERS;
