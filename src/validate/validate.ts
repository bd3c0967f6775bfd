/** Stage 6, validate: the result must pass the schema; a failure is a bug, reported as such. */
import * as z from 'zod/mini';
import { PagesiftError } from '../errors.js';
import { ResultSchema, type Result } from './schema.js';

// After this many results a process parses with zod's own compiled parser of ResultSchema (z.compile, zod 4.5+; zod.dev/compile:
// same results, same issues): compiling costs
// ~5 ms once and saves ~18 µs a result (the runtime parser walks the schema's tree, with a payload object per value),
// so it pays after ~300 results. A one-page run or a short batch never compiles.
export const COMPILE_AFTER_RESULTS = 300;

// Results validated so far by this process, counted until the parser is compiled.
let resultsSeen = 0;
let compiled: typeof ResultSchema | null = null;

/**
 * The schema a result is parsed with: ResultSchema, or from the COMPILE_AFTER_RESULTS-th result on, z.compile's clone of
 * it. The clone is the same schema with zod's generated fast path in front: it accepts what the runtime parser accepts,
 * builds its output the same way (fresh objects, the schema's key order), and hands any value it would reject to the
 * runtime parser, whose issues are then reported (tests/validate/validate.test.ts compares the two).
 */
export function resultSchema(): typeof ResultSchema {
  if (compiled !== null) return compiled;
  if (++resultsSeen < COMPILE_AFTER_RESULTS) return ResultSchema;
  compiled = z.compile(ResultSchema);
  return compiled;
}

export function validate(result: unknown): Result {
  const parsed = resultSchema().safeParse(result);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PagesiftError('INVALID_RESULT', `internal error: result fails the schema at ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  return parsed.data;
}
