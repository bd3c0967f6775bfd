/** What classification says about each block, and why. */
export type Label =
  | 'title'
  | 'section'
  | 'byline'
  | 'dateline'
  | 'body'
  | 'image-credit'
  | 'caption'
  | 'related-heading'
  | 'related'
  | 'boilerplate';

/** Read-only: a reason that is always the same (a rule without detail) is one object shared by every block it is given to. */
export interface Reason {
  /** Stable rule id, as listed by --explain ("cue.ad", "region.outside", …). */
  readonly rule: string;
  /** What the rule saw, when that helps a reader ("matched 'Advertisement'"). */
  readonly detail?: string;
}

export interface Classification {
  label: Label;
  /** The block's content score: positive reads like article prose, negative like page furniture. */
  score: number;
  /** Every rule that fired on the block, in the order they were applied. */
  reasons: Reason[];
}

/** Gives block i (when there is one) the label, with the rule that gave it. */
export function mark(labels: Classification[], i: number | null, label: Label, rule: string): void {
  if (i === null) return;
  labels[i].label = label;
  labels[i].reasons.push({ rule });
}
