/**
 * A schema failure in a fixture's JSON file as one line a person can act on:
 * where (written like the diff paths, `socialQuotes[0].platform`) and what,
 * in English (zod/mini ships no messages; its default is "Invalid input").
 */
import en from 'zod/v4/locales/en.js';

/** Pass to safeParse for English messages. */
export const ENGLISH_ERRORS = { error: en().localeError };

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

export function schemaProblem(issues: readonly Issue[]): string {
  const [first, ...more] = issues;
  const also = more.length > 0 ? ` (and ${more.length} more)` : '';
  return `at ${pathOf(first.path)}: ${first.message}${also}`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('') || '(root)';
}
