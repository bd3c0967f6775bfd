/**
 * Colour for a given stream: only on a terminal and only when NO_COLOR is
 * unset (https://no-color.org); FORCE_COLOR still wins, as chalk documents.
 * The rule of colors.ts, for a command that paints stdout too (check's text
 * report is read by people on a terminal, by CI logs otherwise).
 */
import chalk, { Chalk, chalkStderr, type ChalkInstance } from 'chalk';

export function colorsFor(stream: NodeJS.WriteStream): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (process.env.FORCE_COLOR === undefined && (noColor || !stream.isTTY)) return new Chalk({ level: 0 });
  return stream === process.stderr ? chalkStderr : chalk;
}
