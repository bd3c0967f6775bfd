/** The command tree. Exported so tests drive the CLI in-process. */
import { Command } from 'commander';
import { batchCommand } from './commands/batch.js';
import { extractCommand } from './commands/extract.js';
import { schemaCommand } from './commands/schema.js';
import { checkCommand } from './commands/check.js';
import { VERSION } from './version.js';

export function createProgram(): Command {
  return new Command('pagesift')
    .description('Turn a raw scraped news page into clean, validated, structured JSON.')
    .version(VERSION)
    .option('--debug', 'print stack traces for errors')
    .addCommand(extractCommand())
    .addCommand(batchCommand())
    .addCommand(schemaCommand())
    .addCommand(checkCommand());
}
