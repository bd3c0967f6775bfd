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
  /**
   * Every rule that fired on the block, in the order they were applied. Never changed in place (addReason gives the
   * block a new list), so one list can stand for every block with the same reasons (see rules/prose-score.ts).
   */
  reasons: readonly Reason[];
}

/** Gives block i (when there is one) the label, with the rule that gave it. */
export function mark(labels: Classification[], i: number | null, label: Label, rule: string): void {
  if (i !== null) relabel(labels[i], label, { rule });
}

/** Gives the block the label, with a reason that is the same for every block given it (one shared object, not one a call). */
export function relabel(l: Classification, label: Label, reason: Reason): void {
  l.label = label;
  addReason(l, reason);
}

/**
 * Adds a reason after the block's others. A short list is copied into an array literal one longer, not pushed
 * onto: a literal holds exactly its elements, and a push onto a full array grows it by half and 16 slots more,
 * so every block's two to four reasons took 17 slots and more (21 KB of the 325 a text page allocated). Five are rare
 * (copied by a spread). The list the block had is left as it was: other blocks may share it.
 */
export function addReason(l: Classification, reason: Reason): void {
  const r = l.reasons;
  if (r.length === 1) l.reasons = [r[0], reason];
  else if (r.length === 2) l.reasons = [r[0], r[1], reason];
  else if (r.length === 3) l.reasons = [r[0], r[1], r[2], reason];
  else l.reasons = [...r, reason];
}
