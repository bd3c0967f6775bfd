/**
 * Colour for stderr only, and only when stderr is a terminal and NO_COLOR is
 * unset (https://no-color.org). FORCE_COLOR still wins, as chalk documents.
 */
import { Chalk, chalkStderr, type ChalkInstance } from 'chalk';

export function stderrColors(): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (process.env.FORCE_COLOR === undefined && (noColor || !process.stderr.isTTY)) return new Chalk({ level: 0 });
  return chalkStderr;
}
