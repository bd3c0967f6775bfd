/**
 * A fixture's own check settings, from an optional `check.json` beside its
 * expected file: `{ "minBodyF1": 0.9, "fields": ["title", "body"], "why": "…" }`.
 * For fixtures whose expected file is a hand-made answer key the extractor
 * does not meet yet: they declare what they are held to, so the suite still
 * fails on any regression in that, and the declaration is tightened as
 * accuracy improves. Flags given to `pagesift check` override it.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import type { CompareOptions } from './compare.js';
import { FIELDS } from './fields.js';
import { ENGLISH_ERRORS, schemaProblem } from './schema-problem.js';

export const SETTINGS_FILE = 'check.json';

const SettingsSchema = z.strictObject({
  minBodyF1: z.optional(z.number().check(z.gte(0), z.lte(1))),
  fields: z.optional(z.array(z.enum(FIELDS)).check(z.minLength(1))),
  /** Why the fixture is held to less than an exact match; for people, not read by check. */
  why: z.optional(z.string()),
});

export type FixtureSettings = { settings: CompareOptions } | { problem: string };

export async function readSettings(file: string): Promise<FixtureSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: {} };
    return { problem: `cannot read ${SETTINGS_FILE}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `${SETTINGS_FILE} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = SettingsSchema.safeParse(json, ENGLISH_ERRORS);
  if (!parsed.success) return { problem: `${SETTINGS_FILE} is not valid ${schemaProblem(parsed.error.issues)}` };
  return { settings: { minBodyF1: parsed.data.minBodyF1, fields: parsed.data.fields } };
}
