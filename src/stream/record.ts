/**
 * One input line of stream mode: `{"id": …, "text": "…"}` (a page text dump) or
 * `{"id": …, "html": "…"}`. The id is echoed back as given, so it may be a string or a number.
 */
import { PagesiftError } from '../errors.js';
import type { InputFormat } from '../decode/detect-format.js';

export type RecordId = string | number | null;

export interface PageRecord {
  id: RecordId;
  page: string;
  format: InputFormat;
}

export function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new PagesiftError('BAD_RECORD', `line ${lineNumber}: not JSON (${(error as Error).message})`);
  }
}

/** The id of a parsed line, as far as it can be read: a bad record's error line still carries it. */
export function recordId(value: unknown): RecordId {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

export function toRecord(value: unknown, lineNumber: number): PageRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PagesiftError('BAD_RECORD', `line ${lineNumber}: expected an object {"id", "text" or "html"}`);
  }
  const { id, text, html } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new PagesiftError('BAD_RECORD', `line ${lineNumber}: "id" must be a string or a number`);
  }
  if (typeof text === 'string' && html === undefined) return { id, page: text, format: 'text' };
  if (typeof html === 'string' && text === undefined) return { id, page: html, format: 'html' };
  throw new PagesiftError('BAD_RECORD', `line ${lineNumber}: expected exactly one of "text" or "html", as a string`);
}
