/**
 * htmlparser2's Tokenizer with two character loops made faster. Inside <script>,
 * <style> and comments (half the characters of a news page) it skips ahead to the
 * next '<' or '-' with fastForwardTo, a charCodeAt loop; in text it looks at every
 * character for the '<' or '&' that ends the run. String.indexOf and one regex search
 * find the same positions several times faster, so the events are the same: a test
 * compares them with the stock tokenizer's. Neither method is public API: when a
 * release of htmlparser2 no longer has them in this form, the stock ones stay.
 */
import type { Tokenizer } from 'htmlparser2';

type TokenizerClass = typeof Tokenizer;

/** The fields of htmlparser2's Tokenizer that the scans read and move. */
interface ScanState {
  buffer: string;
  index: number;
  offset: number;
}

type StateMethod = (this: ScanState, c: number) => unknown;

const LT = 0x3c;
const AMP = 0x26;
// What ends a run of text when entities are decoded (cheerio's default, and ours).
const TEXT_END = /[<&]/g;

export function withFastScans(Stock: TokenizerClass): TokenizerClass {
  const stock = Stock.prototype as unknown as Record<string, StateMethod | undefined>;
  const stockFastForwardTo = stock.fastForwardTo;
  const stockStateText = stock.stateText;
  if (typeof stockFastForwardTo !== 'function' || stockFastForwardTo.length !== 1) return Stock;
  if (typeof stockStateText !== 'function' || stockStateText.length !== 1) return Stock;
  class FastTokenizer extends Stock {}
  Object.defineProperty(FastTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo });
  Object.defineProperty(FastTokenizer.prototype, 'stateText', {
    value: function stateText(this: ScanState, c: number) {
      // Any other character of a text run needs nothing: go to the last one before the run ends.
      if (c !== LT && c !== AMP) skipText(this);
      else stockStateText.call(this, c);
    },
  });
  return FastTokenizer;
}

/** Move to the next occurrence of the character after the current one; at the buffer's last character when there is none. */
function fastForwardTo(this: ScanState, c: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (at !== -1) {
    this.index = at + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

/** Move to the character before the next '<' or '&' (the tokenizer's loop steps onto it), or to the buffer's last. */
function skipText(state: ScanState): void {
  TEXT_END.lastIndex = state.index + 1 - state.offset;
  const end = TEXT_END.exec(state.buffer);
  state.index = (end ? end.index : state.buffer.length) + state.offset - 1;
}
