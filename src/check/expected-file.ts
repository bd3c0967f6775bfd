/**
 * Reading and writing a fixture's expected.json. A file that is missing, is
 * not JSON, or breaks the result schema makes the fixture broken, not failed:
 * the answer key itself needs fixing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import en from 'zod/v4/locales/en.js';
import { ResultSchema, type Result } from '../validate/schema.js';

// zod/mini ships no messages ("Invalid input"); a person fixing an answer key needs the English ones.
const englishErrors = { error: en().localeError };

/** The stored result, or why there is none usable (`missing` when the file does not exist). */
export type Expected = { result: Result } | { problem: string; missing: boolean };

export async function readExpected(file: string): Promise<Expected> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: 'expected.json is missing (create it with --update)', missing: true };
    return { problem: `cannot read expected.json: ${(error as Error).message}`, missing: false };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `expected.json is not valid JSON: ${(error as Error).message}`, missing: false };
  }
  const parsed = ResultSchema.safeParse(json, englishErrors);
  if (!parsed.success) {
    const [first, ...more] = parsed.error.issues;
    const also = more.length > 0 ? ` (and ${more.length} more)` : '';
    return { problem: `expected.json does not match the result schema at ${pathOf(first.path)}: ${first.message}${also}`, missing: false };
  }
  return { result: parsed.data };
}

/** A schema path written like the diff paths: `socialQuotes[0].platform`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('') || '(root)';
}

/** The expected file as the project stores it: pretty JSON, source.name null (where the page came from is not part of the answer). */
export async function writeExpected(file: string, result: Result): Promise<void> {
  const stored: Result = { ...result, source: { ...result.source, name: null } };
  await writeFile(file, JSON.stringify(stored, null, 2) + '\n');
}
