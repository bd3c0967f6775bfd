/**
 * The DOM subtree of one element, built from the parse events that fall
 * inside it, for the few elements read whole (an embed, a credit, a title,
 * a JSON-LD script, the <head>). The same DomHandler a whole-page parse would
 * use, so the subtree is the one that parse would give.
 */
import type { DomHandler, Element } from 'domhandler';
import { newDomHandler } from './parse.js';

export class Subtree {
  private readonly handler: DomHandler = newDomHandler();
  /** Elements open inside the subtree, its root included: 0 once the root has closed. */
  private open = 0;

  constructor(name: string, attribs: Record<string, string>) {
    this.onopentag(name, attribs);
  }

  /** The root element with everything inside it; complete once the root has closed. */
  get element(): Element {
    return this.handler.root.children[0] as Element;
  }

  get closed(): boolean {
    return this.open === 0;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.open++;
    this.handler.onopentag(name, attribs);
  }

  onclosetag(): void {
    this.open--;
    this.handler.onclosetag();
  }

  ontext(data: string): void {
    this.handler.ontext(data);
  }

  oncomment(data: string): void {
    this.handler.oncomment(data);
  }

  oncommentend(): void {
    this.handler.oncommentend();
  }

  onprocessinginstruction(name: string, data: string): void {
    this.handler.onprocessinginstruction(name, data);
  }
}
