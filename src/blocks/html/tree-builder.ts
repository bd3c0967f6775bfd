/**
 * htmlparser2's Parser (HTML mode) on the scanner's tokens: which elements an
 * open tag closes (<p> by a block, <li> by the next <li>, ...), void elements,
 * self-closing tags inside <svg> and <math>, end tags that match no open element
 * ("</p>" alone is an empty paragraph, "</br>" a line break). Its rules and
 * tables are htmlparser2's, so the handler gets the events htmlparser2 sends:
 * onopentag, onclosetag, ontext, oncomment, oncommentend, onprocessinginstruction
 * and onend (a test compares them on the fixtures, every corpus page and
 * generated snippets). The open elements are a stack with the innermost last.
 */
import type { Handler } from 'htmlparser2';
import { ReadAttributes } from './attributes.js';
import type { TokenSink } from './scanner.js';

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);

/** An open tag of the key's name first closes the open elements, innermost first, as long as they are of these names. */
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', pTag], ['h1', pTag], ['h2', pTag], ['h3', pTag], ['h4', pTag], ['h5', pTag], ['h6', pTag],
  ['select', formTags], ['input', formTags], ['output', formTags], ['button', formTags], ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags], ['dt', ddtTags],
  ['address', pTag], ['article', pTag], ['aside', pTag], ['blockquote', pTag], ['details', pTag], ['div', pTag],
  ['dl', pTag], ['fieldset', pTag], ['figcaption', pTag], ['figure', pTag], ['footer', pTag], ['form', pTag],
  ['header', pTag], ['hr', pTag], ['main', pTag], ['nav', pTag], ['ol', pTag], ['pre', pTag], ['section', pTag],
  ['table', pTag], ['ul', pTag],
  ['rt', rtpTags], ['rp', rtpTags],
  ['tbody', tableSectionTags], ['tfoot', tableSectionTags],
]);

/** Elements without content or end tag: closed as soon as opened. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Inside these, "/>" closes an element ... */
const FOREIGN_CONTEXT_ELEMENTS: ReadonlySet<string> = new Set(['math', 'svg']);
/** ... and inside these (HTML again, within svg or math) it does not. */
const HTML_INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set([
  'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title',
]);

/** The name htmlparser2 cuts off a declaration's or processing instruction's value (up to white space or '/'). */
const NAME_END = /\s|\//;

export class TreeBuilder implements TokenSink {
  /** The open elements' names, innermost last. */
  private readonly stack: string[] = [];
  /** Whether "/>" closes an element, innermost context last (an html page starts outside svg and math). */
  private readonly foreign: boolean[] = [false];
  /** The open tag being read. */
  private tagName = '';

  constructor(private readonly handler: Partial<Handler>) {}

  text(data: string): void {
    this.handler.ontext?.(data);
  }

  openTagName(name: string): void {
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1])) {
        const closed = stack.pop()!;
        this.handler.onclosetag?.(closed, true);
      }
    }
    if (!VOID_ELEMENTS.has(name)) {
      this.stack.push(name);
      if (FOREIGN_CONTEXT_ELEMENTS.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    }
    this.tagName = name;
  }

  openTagEnd(attribs: Record<string, string>, selfClosing: boolean): void {
    const name = this.tagName;
    this.endOpenTag(attribs, false);
    if (selfClosing && this.foreign[this.foreign.length - 1] && this.stack[this.stack.length - 1] === name) {
      this.handler.onclosetag?.(name, true);
      this.stack.pop();
    }
  }

  closeTag(name: string): void {
    if (FOREIGN_CONTEXT_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (!VOID_ELEMENTS.has(name)) {
      const stack = this.stack;
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        // The element and every element still open inside it (those implied closed).
        while (stack.length > at) {
          const closed = stack.pop()!;
          this.handler.onclosetag?.(closed, stack.length !== at);
        }
      } else if (name === 'p') {
        // "</p>" with no open paragraph: an empty one.
        this.openTagName('p');
        this.endOpenTag(noAttributes(), true);
        if (this.stack[this.stack.length - 1] === 'p') {
          this.handler.onclosetag?.('p', false);
          this.stack.pop();
        }
      }
    } else if (name === 'br') {
      // "</br>": a line break.
      this.handler.onopentag?.('br', noAttributes(), true);
      this.handler.onclosetag?.('br', false);
    }
  }

  comment(data: string): void {
    this.handler.oncomment?.(data);
    this.handler.oncommentend?.();
  }

  declaration(value: string): void {
    this.handler.onprocessinginstruction?.(`!${instructionName(value)}`, `!${value}`);
  }

  processingInstruction(value: string): void {
    this.handler.onprocessinginstruction?.(`?${instructionName(value)}`, `?${value}`);
  }

  end(): void {
    const { handler, stack } = this;
    if (handler.onclosetag) for (let k = stack.length - 1; k >= 0; k--) handler.onclosetag(stack[k], true);
    handler.onend?.();
  }

  private endOpenTag(attribs: Record<string, string>, implied: boolean): void {
    const name = this.tagName;
    this.handler.onopentag?.(name, attribs, implied);
    if (VOID_ELEMENTS.has(name)) this.handler.onclosetag?.(name, true);
    this.tagName = '';
  }
}

/** The attributes of an element the page implies (every element's attributes have the same shape). */
function noAttributes(): Record<string, string> {
  return new ReadAttributes() as unknown as Record<string, string>;
}

function instructionName(value: string): string {
  const at = value.search(NAME_END);
  return (at < 0 ? value : value.slice(0, at)).toLowerCase();
}
