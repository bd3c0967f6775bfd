/**
 * htmlparser2's Tokenizer (HTML mode, entities decoded), rewritten for a page
 * held whole in one string. The stock tokenizer is a state machine that calls
 * one method per character and reports every attribute's name and value through
 * callbacks; on a news page most characters sit in scripts, styles, URLs and
 * class lists nobody reads. Here each token is read in one go: String.indexOf
 * finds the next '<', the end of a quoted value or of a comment, a tag name is
 * one short loop, and only the attributes the HTML path reads (names.ts) are
 * sliced out and decoded.
 *
 * What comes out is what the stock tokenizer gives, quirks included (a stray
 * "</>" is text, "<!>" runs to the next '>', a page cut inside a tag ends in odd
 * text): a test compares the parse events with htmlparser2's on the fixtures,
 * every corpus page and generated snippets. Only text may come in other pieces
 * (the stock tokenizer cuts it at every reference and stray '<'); every reader
 * joins consecutive pieces of text.
 */
import { ReadAttributes } from './attributes.js';
import { ReferenceDecoder, ReferenceMode } from './character-references.js';
import { readAttributeName, tagName } from './names.js';

/** What the scanner reports, in page order. */
export interface TokenSink {
  text(data: string): void;
  /** An open tag's name has been read (htmlparser2 closes implied elements at this point, before its attributes). */
  openTagName(name: string): void;
  /** The open tag's '>' ('/>' when selfClosing); a tag the page cuts short never gets here. */
  openTagEnd(attribs: Record<string, string>, selfClosing: boolean): void;
  closeTag(name: string): void;
  comment(data: string): void;
  /** <!doctype html> and other "<!...>": what stands between "<!" and '>'. */
  declaration(value: string): void;
  /** "<?...>": what stands between "<?" and '>'. */
  processingInstruction(value: string): void;
  end(): void;
}

const TAB = 0x09, LF = 0x0a, FF = 0x0c, CR = 0x0d, SPACE = 0x20;
const BANG = 0x21, DQUOTE = 0x22, AMP = 0x26, SQUOTE = 0x27, DASH = 0x2d, SLASH = 0x2f;
const LT = 0x3c, EQ = 0x3d, GT = 0x3e, QUESTION = 0x3f, LBRACKET = 0x5b;
/** The tokenizer compares letters case-blind by setting this bit, on every character (so 0x1c passes for '<'). */
const CASE_BIT = 0x20;

/** HTML's white space: space, tab, line feed, form feed, carriage return. */
export function isWhitespace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === FF || c === CR;
}

function isEndOfTagSection(c: number): boolean {
  return c === SLASH || c === GT || isWhitespace(c);
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Elements whose content is raw text, up to the end tag: each name the tokenizer takes for one
 * → the end tag it then looks for. It tells them apart by their first two letters and matches the
 * rest against the end tag's name, so "xitle" is a title and "tmp" an xmp.
 */
const RAW_TEXT_END: ReadonlyMap<string, string> = new Map([
  ['script', 'script'], ['style', 'style'], ['title', 'title'], ['xitle', 'title'],
  ['textarea', 'textarea'], ['xextarea', 'textarea'], ['xmp', 'xmp'], ['tmp', 'xmp'],
]);
/** The one raw-text element whose references are decoded. */
const TITLE = 'title';

/** The end sequence "</name" as the tokenizer compares it: character codes, lower case. */
function endSequence(name: string): number[] {
  return Array.from(`</${name}`, (ch) => ch.charCodeAt(0));
}
const END_SEQUENCES: ReadonlyMap<string, number[]> = new Map(
  [...new Set(RAW_TEXT_END.values())].map((name) => [name, endSequence(name)]),
);
const COMMENT_END = [DASH, DASH, GT];
const CDATA_END = [0x5d, 0x5d, GT]; // ]]>
const CDATA_START = Array.from('CDATA[', (ch) => ch.charCodeAt(0));

/** Tokenize a whole page into the sink's calls. */
export function scanHtml(html: string, sink: TokenSink): void {
  new Scanner(html, sink).run();
}

class Scanner {
  private readonly n: number;
  private readonly references: ReferenceDecoder;

  constructor(private readonly html: string, private readonly sink: TokenSink) {
    this.n = html.length;
    this.references = new ReferenceDecoder(html);
  }

  run(): void {
    const { html, n } = this;
    let textStart = 0;
    let pos = 0;
    while (pos < n) {
      const lt = html.indexOf('<', pos);
      if (lt === -1) break;
      const c = html.charCodeAt(lt + 1);
      let next: number;
      if (c === BANG || c === QUESTION || c === SLASH || isAsciiAlpha(c)) {
        this.text(textStart, lt);
        next = c === BANG ? this.declaration(lt + 2)
          : c === QUESTION ? this.processingInstruction(lt + 2)
          : c === SLASH ? this.closeTag(lt)
          : this.openTag(lt + 1);
        if (next < 0) {
          // A stray "</>" or "</ >" is text, from its '<' on.
          textStart = lt;
          pos = -next;
          continue;
        }
        if (next >= n) {
          this.sink.end();
          return;
        }
        textStart = pos = next;
      } else {
        // Not a tag ("a < b", "<3", or the page's last character): text goes on, '<' included.
        pos = lt + 1;
      }
    }
    this.text(textStart, n);
    this.sink.end();
  }

  /** Text from start to end, references decoded. */
  private text(start: number, end: number): void {
    if (end > start) this.sink.text(this.references.decode(start, end, ReferenceMode.Text));
  }

  /**
   * What the stock tokenizer does when the page ends inside a construct it does not drop: the rest,
   * from where its current section started, is text. Returns the page's length (the scan is over).
   */
  private trailingText(sectionStart: number): number {
    // A section start of -1 (after a tag's name or end) slices the page's last character, as htmlparser2 does.
    if (sectionStart < this.n) this.sink.text(this.html.slice(sectionStart, this.n));
    return this.n;
  }

  /**
   * "<!" at start - 2: a comment, CDATA (a comment in HTML) or a declaration. Returns where text resumes.
   */
  private declaration(start: number): number {
    const { html, n } = this;
    if (start >= n) return n;
    const c = html.charCodeAt(start);
    if (c === DASH) {
      if (start + 1 >= n) return this.trailingText(start);
      if (html.charCodeAt(start + 1) === DASH) return this.commentLike(start + 2, COMMENT_END, 2, false);
      // "<!-x": a declaration; the character after the dash is skipped before looking for '>'.
      return this.declarationValue(start, start + 2);
    }
    if (c === LBRACKET) {
      for (let k = 0; k < CDATA_START.length; k++) {
        const at = start + 1 + k;
        if (at >= n) return this.trailingText(start);
        if (html.charCodeAt(at) !== CDATA_START[k]) return this.declarationValue(start, at);
      }
      return this.commentLike(start + 1 + CDATA_START.length, CDATA_END, 0, true);
    }
    // The character after "<!" is skipped before looking for '>' ("<!>" runs to the next '>').
    return this.declarationValue(start, start + 1);
  }

  /** A declaration from start up to the first '>' at or after `from`. */
  private declarationValue(start: number, from: number): number {
    const gt = this.html.indexOf('>', from);
    if (gt === -1) return this.trailingText(start);
    this.sink.declaration(this.html.slice(start, gt));
    return gt + 1;
  }

  /**
   * A comment's or CDATA section's content from start up to its end sequence ("-->", "]]>"), which may
   * run longer ("--->"). `matched` characters of the sequence count as seen already ("<!-->" is a comment).
   */
  private commentLike(start: number, end: readonly number[], matched: number, cdata: boolean): number {
    const { html, n } = this;
    let k = matched;
    for (let i = start; i < n; i++) {
      const c = html.charCodeAt(i);
      if (c === end[k]) {
        if (++k === end.length) {
          this.comment(html.slice(start, i - 2), cdata);
          return i + 1;
        }
      } else if (k === 0) {
        const at = html.indexOf(String.fromCharCode(end[0]), i + 1);
        if (at === -1) break;
        i = at;
        k = 1;
      } else if (c !== end[k - 1]) {
        k = 0;
      }
    }
    if (start < n) this.comment(html.slice(start, n), cdata);
    return n;
  }

  private comment(data: string, cdata: boolean): void {
    this.sink.comment(cdata ? `[CDATA[${data}]]` : data);
  }

  /** "<?" at start - 2: up to the next '>'. */
  private processingInstruction(start: number): number {
    if (start >= this.n) return this.n;
    const gt = this.html.indexOf('>', start);
    if (gt === -1) return this.trailingText(start);
    this.sink.processingInstruction(this.html.slice(start, gt));
    return gt + 1;
  }

  /**
   * "</" at lt. Returns where text resumes, or minus that when the '<' starts text ("</>").
   */
  private closeTag(lt: number): number {
    const { html, n } = this;
    let p = lt + 2;
    while (p < n && isWhitespace(html.charCodeAt(p))) p++;
    if (p >= n) return this.trailingText(lt);
    const c = html.charCodeAt(p);
    if (c === GT) return -(p + 1);
    if (!isAsciiAlpha(c)) {
      // "</3>": a bogus comment, up to the next '>'.
      const gt = html.indexOf('>', p + 1);
      if (gt === -1) return this.trailingText(p);
      this.sink.comment(html.slice(p, gt));
      return gt + 1;
    }
    // The name runs to white space or '>' ('/' does not end it).
    let e = p + 1;
    while (e < n) {
      const d = html.charCodeAt(e);
      if (d === GT || isWhitespace(d)) break;
      e++;
    }
    if (e >= n) return n;
    this.sink.closeTag(tagName(html, p, e));
    return this.afterCloseTag(e);
  }

  /** From the end of a closing tag's name to its '>'. */
  private afterCloseTag(e: number): number {
    const gt = this.html.charCodeAt(e) === GT ? e : this.html.indexOf('>', e + 1);
    return gt === -1 ? this.trailingText(-1) : gt + 1;
  }

  /** An open tag whose name starts at `start`. Returns where text resumes. */
  private openTag(start: number): number {
    const { html, n } = this;
    let e = start + 1;
    while (e < n && !isEndOfTagSection(html.charCodeAt(e))) e++;
    if (e >= n) {
      // Cut off by the page's end: dropped, but for a name that may still become a raw-text element's.
      return couldBeRawText(html, start, n) ? this.trailingText(start) : n;
    }
    const name = tagName(html, start, e);
    this.sink.openTagName(name);
    // Attributes the element does not have are undefined, as in an object holding only those it has.
    const attribs = new ReadAttributes() as unknown as Record<string, string>;
    let p = e;
    for (;;) {
      while (p < n && isWhitespace(html.charCodeAt(p))) p++;
      if (p >= n) return n;
      const c = html.charCodeAt(p);
      if (c === GT) {
        this.sink.openTagEnd(attribs, false);
        const end = RAW_TEXT_END.get(name);
        return end === undefined ? p + 1 : this.rawText(p + 1, end);
      }
      if (c === SLASH) {
        p++;
        while (p < n && isWhitespace(html.charCodeAt(p))) p++;
        if (p >= n) return this.trailingText(-1);
        if (html.charCodeAt(p) === GT) {
          // Self-closing: a raw-text element's content is then read as HTML.
          this.sink.openTagEnd(attribs, true);
          return p + 1;
        }
        continue;
      }
      p = this.attribute(p, attribs);
      if (p >= n) return n;
    }
  }

  /**
   * An attribute whose name starts at `start` (any character but white space, '/' and '>', '=' included).
   * Stores it when read and not already there (the first of repeats wins). Returns where the tag goes on,
   * or the page's length when it ends inside the attribute (the tag is dropped).
   */
  private attribute(start: number, attribs: Record<string, string>): number {
    const { html, n } = this;
    let p = start + 1;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (c === EQ || isEndOfTagSection(c)) break;
      p++;
    }
    if (p >= n) return n;
    const name = readAttributeName(html, start, p);
    while (p < n && isWhitespace(html.charCodeAt(p))) p++;
    if (p >= n) return n;
    if (html.charCodeAt(p) !== EQ) {
      // No value: '/' and '>' end the tag, anything else starts the next attribute.
      if (name !== '' && attribs[name] === undefined) attribs[name] = '';
      return p;
    }
    p++;
    while (p < n && isWhitespace(html.charCodeAt(p))) p++;
    if (p >= n) return n;
    const q = html.charCodeAt(p);
    let valueStart: number, valueEnd: number, next: number;
    if (q === DQUOTE || q === SQUOTE) {
      valueStart = p + 1;
      valueEnd = html.indexOf(q === DQUOTE ? '"' : "'", valueStart);
      if (valueEnd === -1) return n;
      next = valueEnd + 1;
    } else {
      // Unquoted: up to white space or '>' ("<a b=>" has an empty value).
      valueStart = p;
      valueEnd = p;
      while (valueEnd < n) {
        const c = html.charCodeAt(valueEnd);
        if (c === GT || isWhitespace(c)) break;
        valueEnd++;
      }
      if (valueEnd >= n) return n;
      next = valueEnd;
    }
    if (name !== '' && attribs[name] === undefined) {
      attribs[name] = this.references.decode(valueStart, valueEnd, ReferenceMode.Attribute);
    }
    return next;
  }

  /**
   * The content of a raw-text element (script, style, title, textarea, xmp) from `start`, up to its end
   * tag "</name" followed by white space or '>'. Returns where text resumes.
   */
  private rawText(start: number, endName: string): number {
    const { html, n } = this;
    const end = END_SEQUENCES.get(endName)!;
    const decodes = endName === TITLE;
    // Text before `from` is in `out`, references decoded (a title's only).
    let out = '';
    let from = start;
    let k = 0;
    for (let i = start; i < n; i++) {
      const c = html.charCodeAt(i);
      if (k === end.length) {
        if (c === GT || isWhitespace(c)) {
          const textEnd = i - end.length;
          if (textEnd > from || out !== '') this.sink.text(out + html.slice(from, textEnd));
          this.sink.closeTag(tagName(html, textEnd + 2, i));
          return this.afterCloseTag(i);
        }
        k = 0;
      }
      if ((c | CASE_BIT) === end[k]) {
        k++;
      } else if (k === 0) {
        if (decodes) {
          if (c === AMP) {
            const consumed = this.references.referenceAt(i, ReferenceMode.Text);
            if (consumed > 0) {
              out += html.slice(from, i) + this.references.value;
              from = i + consumed;
              i = from - 1;
            }
          }
        } else {
          const lt = html.indexOf('<', i + 1);
          if (lt === -1) break;
          i = lt;
          k = 1;
        }
      } else {
        // A partly matched end tag: "<</script>" still ends the script.
        k = c === LT ? 1 : 0;
      }
    }
    if (from < n || out !== '') this.sink.text(out + html.slice(from, n));
    return n;
  }
}

/** A name the page's end cuts off that the tokenizer was still matching against a raw-text element's. */
function couldBeRawText(html: string, start: number, end: number): boolean {
  const length = end - start;
  for (const name of RAW_TEXT_END.keys()) {
    if (length > name.length) continue;
    let k = 0;
    while (k < length && (html.charCodeAt(start + k) | CASE_BIT) === name.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}
