/** Where the benchmark corpus lives and how its pages are read. Shared by eval/ and bench/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.PAGESIFT_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');

export interface CorpusPage {
  id: string;
  url: string;
  gold: string;
  textPath: string;
  htmlPath: string;
}

export function corpusPages(): CorpusPage[] {
  const pagesDir = join(CORPUS_DIR, 'pages');
  if (!existsSync(pagesDir)) throw new Error(`corpus not found at ${CORPUS_DIR} (set PAGESIFT_CORPUS)`);
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const gold = JSON.parse(readFileSync(join(CORPUS_DIR, 'gold', `${id}.json`), 'utf8'));
      return { id, url: gold.url, gold: gold.articleBody ?? '', textPath: join(pagesDir, f), htmlPath: join(pagesDir, `${id}.html`) };
    });
}
