/**
 * Where each page's JSON goes under --out: the input tree mirrored, extension replaced
 * (`a/b/page.txt` and `a/b/page.html.gz` → `out/a/b/page.json`). When two pages of one folder
 * would share a name (`page.txt` next to `page.html`, as in a scrape that kept both), each of
 * them keeps its whole file name instead (`page.txt.json`, `page.html.json`), so no result
 * overwrites another and the choice does not depend on which page finishes first.
 */
import { join } from 'node:path';

const PAGE_EXTENSION = /(?:\.[^./\\]+)?(?:\.gz)?$/i;

export function outputPaths(rels: readonly string[], outDir: string): string[] {
  const short = rels.map((rel) => rel.replace(PAGE_EXTENSION, '') + '.json');
  const count = new Map<string, number>();
  for (const name of short) count.set(name, (count.get(name) ?? 0) + 1);
  return rels.map((rel, i) => join(outDir, count.get(short[i]) === 1 ? short[i] : `${rel}.json`));
}
