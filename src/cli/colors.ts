/**
 * Colour for stderr only, and only when stderr is a terminal and NO_COLOR is
 * unset (https://no-color.org). FORCE_COLOR still wins, as chalk documents.
 * chalk is imported on first use: only --explain paints, and a one-page run
 * should not pay for loading it.
 */
import type { ChalkInstance } from 'chalk';

export async function stderrColors(): Promise<ChalkInstance> {
  const { Chalk, chalkStderr } = await import('chalk');
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (process.env.FORCE_COLOR === undefined && (noColor || !process.stderr.isTTY)) return new Chalk({ level: 0 });
  return chalkStderr;
}
