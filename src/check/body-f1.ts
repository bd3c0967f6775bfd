/**
 * The body tolerance of `--min-body-f1`: the project's own metric (the Article
 * Extraction Benchmark's 4-token shingle F1, src/metrics), so "0.95" means the
 * same here as in `npm run eval`. Paragraphs are joined by newlines, which the
 * tokenizer treats as any other separator: only the words count.
 */
import { pageF1, shingleScore } from '../metrics/shingle-f1.js';

export function bodyF1(expected: readonly string[], actual: readonly string[]): number {
  return pageF1(shingleScore(expected.join('\n'), actual.join('\n')));
}
