/**
 * CLI entry: parse, run, and turn every failure into one line on stderr and a
 * documented exit code (exit-codes.ts). Stack traces only with --debug.
 */
import { CommanderError } from 'commander';
import { isPagesiftError } from '../errors.js';
import { CommandExit } from './command-exit.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { installPipeGuard } from './output.js';
import { createProgram } from './program.js';

export async function run(argv: readonly string[]): Promise<number> {
  installPipeGuard();
  const debug = argv.includes('--debug');
  const program = createProgram();
  // Subcommands added with addCommand() do not inherit these settings: apply them to the whole tree.
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ outputError: (msg, write) => write(`${oneLine(msg)}\n`) });
  }
  try {
    await program.parseAsync(argv as string[]);
    return EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with a CommanderError too, with exit code 0.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof CommandExit) return error.exitCode;
    const file = inputName(argv);
    if (isPagesiftError(error)) {
      process.stderr.write(`${oneLine(`pagesift: ${file ? `${file}: ` : ''}${error.message}`)}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return exitCodeFor(error.code);
    }
    const message = `pagesift: ${file ? `${file}: ` : ''}internal error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`${oneLine(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.SOFTWARE;
  }
}

/**
 * Any error message as the one line the README promises, including commander's two-line ones:
 * "error: unknown command 'x'\n(Did you mean y?)" -> "pagesift: unknown command 'x' (did you mean y?)".
 */
function oneLine(message: string): string {
  return message
    .trim()
    .replace(/^error: /, 'pagesift: ')
    .replace(/\n\(Did you mean/, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ');
}

/** The file operand of `extract`, for error messages. */
function inputName(argv: readonly string[]): string | null {
  const args = argv.slice(2);
  const at = args.indexOf('extract');
  if (at === -1) return null;
  for (let i = at + 1; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-') && a !== '-') {
      if (/^--(?:format|input|encoding|max-bytes)$/.test(a) || a === '-f') i++;
      continue;
    }
    return a === '-' ? 'stdin' : a;
  }
  return 'stdin';
}
