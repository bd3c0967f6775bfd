/**
 * One comparison of an expected result with an extracted one, shared by
 * `pagesift check` and the project's own fixture suite (tests/fixtures.test.ts),
 * so both always agree on what passes.
 */
import type { Result } from '../validate/schema.js';
import { bodyF1 } from './body-f1.js';
import { differences, type Difference } from './differences.js';
import { FIELDS, fieldValue, type Field } from './fields.js';

export interface CompareOptions {
  /** Compare only these fields (default: all). */
  fields?: readonly Field[];
  /** Pass the body when its shingle F1 against the expected body is at least this; other fields stay exact. */
  minBodyF1?: number;
}

export interface Comparison {
  differences: Difference[];
  /** The body's shingle F1 against the expected body and the least it may be, when a tolerance was asked for. */
  bodyF1?: { f1: number; min: number };
}

export function compareResults(expected: Result, actual: Result, options: CompareOptions = {}): Comparison {
  const fields = options.fields ?? FIELDS;
  const comparison: Comparison = { differences: [] };
  for (const field of FIELDS) {
    if (!fields.includes(field)) continue;
    const found = differences(field, fieldValue(expected, field), fieldValue(actual, field));
    if (field === 'body' && options.minBodyF1 !== undefined && found.length > 0) {
      comparison.bodyF1 = { f1: bodyF1(expected.article.body, actual.article.body), min: options.minBodyF1 };
      if (comparison.bodyF1.f1 >= options.minBodyF1) continue;
    }
    comparison.differences.push(...found);
  }
  return comparison;
}
