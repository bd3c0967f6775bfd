/** Stage 7, format: the result as JSON, plain text or Markdown. */
import { PagesiftError } from '../errors.js';
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
    default:
      // A JavaScript caller's format comes unchecked (the CLI's is one of --format's choices): it returned undefined.
      throw new PagesiftError('USAGE', `formatResult() format must be "json", "text" or "markdown", got ${JSON.stringify(format as unknown) ?? typeof format}`);
  }
}
