/**
 * Reading and writing a fixture's expected.json. A file that is missing, is
 * not JSON, or breaks the result schema makes the fixture broken, not failed:
 * the answer key itself needs fixing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ResultSchema, type Result } from '../validate/schema.js';
import { ENGLISH_ERRORS, schemaProblem } from './schema-problem.js';

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
  const parsed = ResultSchema.safeParse(json, ENGLISH_ERRORS);
  if (!parsed.success) return { problem: `expected.json does not match the result schema ${schemaProblem(parsed.error.issues)}`, missing: false };
  return { result: parsed.data };
}

/** The expected file as the project stores it: pretty JSON, source.name null (where the page came from is not part of the answer). */
export async function writeExpected(file: string, result: Result): Promise<void> {
  const stored: Result = { ...result, source: { ...result.source, name: null } };
  await writeFile(file, JSON.stringify(stored, null, 2) + '\n');
}
