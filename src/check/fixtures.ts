/**
 * Finding fixtures: every folder under the root with an input.txt or
 * input.html and an expected.json, the layout of the project's fixtures/.
 * A root that is itself such a folder is one fixture.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import picomatch from 'picomatch';
import { PagesiftError } from '../errors.js';
import { SETTINGS_FILE } from './fixture-settings.js';

export const INPUT_FILES = ['input.txt', 'input.html'] as const;
export const EXPECTED_FILE = 'expected.json';
const FIXTURE_FILES: readonly string[] = [...INPUT_FILES, EXPECTED_FILE];

export interface Fixture {
  /** The folder name, which --only matches and reports show. */
  name: string;
  dir: string;
  /** The input files present (one when the fixture is well formed). */
  inputs: string[];
  expected: string;
  /** Where the fixture's optional check.json would be. */
  settings: string;
}

export async function findFixtures(root: string): Promise<Fixture[]> {
  const entries = await listFolder(root);
  if (entries.some((e) => e.isFile() && FIXTURE_FILES.includes(e.name))) return [fixtureAt(root, basename(root), entries.map((e) => e.name))];
  const fixtures: Fixture[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((x, y) => x.name.localeCompare(y.name))) {
    const dir = join(root, entry.name);
    const files = (await readdir(dir)).filter((f) => FIXTURE_FILES.includes(f));
    if (files.length > 0) fixtures.push(fixtureAt(dir, entry.name, files));
  }
  return fixtures;
}

/** The fixtures whose folder name matches the glob of --only (picomatch syntax: `*`, `?`, `{a,b}`, `[a-z]`). */
export function selectFixtures(fixtures: readonly Fixture[], only: string | undefined): Fixture[] {
  if (only === undefined) return [...fixtures];
  const matches = picomatch(only);
  return fixtures.filter((f) => matches(f.name));
}

function fixtureAt(dir: string, name: string, files: readonly string[]): Fixture {
  return {
    name,
    dir,
    inputs: INPUT_FILES.filter((f) => files.includes(f)).map((f) => join(dir, f)),
    expected: join(dir, EXPECTED_FILE),
    settings: join(dir, SETTINGS_FILE),
  };
}

async function listFolder(root: string) {
  try {
    if (!(await stat(root)).isDirectory()) throw new PagesiftError('USAGE', `${root}: not a folder (give the folder that holds the fixtures)`);
    return await readdir(root, { withFileTypes: true });
  } catch (error) {
    if (error instanceof PagesiftError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PagesiftError('NOT_FOUND', `${root}: no such folder`);
    throw new PagesiftError('UNREADABLE', `${root}: cannot read: ${(error as Error).message}`);
  }
}
