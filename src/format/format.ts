/** Stage 7, format: the result as JSON, plain text or Markdown. */
import { oneOf, PagesiftError, shownValue } from '../errors.js';
import type { Result } from '../validate/schema.js';
import { toMarkdown } from './markdown.js';
import { toText } from './text.js';

/** The formats a result is printed in: --format's choices. */
export const OUTPUT_FORMATS = ['json', 'text', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function formatResult(result: Result, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, pretty ? 2 : undefined) + '\n';
    case 'text':
      return toText(result);
    case 'markdown':
      return toMarkdown(result);
    default:
      // A JavaScript caller's format comes unchecked (the CLI's is one of --format's choices): it returned undefined.
      throw new PagesiftError('USAGE', `formatResult() format must be ${oneOf(OUTPUT_FORMATS)}, got ${shownValue(format)}`);
  }
}
