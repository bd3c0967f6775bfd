/**
 * The whole pipeline, in order:
 *   decode → blocks → features → classify → assemble → validate
 * Pure: text or bytes in, a validated result out. Formatting and I/O live in format/ and cli/.
 */
import { htmlToBlocks } from './blocks/html-blocks.js';
import type { PageMarkup } from './blocks/page-markup.js';
import { rawTextToBlocks } from './blocks/text-blocks.js';
import type { Block } from './blocks/block.js';
import { classify, type ClassifiedPage } from './classify/classify.js';
import { assemble } from './assemble/assemble.js';
import { decode } from './decode/decode.js';
import { detectFormat } from './decode/detect-format.js';
import { computeFeatures } from './features/features.js';
import type { Result } from './validate/schema.js';
import { validate } from './validate/validate.js';
import { checkInput, checkOptions, type ExtractOptions } from './arguments.js';

export type { ExtractOptions } from './arguments.js';

export interface Extraction {
  result: Result;
  /** Every block with its label, score and reasons: what --explain prints. */
  page: ClassifiedPage;
}

/** Extract the article and its side lists from one page dump. Throws PagesiftError on unusable input. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Result {
  return extractWithTrace(input, options).result;
}

/** Like extract(), but also returns the classified blocks, for --explain and tests. */
export function extractWithTrace(input: string | Uint8Array, options: ExtractOptions = {}): Extraction {
  // A JavaScript caller's arguments come unchecked: a bad one is a USAGE error here, before any work.
  checkInput(input);
  checkOptions(options);
  // Normalised per rendered line on the HTML path; on the text path, only the lines that hold a unit to change (rawTextToBlocks).
  const decoded = decode(input, { encoding: options.encoding, maxBytes: options.maxBytes, normalize: false });
  const format = options.input ?? detectFormat(decoded.text);
  const { blocks, markup }: { blocks: Block[]; markup: PageMarkup | null } =
    format === 'html' ? htmlToBlocks(decoded.text) : { blocks: rawTextToBlocks(decoded.text), markup: null };
  const features = computeFeatures(blocks);
  const page = classify(blocks, features);
  const result = assemble(page, {
    name: options.name ?? null,
    format,
    bytes: decoded.bytes,
    warnings: decoded.warnings,
    includeBoilerplate: options.includeBoilerplate,
    markup,
  });
  return { result: validate(result), page };
}
