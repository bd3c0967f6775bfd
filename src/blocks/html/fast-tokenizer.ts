/**
 * htmlparser2's Tokenizer with one loop made faster. Inside <script>, <style> and
 * comments (half the characters of a news page) the tokenizer skips ahead to the
 * next '<' or '-' with fastForwardTo, a charCodeAt loop; String.indexOf finds the
 * same position several times faster. Same positions, same events: a test compares
 * them with the stock tokenizer's. The method is not public API, so when a release of
 * htmlparser2 no longer has it in this form, the stock tokenizer is used as it is.
 */
import type { Tokenizer } from 'htmlparser2';

type TokenizerClass = typeof Tokenizer;

/** The fields of htmlparser2's Tokenizer that fastForwardTo reads and moves. */
interface ScanState {
  buffer: string;
  index: number;
  offset: number;
}

export function withFastForward(Stock: TokenizerClass): TokenizerClass {
  const stock = (Stock.prototype as unknown as { fastForwardTo?: (c: number) => boolean }).fastForwardTo;
  if (typeof stock !== 'function' || stock.length !== 1) return Stock;
  class FastTokenizer extends Stock {}
  Object.defineProperty(FastTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo });
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
