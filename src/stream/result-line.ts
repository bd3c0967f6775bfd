/**
 * One NDJSON output line: `{"<key>": …, "ok": true, "result": {…}}` or
 * `{"<key>": …, "ok": false, "error": {"code", "message"}}`. Batch keys lines by "path",
 * stream mode by the record's "id". The result arrives already serialised (from a worker).
 */
export interface LineError {
  code: string;
  message: string;
}

export function okLine(key: 'path' | 'id', value: unknown, resultJson: string): string {
  return `{${JSON.stringify(key)}:${JSON.stringify(value)},"ok":true,"result":${resultJson}}\n`;
}

export function errorLine(key: 'path' | 'id', value: unknown, error: LineError): string {
  return JSON.stringify({ [key]: value, ok: false, error: { code: error.code, message: error.message } }) + '\n';
}

/**
 * A line's UTF-8 encoding as a Latin-1 string, one char per byte: a string V8 stores and copies between
 * threads 1 byte a char, which written as Latin-1 gives back the line's UTF-8 bytes.
 */
export function asUtf8Bytes(line: string): string {
  return Buffer.from(line).toString('latin1');
}
