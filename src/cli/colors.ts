/**
 * Colour only on a terminal, and only when NO_COLOR is unset
 * (https://no-color.org). FORCE_COLOR still wins, as chalk documents.
 * Diagnostics use stderr's; a human-facing report on stdout (check's text
 * reporter) uses stdout's.
 */
import chalk, { Chalk, chalkStderr, type ChalkInstance } from 'chalk';

export function stderrColors(): ChalkInstance {
  return colorsFor(process.stderr, chalkStderr);
}

export function stdoutColors(): ChalkInstance {
  return colorsFor(process.stdout, chalk);
}

function colorsFor(stream: NodeJS.WriteStream, colored: ChalkInstance): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (process.env.FORCE_COLOR === undefined && (noColor || !stream.isTTY)) return new Chalk({ level: 0 });
  return colored;
}
