/**
 * A small reader for the PDFs Chromium prints (Skia's writer): a classic
 * cross-reference table, a trailer, plain (not compressed) dictionaries for the
 * catalog, pages and outline. It reads just what the export needs — the
 * trailer, an object's dictionary, the page order — in milliseconds, where a
 * full PDF library parses every object of a 1 MB file. Anything not in that
 * form (a cross-reference stream, object streams, encryption, a damaged file)
 * makes `readClassicPdf` return null and the caller takes the full library.
 */

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
/** A string's raw bytes (latin1 code units); `hex` keeps how it was written. */
export class PdfString {
  constructor(
    readonly raw: string,
    readonly hex = false,
  ) {}
}
export type PdfValue = PdfName | PdfRef | PdfString | number | boolean | null | PdfValue[] | Map<string, PdfValue>;
export type PdfDict = Map<string, PdfValue>;

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

class Parser {
  constructor(
    private readonly s: string,
    public pos: number,
  ) {}

  private skip() {
    const s = this.s;
    for (;;) {
      while (this.pos < s.length && WHITE.has(s.charCodeAt(this.pos))) this.pos++;
      if (s[this.pos] !== '%') return;
      while (this.pos < s.length && s[this.pos] !== '\n' && s[this.pos] !== '\r') this.pos++;
    }
  }

  /** A bare word: a number, keyword or (after the slash) a name. */
  private word(): string {
    const start = this.pos;
    const s = this.s;
    while (this.pos < s.length && !WHITE.has(s.charCodeAt(this.pos)) && !DELIM.has(s.charCodeAt(this.pos))) this.pos++;
    return s.slice(start, this.pos);
  }

  keyword(expected: string): void {
    this.skip();
    const w = this.word();
    if (w !== expected) throw new Error(`expected ${expected}, found ${w || this.s[this.pos]}`);
  }

  int(): number {
    this.skip();
    const w = this.word();
    if (!/^\d+$/.test(w)) throw new Error(`expected a whole number, found ${w}`);
    return Number(w);
  }

  value(): PdfValue {
    this.skip();
    const s = this.s;
    const c = s[this.pos];
    if (c === undefined) throw new Error('unexpected end of file');
    if (c === '/') {
      this.pos++;
      return new PdfName(
        this.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      );
    }
    if (c === '<' && s[this.pos + 1] === '<') {
      this.pos += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skip();
        if (s.startsWith('>>', this.pos)) {
          this.pos += 2;
          return dict;
        }
        const key = this.value();
        if (!(key instanceof PdfName)) throw new Error('a dictionary key must be a name');
        dict.set(key.name, this.value());
      }
    }
    if (c === '<') {
      const end = s.indexOf('>', this.pos);
      if (end < 0) throw new Error('unterminated hex string');
      const hex = s.slice(this.pos + 1, end).replace(/\s+/g, '');
      this.pos = end + 1;
      const padded = hex.length % 2 ? `${hex}0` : hex;
      let raw = '';
      for (let i = 0; i < padded.length; i += 2) raw += String.fromCharCode(parseInt(padded.slice(i, i + 2), 16));
      return new PdfString(raw, true);
    }
    if (c === '(') return this.literal();
    if (c === '[') {
      this.pos++;
      const out: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (s[this.pos] === ']') {
          this.pos++;
          return out;
        }
        out.push(this.value());
      }
    }
    const w = this.word();
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) throw new Error(`unexpected ${w || c}`);
    const n = Number(w);
    // `N G R` is a reference: look ahead without consuming when it is not.
    if (/^\d+$/.test(w)) {
      const save = this.pos;
      this.skip();
      const g = this.word();
      this.skip();
      if (/^\d+$/.test(g) && s[this.pos] === 'R' && !/[^\s/<>[\]()%]/.test(s[this.pos + 1] ?? ' ')) {
        this.pos++;
        return new PdfRef(n, Number(g));
      }
      this.pos = save;
    }
    return n;
  }

  private literal(): PdfString {
    const s = this.s;
    let depth = 0;
    let raw = '';
    for (this.pos++; this.pos < s.length; this.pos++) {
      const c = s[this.pos]!;
      if (c === '\\') {
        const n = s[++this.pos]!;
        const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        if (n in esc) raw += esc[n];
        else if (/[0-7]/.test(n)) {
          const oct = /^[0-7]{1,3}/.exec(s.slice(this.pos, this.pos + 3))![0];
          raw += String.fromCharCode(parseInt(oct, 8) & 0xff);
          this.pos += oct.length - 1;
        } else if (n === '\r') {
          if (s[this.pos + 1] === '\n') this.pos++;
        } else if (n !== '\n') raw += n;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && depth-- === 0) {
        this.pos++;
        return new PdfString(raw);
      }
      raw += c;
    }
    throw new Error('unterminated string');
  }
}

export interface ClassicPdf {
  /** The file as latin1 text: one code unit per byte, so offsets are byte offsets. */
  readonly text: string;
  readonly trailer: PdfDict;
  /** Where the newest cross-reference section starts (the update's /Prev). */
  readonly startxref: number;
  /** Byte offset of each object in use, newest revision first. */
  readonly offsets: Map<number, number>;
}

/** The xref table and trailer, following /Prev through earlier revisions; null when the file is not in that form. */
export function readClassicPdf(bytes: Uint8Array): ClassicPdf | null {
  try {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const tail = text.slice(-1024);
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!m) return null;
    const startxref = Number(m[1]);
    const offsets = new Map<number, number>();
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    for (let at: number | null = startxref; at !== null;) {
      if (seen.has(at) || at >= text.length) return null;
      seen.add(at);
      const p: Parser = new Parser(text, at);
      p.keyword('xref');
      for (;;) {
        const save = p.pos;
        let first: number;
        try {
          first = p.int();
        } catch {
          p.pos = save;
          break;
        }
        const count = p.int();
        // Entries are 20 bytes each after the subsection's line: `oooooooooo ggggg n\r\n`.
        const body = /^[ \t]*\r?\n?/.exec(text.slice(p.pos, p.pos + 4))![0].length;
        let pos = p.pos + body;
        for (let i = 0; i < count; i++, pos += 20) {
          // Digit by digit rather than a regular expression per entry: a report's table has thousands.
          let offset = 0;
          for (let k = 0; k < 10; k++) {
            const d = text.charCodeAt(pos + k) - 48;
            if (d < 0 || d > 9) return null;
            offset = offset * 10 + d;
          }
          const kind = text[pos + 17];
          if (text[pos + 10] !== ' ' || text[pos + 16] !== ' ' || (kind !== 'n' && kind !== 'f')) return null;
          if (kind === 'n' && !offsets.has(first + i)) offsets.set(first + i, offset);
        }
        p.pos = pos;
      }
      p.keyword('trailer');
      const dict: PdfValue = p.value();
      if (!(dict instanceof Map)) return null;
      // A hybrid file (an xref stream beside the table) or an encrypted one: the full library reads those.
      if (dict.has('XRefStm') || dict.has('Encrypt')) return null;
      trailer ??= dict;
      const prev: PdfValue | undefined = dict.get('Prev');
      at = typeof prev === 'number' ? prev : null;
    }
    if (!trailer || !(trailer.get('Root') instanceof PdfRef)) return null;
    return { text, trailer, startxref, offsets };
  } catch {
    return null;
  }
}

/** The object `ref` points to (its value; a stream's dictionary without the data). */
export function resolve(pdf: ClassicPdf, v: PdfValue | undefined): PdfValue | undefined {
  if (!(v instanceof PdfRef)) return v;
  const at = pdf.offsets.get(v.num);
  if (at === undefined) return undefined;
  const p = new Parser(pdf.text, at);
  if (p.int() !== v.num) throw new Error(`object ${v.num} is not where the table says`);
  p.int();
  p.keyword('obj');
  return p.value();
}

export function dictOf(pdf: ClassicPdf, v: PdfValue | undefined): PdfDict | null {
  const d = resolve(pdf, v);
  return d instanceof Map ? d : null;
}

/** A PDF text string as JavaScript: UTF-16BE after a byte-order mark, PDFDocEncoding (≈ latin1) otherwise. */
export function textOf(v: PdfValue | undefined): string | null {
  if (!(v instanceof PdfString)) return null;
  const raw = v.raw;
  if (raw.startsWith('\xfe\xff')) {
    let out = '';
    for (let i = 2; i + 1 < raw.length; i += 2)
      out += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return out;
  }
  return raw;
}

/** A JavaScript string as a PDF text string: hex UTF-16BE with its byte-order mark (any language). */
export function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Page objects in document order (walking the page tree), by object number. */
export function pageNumbersOf(pdf: ClassicPdf): Map<number, number> {
  const root = dictOf(pdf, pdf.trailer.get('Root'));
  const pages = new Map<number, number>();
  const seen = new Set<number>();
  const walk = (ref: PdfValue | undefined) => {
    if (!(ref instanceof PdfRef) || seen.has(ref.num)) return;
    seen.add(ref.num);
    const node = dictOf(pdf, ref);
    if (!node) return;
    const kids = node.get('Kids');
    if (Array.isArray(kids)) kids.forEach(walk);
    else pages.set(ref.num, pages.size + 1);
  };
  walk(root?.get('Pages'));
  return pages;
}
