/**
 * A difference as lines a person can read: what changed where, the expected
 * value on a `-` line and the extracted one on a `+` line, with the changed
 * words marked (jsdiff's word diff). Plain text marks them git-style,
 * [-removed-] and {+added+}; with colour they are red and green instead.
 */
import type { ChalkInstance } from 'chalk';
import { diffWords } from 'diff';
import type { Difference } from './differences.js';
import type { FixtureOutcome } from './outcome.js';

// Unchanged words kept on each side of a change, so a one-word edit in a long paragraph stays one short line.
const CONTEXT_WORDS = 8;
// Below this share of letters in common, two texts are different texts (a wrong title, another paragraph):
// marking the few shared words ("the", "and") would only add noise.
const MIN_SHARED_TO_MARK = 0.5;

export function describeDifference(d: Difference, c: ChalkInstance): string[] {
  const head = `${c.bold(d.path)} ${d.change}`;
  if (d.change === 'dropped') return [head, c.red(`- ${show(d.expected)}`)];
  if (d.change === 'added') return [head, c.green(`+ ${show(d.actual)}`)];
  if (typeof d.expected !== 'string' || typeof d.actual !== 'string') {
    return [head, c.red(`- ${show(d.expected)}`), c.green(`+ ${show(d.actual)}`)];
  }
  const [minus, plus] = wordDiffLines(d.expected, d.actual, c);
  return [head, `${c.red('-')} ${minus}`, `${c.green('+')} ${plus}`];
}

/** Every line of a fixture's outcome, below its status line: what is wrong with it, the body F1, the differences. */
export function describeOutcome(outcome: FixtureOutcome, c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (outcome.problem) lines.push(outcome.problem);
  if (outcome.bodyF1 !== undefined) {
    const { f1, min } = outcome.bodyF1;
    lines.push(f1 >= min ? `body differs within tolerance: F1 ${f1.toFixed(3)} ≥ ${min}` : `body F1 ${f1.toFixed(3)} < ${min}:`);
  }
  for (const d of outcome.differences) lines.push(...describeDifference(d, c));
  return lines;
}

/** The fields an outcome's differences touch, once each, in report order: `title`, `body`. */
export function changedFields(outcome: FixtureOutcome): string[] {
  return [...new Set(outcome.differences.map((d) => d.path.split(/[.[]/)[0]))];
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function wordDiffLines(expected: string, actual: string, c: ChalkInstance): [string, string] {
  const plain = c.level === 0;
  const removed = (s: string) => (plain ? `[-${s}-]` : c.bgRed.black(s));
  const added = (s: string) => (plain ? `{+${s}+}` : c.bgGreen.black(s));
  const parts = diffWords(expected, actual);
  // diffWords ignores spacing; when that is all that differs, quoting shows it.
  if (parts.every((p) => !p.added && !p.removed)) return [JSON.stringify(expected), JSON.stringify(actual)];
  const shared = letters(parts.filter((p) => !p.added && !p.removed).map((p) => p.value).join(''));
  if (shared < MIN_SHARED_TO_MARK * Math.max(letters(expected), letters(actual))) return [expected, actual];
  let minus = '';
  let plus = '';
  parts.forEach((part, i) => {
    if (part.removed) minus += removed(part.value);
    else if (part.added) plus += added(part.value);
    else {
      const kept = elide(part.value, i > 0, i < parts.length - 1);
      minus += kept;
      plus += kept;
    }
  });
  return [minus, plus];
}

function letters(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** Shorten an unchanged run to the words next to the changes around it. */
function elide(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const words = [...text.matchAll(/\S+/g)];
  const keepHead = changeBefore ? CONTEXT_WORDS : 0;
  const keepTail = changeAfter ? CONTEXT_WORDS : 0;
  if (words.length <= keepHead + keepTail + 1) return text;
  const headEnd = keepHead > 0 ? words[keepHead - 1].index + words[keepHead - 1][0].length : 0;
  const tailStart = keepTail > 0 ? words[words.length - keepTail].index : text.length;
  return `${text.slice(0, headEnd)}${keepHead > 0 ? ' ' : ''}…${keepTail > 0 ? ' ' : ''}${text.slice(tailStart)}`;
}
