/**
 * Credits the markup marks: an element whose class or id says "credit" (or
 * photographer, copyright, …) inside or next to a figure: `<span class="credit">AFP</span>`.
 */
import { normalizeInline } from '../../decode/normalize.js';
import type { MarkupCredit } from '../page-markup.js';
import { flatText, type Exit, type OpenElement, type Renderer, type RenderObserver } from './render.js';

// A credit names a source in a few words; a longer element with a "credit" class is a credits page or a footer.
const MAX_CREDIT_CHARS = 120;

export class CreditCollector implements RenderObserver {
  readonly credits: MarkupCredit[] = [];

  enter(el: OpenElement, renderer: Renderer): Exit | void {
    if (!el.classHints.includes('credit')) return;
    const subtree = renderer.keepSubtree();
    return (r) => {
      const credit = normalizeInline(flatText(subtree.element));
      const block = r.currentLine();
      if (credit !== '' && credit.length <= MAX_CREDIT_CHARS && block >= 0) this.credits.push({ block, credit });
    };
  }
}
