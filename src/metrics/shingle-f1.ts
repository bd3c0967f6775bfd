/**
 * The Article Extraction Benchmark's body metric, reproduced exactly
 * (its evaluate.py): tokens are \w+ runs; each text is a multiset of
 * 4-token shingles; TP/FP/FN are multiset overlaps normalised to sum to 1.
 * Corpus-level precision and recall are means over pages (see eval/).
 */

// Python's \w on str: letters, digits (any numeric), underscore; combining marks are not word characters.
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + SHINGLE);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised TP/FP/FN of predicted against true text. */
export function shingleScore(truth: string, predicted: string): ShingleCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Corpus scores the benchmark's way: mean precision over pages with output, mean recall over pages with truth, F1 of the means. */
export function corpusScore(pages: readonly ShingleCounts[]): { precision: number; recall: number; f1: number } {
  const withOutput = pages.filter((c) => c.tp + c.fp > 0);
  const withTruth = pages.filter((c) => c.tp + c.fn > 0);
  const precision = mean(withOutput.map(precisionOf));
  const recall = mean(withTruth.map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Per-page F1 (for ranking the worst pages; the corpus F1 is not the mean of these). */
export function pageF1(c: ShingleCounts): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
