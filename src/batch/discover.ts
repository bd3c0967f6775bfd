/**
 * Which pages a batch reads. Each operand is a folder (searched recursively for page files,
 * or for --include globs), a glob (exactly what it matches), or a file (taken as named, even a
 * missing one: the worker then fails it with NOT_FOUND, so the report lists it).
 * Every page also gets its path relative to the common root of the operands, for the mirror
 * layout under --out.
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Page files searched for in folders: text dumps and HTML, plain or gzipped. */
export const PAGE_PATTERNS = ['**/*.{txt,html,htm}', '**/*.{txt,html,htm}.gz'];

export interface DiscoverOptions {
  /** Globs that replace PAGE_PATTERNS inside folders. */
  include?: string[];
  /** Globs of files to leave out of folders and globs, relative to each. */
  exclude?: string[];
}

export interface FoundPage {
  /** As the user would write it: the operand joined with the path found under it. */
  path: string;
  /** Relative to the common root of all operands: where the output goes under --out. */
  rel: string;
}

export interface Discovery {
  pages: FoundPage[];
  /** Glob operands that matched nothing, to warn about. */
  emptyGlobs: string[];
}

interface Operand {
  /** The folder the operand's paths are relative to. */
  base: string;
  paths: string[];
}

export async function discoverPages(operands: readonly string[], options: DiscoverOptions = {}): Promise<Discovery> {
  // Loaded here, not at the top, so `pagesift extract` does not pay for it at start-up; required, not
  // import()ed, because the CLI bundle runs as a vm.Script (bin/load-cli.js), which has no import().
  const { glob, isDynamicPattern } = createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  const ignore = options.exclude ?? [];
  const emptyGlobs: string[] = [];
  const found: Operand[] = [];
  for (const operand of operands) {
    const info = await stat(operand).catch(() => undefined);
    if (info?.isDirectory()) {
      const matches = await glob(options.include ?? PAGE_PATTERNS, { cwd: operand, ignore });
      found.push({ base: operand, paths: matches.sort().map((m) => join(operand, m)) });
    } else if (info === undefined && isDynamicPattern(operand)) {
      const { base, pattern } = splitGlob(operand, isDynamicPattern);
      const matches = await glob([pattern], { cwd: base, ignore });
      if (matches.length === 0) emptyGlobs.push(operand);
      found.push({ base, paths: matches.sort().map((m) => join(base, m)) });
    } else {
      found.push({ base: dirname(operand), paths: [operand] });
    }
  }
  const root = commonFolder(found.map((o) => resolve(o.base)));
  const seen = new Set<string>();
  const pages: FoundPage[] = [];
  for (const path of found.flatMap((o) => o.paths)) {
    const absolute = resolve(path);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    pages.push({ path, rel: relativeTo(root, absolute) });
  }
  return { pages, emptyGlobs };
}

/**
 * relative(root, absolute) for two resolved paths: a path under the root is the rest of it, read off
 * without relative()'s resolving both paths again, which took 20-40 ms of a 10,000-page batch's start.
 */
function relativeTo(root: string, absolute: string): string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : relative(root, absolute);
}

/** `scrapes/2026/**\/*.html` → base `scrapes/2026`, pattern `**\/*.html`. */
function splitGlob(operand: string, isDynamic: (segment: string) => boolean): { base: string; pattern: string } {
  const segments = operand.split('/');
  const firstDynamic = segments.findIndex((s) => isDynamic(s));
  const base = segments.slice(0, firstDynamic).join('/');
  return { base: base === '' && operand.startsWith('/') ? '/' : base || '.', pattern: segments.slice(firstDynamic).join('/') };
}

function commonFolder(folders: string[]): string {
  if (folders.length === 0) return process.cwd();
  let common = folders[0].split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}
