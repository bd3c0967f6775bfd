/**
 * htmlparser2's Tokenizer with its longest character loops made faster. Inside
 * <script>, <style> and comments (half the characters of a news page) it skips
 * ahead to the next '<' or '-' with fastForwardTo, a charCodeAt loop; in text and
 * in quoted attribute values (URLs, srcsets, class lists) it looks at every
 * character for the one that ends the run, each through its state machine's switch.
 * String.indexOf and a loop over the run's characters find the same positions several
 * times faster (the loop also beat one regex search per run, by 6% of the HTML blocks
 * stage: runs are short, a regex call is not), so the events are the same: a test
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
}

const AMP = 0x26;
// Entities are decoded (cheerio's default, and ours), so '&' interrupts every run.
const RUN_STATES: readonly RunState[] = [
  { method: 'stateText', stops: [0x3c, AMP] },
  { method: 'stateInAttributeValueDoubleQuotes', stops: [0x22, AMP] },
  { method: 'stateInAttributeValueSingleQuotes', stops: [0x27, AMP] },
];

export function withFastScans(Stock: TokenizerClass): TokenizerClass {
  const stock = Stock.prototype as unknown as Record<string, StateMethod | undefined>;
  const methods = ['fastForwardTo', ...RUN_STATES.map((s) => s.method)];
  if (!methods.every((m) => typeof stock[m] === 'function' && stock[m].length === 1)) return Stock;
  class FastTokenizer extends Stock {}
  Object.defineProperty(FastTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo });
  for (const { method, stops } of RUN_STATES) {
    const stockMethod = stock[method]!;
    const [end, amp] = stops;
    Object.defineProperty(FastTokenizer.prototype, method, {
      value: function (this: ScanState, c: number) {
        // Any other character of the run needs nothing: go to the last one before the run ends.
        if (c !== end && c !== amp) skipTo(this, end, amp);
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

/** Move to the character before the next `a` or `b` (the tokenizer's loop steps onto it), or to the buffer's last. */
function skipTo(state: ScanState, a: number, b: number): void {
  const buffer = state.buffer;
  let i = state.index + 1 - state.offset;
  for (const n = buffer.length; i < n; i++) {
    const c = buffer.charCodeAt(i);
    if (c === a || c === b) break;
  }
  state.index = i + state.offset - 1;
}
