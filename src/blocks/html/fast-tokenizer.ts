/**
 * htmlparser2's Tokenizer with its longest character loops made faster. Inside
 * <script>, <style> and comments (half the characters of a news page) it skips
 * ahead to the next '<' or '-' with fastForwardTo, a charCodeAt loop; in text and
 * in quoted attribute values (URLs, srcsets, class lists) it looks at every
 * character for the one that ends the run. String.indexOf and one regex search find
 * the same positions several times faster, so the events are the same: a test
 * compares them with the stock tokenizer's. None of these methods is public API:
 * when a release of htmlparser2 no longer has them in this form, the stock ones stay.
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

/** A state that does nothing until one of two characters (its run's end, or '&' that starts an entity). */
interface RunState {
  method: string;
  stops: readonly [number, number];
  /** The same two characters, to search for. */
  next: RegExp;
}

const AMP = 0x26;
// Entities are decoded (cheerio's default, and ours), so '&' interrupts every run.
const RUN_STATES: readonly RunState[] = [
  { method: 'stateText', stops: [0x3c, AMP], next: /[<&]/g },
  { method: 'stateInAttributeValueDoubleQuotes', stops: [0x22, AMP], next: /["&]/g },
  { method: 'stateInAttributeValueSingleQuotes', stops: [0x27, AMP], next: /['&]/g },
];

export function withFastScans(Stock: TokenizerClass): TokenizerClass {
  const stock = Stock.prototype as unknown as Record<string, StateMethod | undefined>;
  const methods = ['fastForwardTo', ...RUN_STATES.map((s) => s.method)];
  if (!methods.every((m) => typeof stock[m] === 'function' && stock[m].length === 1)) return Stock;
  class FastTokenizer extends Stock {}
  Object.defineProperty(FastTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo });
  for (const { method, stops, next } of RUN_STATES) {
    const stockMethod = stock[method]!;
    const [end, amp] = stops;
    Object.defineProperty(FastTokenizer.prototype, method, {
      value: function (this: ScanState, c: number) {
        // Any other character of the run needs nothing: go to the last one before the run ends.
        if (c !== end && c !== amp) skipTo(this, next);
        else stockMethod.call(this, c);
      },
    });
  }
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

/** Move to the character before the next match (the tokenizer's loop steps onto it), or to the buffer's last. */
function skipTo(state: ScanState, next: RegExp): void {
  next.lastIndex = state.index + 1 - state.offset;
  const found = next.exec(state.buffer);
  state.index = (found ? found.index : state.buffer.length) + state.offset - 1;
}
