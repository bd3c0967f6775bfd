/**
 * Character references (&amp;, &#233;, &eacute without its ';') decoded exactly
 * as htmlparser2's tokenizer decodes them: with the same decoder (the `entities`
 * release htmlparser2 itself depends on), started at the same '&', reading the
 * page from there. A reference never holds '<', a quote, white space or '>', so
 * it never reaches past the end of the text run or attribute value it sits in.
 */
import nodeModule from 'node:module';

/** How htmlparser2 reads a reference: in text (legacy names without ';' allowed) or in an attribute value. */
export const ReferenceMode = {
  /** entities' DecodingMode.Legacy. */
  Text: 0,
  /** entities' DecodingMode.Attribute. */
  Attribute: 2,
} as const;
export type ReferenceMode = (typeof ReferenceMode)[keyof typeof ReferenceMode];

/** The part of entities' EntityDecoder used here (entities/decode, 7.x). */
interface EntityDecoder {
  startEntity(mode: ReferenceMode): void;
  /** Characters of the reference consumed ('&' included) once it is decoded, 0 when it is none, -1 when the input ended first. */
  write(input: string, offset: number): number;
  /** At the end of the input: consumed, or 0. */
  end(): number;
}

interface EntitiesDecode {
  EntityDecoder: new (tree: Uint16Array, emit: (codePoint: number, consumed: number) => void) => EntityDecoder;
  htmlDecodeTree: Uint16Array;
  fromCodePoint(codePoint: number): string;
}

let decode: EntitiesDecode | null = null;

function load(): EntitiesDecode {
  if (decode === null) {
    // htmlparser2's own copy of `entities` (another package may pull in another release at the top level).
    const require = nodeModule.createRequire(import.meta.url);
    decode = nodeModule.createRequire(require.resolve('htmlparser2'))('entities/decode') as EntitiesDecode;
  }
  return decode;
}

/** Decodes the references of one page's runs of text and attribute values. */
export class ReferenceDecoder {
  private readonly decoder: EntityDecoder;
  private readonly fromCodePoint: (codePoint: number) => string;
  /** What the last reference decoded to (one or two code points). */
  private decoded = '';
  /** The first '&' at or after `searchedFrom`: runs come in page order, so the page is searched once, not once per run. */
  private nextAmp = -1;
  private searchedFrom = 0;

  constructor(private readonly html: string) {
    const { EntityDecoder, htmlDecodeTree, fromCodePoint } = load();
    this.fromCodePoint = fromCodePoint;
    this.decoder = new EntityDecoder(htmlDecodeTree, (codePoint) => (this.decoded += this.fromCodePoint(codePoint)));
  }

  /** The page's characters from `start` to `end`, references decoded. */
  decode(start: number, end: number, mode: ReferenceMode): string {
    let amp = this.ampFrom(start);
    if (amp >= end) return this.html.slice(start, end);
    let out = '';
    let from = start;
    while (amp < end) {
      const consumed = this.referenceAt(amp, mode);
      if (consumed > 0) {
        out += this.html.slice(from, amp) + this.decoded;
        from = amp + consumed;
      }
      amp = this.ampFrom(consumed > 0 ? from : amp + 1);
    }
    return out + this.html.slice(from, end);
  }

  /**
   * Decode the reference that starts at the '&' at `amp`: how many characters it takes ('&'
   * included; 0 when it is none, the '&' is then text), its value in `decoded`.
   */
  referenceAt(amp: number, mode: ReferenceMode): number {
    this.decoded = '';
    this.decoder.startEntity(mode);
    const consumed = this.decoder.write(this.html, amp + 1);
    return consumed >= 0 ? consumed : this.decoder.end();
  }

  /** The last reference's value. */
  get value(): string {
    return this.decoded;
  }

  /** The first '&' at or after `start`, or the page's length. */
  private ampFrom(start: number): number {
    if (this.nextAmp < start || start < this.searchedFrom) {
      const at = this.html.indexOf('&', start);
      this.nextAmp = at === -1 ? this.html.length : at;
      this.searchedFrom = start;
    }
    return this.nextAmp;
  }
}
