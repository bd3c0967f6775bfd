/** The library: `import { extract } from 'pagesift'`. Only re-exports. */
export { extract, extractWithTrace, type ExtractOptions, type Extraction } from './pipeline.js';
export { PagesiftError, isPagesiftError, type ErrorCode } from './errors.js';
export { ResultSchema, SCHEMA_VERSION, type Result, type Article, type SocialQuoteOut as SocialQuote, type ImageCredit, type RelatedItem } from './validate/schema.js';
export { resultJsonSchema } from './validate/json-schema.js';
export { formatResult, type OutputFormat } from './format/format.js';
export { shingleScore, type ShingleCounts } from './metrics/shingle-f1.js';
export type { Classification, Label, Reason } from './classify/labels.js';
