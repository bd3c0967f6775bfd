/** `pagesift extract [file]`: one page in, one result out. Wires options only. */
import { Command, Option } from 'commander';
import { PagesiftError } from '../../errors.js';
import { ENCODINGS, DEFAULT_MAX_BYTES, type Encoding } from '../../decode/decode.js';
import { extractWithTrace } from '../../pipeline.js';
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from '../../format/format.js';
import { INPUT_FORMATS } from '../../decode/detect-format.js';
import { stderrColors } from '../colors.js';
import { explainLines } from '../explain.js';
import { stdoutIsTerminal, writeResult } from '../output.js';
import { readInput } from '../read-input.js';
import { parseByteSize } from '../parse-size.js';

interface ExtractFlags {
  pretty?: boolean;
  format: OutputFormat;
  includeBoilerplate?: boolean;
  explain?: boolean;
  input?: 'text' | 'html';
  encoding?: Encoding;
  maxBytes: number;
  ndjson?: boolean;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract the article, social quotes, image credits and related list from one page dump')
    .argument('[file]', 'page dump to read (text or HTML); stdin when absent or "-"')
    .option('--pretty', 'indent JSON with 2 spaces (the default when stdout is a terminal)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('json'))
    .option('--include-boilerplate', 'add the lines judged boilerplate to the JSON, each with the rule that decided')
    .option('--explain', 'print every block with its label, score and rules on stderr')
    .addOption(new Option('--input <format>', 'force the input format instead of sniffing it').choices([...INPUT_FORMATS]))
    .addOption(new Option('--encoding <encoding>', 'force the input encoding instead of sniffing it').choices([...ENCODINGS]))
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 50MB, 200k)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '50MB'))
    .addOption(
      new Option('--ndjson', 'stream mode: read {"id","text"|"html"} records on stdin, write one result line per record')
        .conflicts(['pretty', 'explain', 'input', 'encoding']),
    )
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      if (flags.ndjson) {
        if (file !== undefined && file !== '-') throw new PagesiftError('USAGE', '--ndjson reads records on stdin: give no file');
        if (flags.format !== 'json') throw new PagesiftError('USAGE', '--ndjson writes JSON lines: --format text or markdown does not apply');
        const { maxBytes, includeBoilerplate } = flags;
        // Loaded only in stream mode: it brings readline, which a one-page run does not need.
        const { extractNdjson } = await import('../ndjson.js');
        return extractNdjson(process.stdin, { maxBytes, includeBoilerplate });
      }
      const { bytes, name } = await readInput(file, flags.maxBytes);
      const { result, page } = extractWithTrace(bytes, {
        name,
        input: flags.input,
        encoding: flags.encoding,
        maxBytes: flags.maxBytes,
        includeBoilerplate: flags.includeBoilerplate,
      });
      if (flags.explain) process.stderr.write(explainLines(page, await stderrColors()));
      const pretty = flags.pretty ?? stdoutIsTerminal();
      await writeResult(formatResult(result, flags.format, pretty));
    });
}
