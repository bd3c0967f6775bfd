/** Stream mode, one line in, one line out: never throws, a bad record or page is an error line. */
import { isPagesiftError } from '../errors.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import { parseLine, recordId, toRecord, type RecordId } from './record.js';
import { errorLine, okLine } from './result-line.js';

export type RecordOptions = Omit<ExtractOptions, 'name' | 'input'>;

export function extractRecordLine(line: string, lineNumber: number, options: RecordOptions): string {
  let id: RecordId = null;
  try {
    const value = parseLine(line, lineNumber);
    id = recordId(value);
    const record = toRecord(value, lineNumber);
    const result = extract(record.page, { ...options, name: String(record.id), input: record.format });
    return okLine('id', id, JSON.stringify(result));
  } catch (error) {
    if (isPagesiftError(error)) return errorLine('id', id, error);
    return errorLine('id', id, { code: 'INTERNAL', message: `internal error: ${(error as Error)?.message ?? String(error)}` });
  }
}
