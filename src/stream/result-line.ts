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
