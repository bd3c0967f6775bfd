/** A folder of `count` pages made by repeating the corpus, for the batch section. */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

// Pages per sub-folder: like a scrape split by day, and no folder too big to list.
const PAGES_PER_FOLDER = 1000;

export function replicatePages(sources: readonly string[], count: number, dir: string): void {
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `part-${String(Math.floor(i / PAGES_PER_FOLDER)).padStart(3, '0')}`);
    if (i % PAGES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const source = sources[i % sources.length];
    const target = join(folder, `${String(i).padStart(5, '0')}-${basename(source)}`);
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}
