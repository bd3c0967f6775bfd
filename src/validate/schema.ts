/**
 * The output contract, as a zod schema. zod/mini (the tree-shakable build of
 * zod 4) because the CLI is bundled and start-up time counts: the classic
 * build added ~60 ms to every one-page run.
 */
import * as z from 'zod/mini';
import { INPUT_FORMATS } from '../decode/detect-format.js';

export const SCHEMA_VERSION = 1 as const;

export const PlatformSchema = z.enum(['x', 'instagram', 'facebook', 'youtube', 'threads', 'linkedin', 'truth-social', 'other']);

export const BylineSchema = z.object({
  raw: z.string(),
  authors: z.array(z.string()),
  agency: z.nullable(z.string()),
});

/** Where a metadata field came from: the page's JSON-LD, its <meta>/rel=author markup, or its visible text; null when absent. */
export const SourceSchema = z.nullable(z.enum(['json-ld', 'meta', 'text']));

export const ProvenanceSchema = z.object({
  title: SourceSchema,
  byline: SourceSchema,
  published: SourceSchema,
  section: SourceSchema,
});

export const ArticleSchema = z.object({
  title: z.nullable(z.string()),
  section: z.nullable(z.string()),
  byline: z.nullable(BylineSchema),
  published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/))),
  body: z.array(z.string()),
  provenance: ProvenanceSchema,
});

export const SocialQuoteSchema = z.object({
  platform: PlatformSchema,
  speaker: z.nullable(z.string()),
  handle: z.nullable(z.string()),
  text: z.string().check(z.minLength(1)),
  paragraph: z.number().check(z.int(), z.nonnegative()),
});

export const ImageCreditSchema = z.object({ text: z.string(), credit: z.string().check(z.minLength(1)) });

export const RelatedItemSchema = z.object({ title: z.string().check(z.minLength(1)), summary: z.nullable(z.string()) });

export const BoilerplateLineSchema = z.object({ line: z.number(), text: z.string(), rule: z.string() });

export const ResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    name: z.nullable(z.string()),
    format: z.enum(INPUT_FORMATS),
    bytes: z.number().check(z.int(), z.nonnegative()),
  }),
  article: ArticleSchema,
  socialQuotes: z.array(SocialQuoteSchema),
  imageCredits: z.array(ImageCreditSchema),
  related: z.array(RelatedItemSchema),
  /** Only with includeBoilerplate: the blocks judged furniture, with the rule that decided. */
  boilerplate: z.optional(z.array(BoilerplateLineSchema)),
  warnings: z.array(z.string()),
});

export type Result = z.infer<typeof ResultSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type SocialQuoteOut = z.infer<typeof SocialQuoteSchema>;
export type ImageCredit = z.infer<typeof ImageCreditSchema>;
export type RelatedItem = z.infer<typeof RelatedItemSchema>;
