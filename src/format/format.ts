/** Stage 7, format: the result as JSON, plain text or Markdown. */
import type { Result } from '../validate/schema.js';
import { toMarkdown } from './markdown.js';
import { toText } from './text.js';

export type OutputFormat = 'json' | 'text' | 'markdown';

export function formatResult(result: Result, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, pretty ? 2 : undefined) + '\n';
    case 'text':
      return toText(result);
    case 'markdown':
      return toMarkdown(result);
  }
}
