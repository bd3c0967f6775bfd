/** formatResult: the three formats, and a clear error for any other. */
import { describe, expect, it } from 'vitest';
import { isPagesiftError } from '../../src/errors.js';
import { formatResult, type OutputFormat } from '../../src/format/format.js';
import { extract } from '../../src/pipeline.js';

const result = extract('A headline\n\nA first paragraph of the article, long enough to read as prose, with the words a sentence has.\n');

describe('formatResult', () => {
  it('should give JSON, plain text and Markdown, each ending in a line end', () => {
    expect(JSON.parse(formatResult(result, 'json'))).toEqual(result);
    for (const format of ['json', 'text', 'markdown'] as const) expect(formatResult(result, format)).toMatch(/\n$/);
  });

  it('should refuse another format as a usage error instead of returning undefined', () => {
    for (const [format, got] of [['yaml', '"yaml"'], [undefined, 'undefined']] as const) {
      let error: unknown;
      try {
        formatResult(result, format as unknown as OutputFormat);
      } catch (thrown) {
        error = thrown;
      }
      expect(isPagesiftError(error) && { code: error.code, message: error.message }).toEqual({
        code: 'USAGE',
        message: `formatResult() format must be "json", "text" or "markdown", got ${got}`,
      });
    }
  });
});
