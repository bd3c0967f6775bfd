/** `pagesift batch <dir|file|glob>...`: many pages, in parallel, to files or NDJSON. Wires options only. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, ENCODINGS } from '../../decode/decode.js';
import { INPUT_FORMATS } from '../../decode/detect-format.js';
import type { BatchFlags } from '../batch-action.js';
import { parseByteSize } from '../parse-size.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of worker threads, 1 or more');
  return n;
}

export function batchCommand(): Command {
  return new Command('batch')
    .description('extract every page under folders, files or globs, in parallel: one JSON per page under --out, or NDJSON on stdout')
    .argument('<inputs...>', 'folders (searched recursively for .txt, .html, .htm and their .gz), page files, or globs')
    .option('-o, --out <dir>', 'write one JSON per page here, mirroring the input tree (a/b/page.txt -> DIR/a/b/page.json)')
    .option('--include <glob>', 'in folders, take files matching this glob instead of the page extensions (repeatable)', collect)
    .option('--exclude <glob>', 'leave out files matching this glob, relative to each folder or glob base (repeatable)', collect)
    .addOption(new Option('-j, --jobs <n>', 'worker threads (default: number of CPUs)').argParser(parseJobs))
    .option('--ordered', 'NDJSON lines in input order (the default)')
    .addOption(new Option('--unordered', 'NDJSON lines as pages finish: faster when page sizes vary a lot').conflicts('ordered'))
    .option('--skip-existing', 'skip pages whose output exists and is newer than the page (resume a stopped batch; needs --out)')
    .option('--report <file>', 'write every failure (path, code, message) to this JSON file')
    .option('-q, --quiet', 'no progress bar, per-page errors or summary on stderr')
    .option('--pretty', 'indent the JSON files under --out (NDJSON stays one line per page)')
    .option('--include-boilerplate', 'add the lines judged boilerplate to each result, with the rule that decided')
    .addOption(new Option('--input <format>', 'force the input format instead of sniffing it').choices([...INPUT_FORMATS]))
    .addOption(new Option('--encoding <encoding>', 'force the input encoding instead of sniffing it').choices([...ENCODINGS]))
    .addOption(new Option('--max-bytes <size>', 'refuse pages larger than this, gunzipped (e.g. 50MB, 200k)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '50MB'))
    // Loaded when batch runs, not at start-up: it brings worker threads, readline and the pool.
    .action(async (operands: string[], flags: BatchFlags) => (await import('../batch-action.js')).batchAction(operands, flags));
}
