/** Stage 6, validate: the result must pass the schema; a failure is a bug, reported as such. */
import { PagesiftError } from '../errors.js';
import { ResultSchema, type Result } from './schema.js';

export function validate(result: unknown): Result {
  const parsed = ResultSchema.safeParse(result);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PagesiftError('INVALID_RESULT', `internal error: result fails the schema at ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  return parsed.data;
}
