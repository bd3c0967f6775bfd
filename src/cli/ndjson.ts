/**
 * `pagesift extract --ndjson`: NDJSON records on stdin, one result line per record on stdout,
 * in order. Line by line with readline, waiting for stdout to drain before reading on, so
 * memory stays flat however long the stream: the line protocol of Hadoop Streaming and
 * Spark's RDD.pipe. Bad records and bad pages become error lines, and blank lines are
 * skipped; the exit code is 0 once the stream is read to its end.
 */
import { createInterface } from 'node:readline';
import { PagesiftError } from '../errors.js';
import { extractRecordLine, type RecordOptions } from '../stream/extract-record.js';
import { writeOut } from './output.js';

export async function extractNdjson(input: NodeJS.ReadableStream, options: RecordOptions): Promise<void> {
  if (process.stdin.isTTY && input === process.stdin) throw new PagesiftError('USAGE', 'no input: pipe NDJSON records on stdin');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    await writeOut(extractRecordLine(line, lineNumber, options));
  }
}
