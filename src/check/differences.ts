/**
 * Where two JSON values differ, as a flat list of paths. Lists are aligned
 * with jsdiff's diffArrays, so a dropped paragraph reads as one dropped item
 * rather than every later paragraph "changed"; an item removed and another
 * added at the same place are paired as one changed item.
 */
import { isDeepStrictEqual } from 'node:util';
import { diffArrays } from 'diff';

export type Change = 'changed' | 'dropped' | 'added';

export interface Difference {
  /** Where, as a reader writes it: `title`, `body[3]`, `socialQuotes[1].speaker`. */
  path: string;
  change: Change;
  /** The expected value (absent when the item was added). */
  expected?: unknown;
  /** The extracted value (absent when the item was dropped). */
  actual?: unknown;
}

export function differences(path: string, expected: unknown, actual: unknown): Difference[] {
  if (isDeepStrictEqual(expected, actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) return listDifferences(path, expected, actual);
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) => differences(`${path}.${key}`, expected[key], actual[key]));
  }
  return [{ path, change: 'changed', expected, actual }];
}

function listDifferences(path: string, expected: unknown[], actual: unknown[]): Difference[] {
  const out: Difference[] = [];
  let e = 0; // index in expected of the next part
  let a = 0; // index in actual of the next part
  let pending: unknown[] = []; // removed items not yet paired with added ones
  let pendingAt = 0;
  const dropPending = () => {
    pending.forEach((item, i) => out.push({ path: `${path}[${pendingAt + i}]`, change: 'dropped', expected: item }));
    pending = [];
  };
  for (const part of diffArrays(expected, actual, { comparator: isDeepStrictEqual })) {
    const n = part.value.length;
    if (part.removed) {
      dropPending();
      pending = part.value;
      pendingAt = e;
      e += n;
    } else if (part.added) {
      const paired = Math.min(pending.length, n);
      for (let i = 0; i < paired; i++) out.push(...differences(`${path}[${pendingAt + i}]`, pending[i], part.value[i]));
      pending = pending.slice(paired);
      pendingAt += paired;
      dropPending();
      for (let i = paired; i < n; i++) out.push({ path: `${path}[${a + i}]`, change: 'added', actual: part.value[i] });
      a += n;
    } else {
      dropPending();
      e += n;
      a += n;
    }
  }
  dropPending();
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
