/** Test data shared by the tests that compare a fast form of a rule with its former definition on real lines. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../eval/corpus.js';

const root = join(import.meta.dirname, '..');

/** Every line of the corpus text pages (when ../shared/corpus is there) and of the fixtures' inputs, in file order. */
export function corpusLines(): string[] {
  const files: string[] = [];
  const pages = join(CORPUS_DIR, 'pages');
  if (existsSync(pages)) for (const f of readdirSync(pages)) if (f.endsWith('.txt')) files.push(join(pages, f));
  const fixtures = join(root, 'fixtures');
  for (const d of readdirSync(fixtures)) for (const f of readdirSync(join(fixtures, d))) if (f.startsWith('input')) files.push(join(fixtures, d, f));
  return files.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/));
}
