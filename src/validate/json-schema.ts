/** The output contract as JSON Schema, generated from the zod schema (for `pagesift schema`). */
import * as z from 'zod/mini';
import { ResultSchema } from './schema.js';

export function resultJsonSchema(): object {
  return z.toJSONSchema(ResultSchema, { target: 'draft-2020-12' });
}
