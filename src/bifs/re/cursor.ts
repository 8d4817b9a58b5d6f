// The reading side of the PCRE translator: a position in the pattern's code
// points, the compile flags, and the escapes and property names that mean
// the same in and out of character classes.

import { type Ranges, rangesText } from './charsets.js';

export type Newline = 'lf' | 'cr' | 'crlf' | 'anycrlf' | 'any';

export interface ReFlags {
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
  ungreedy: boolean;
  unicode: boolean;
  dollarEndonly: boolean;
  noAutoCapture: boolean;
  dupnames: boolean;
  newline: Newline;
  /** \w, \d, \s, \b and POSIX classes by Unicode properties. */
  ucp: boolean;
  firstline: boolean;
  bsrAnycrlf: boolean;
  notbol: boolean;
  noteol: boolean;
}

/** A pattern erl would not compile, or one erlts cannot translate. */
export class ReCompileError {
  constructor(
    readonly message: string,
    /** Index in the pattern's code points. */
    readonly pos: number,
  ) {}
}

export const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
export const isHex = (c: number | undefined) => c !== undefined && /[0-9a-fA-F]/.test(String.fromCharCode(c));
export const isWordChar = (c: number | undefined) => c !== undefined && /[0-9A-Za-z_]/.test(String.fromCharCode(c));

export class PatternCursor {
  i = 0;
  /** The largest character: 255 in byte mode. */
  readonly max: number;

  constructor(
    readonly p: number[],
    readonly f: ReFlags,
  ) {
    this.max = f.unicode ? 0x10ffff : 0xff;
  }

  peek(k = 0): number | undefined {
    return this.p[this.i + k];
  }

  at(s: string): boolean {
    for (let k = 0; k < s.length; k++) if (this.p[this.i + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  /** What a \d, \s or \w (upper case: its complement) means under ucp, as class text; null without ucp. */
  ucpSet(letter: string): { text: string; negated: boolean } | null {
    if (!this.f.ucp) return null;
    const texts: Record<string, string> = {
      d: '\\p{Nd}',
      s: '\\p{Z}\\t\\n\\x0b\\f\\r',
      w: '\\p{L}\\p{N}_',
      alpha: '\\p{L}',
      digit: '\\p{Nd}',
      alnum: '\\p{L}\\p{N}',
      lower: '\\p{Ll}',
      upper: '\\p{Lu}',
      word: '\\p{L}\\p{N}_',
      space: '\\p{Z}\\t\\n\\x0b\\f\\r',
    };
    const key = letter.length === 1 ? letter.toLowerCase() : letter;
    const text = texts[key];
    if (text === undefined) return null;
    return { text, negated: letter.length === 1 && letter !== letter.toLowerCase() };
  }

  /** A ucp set over the 256 characters of byte mode. */
  latin1Set(u: { text: string; negated: boolean }): Ranges {
    const re = new RegExp(`[${u.text}]`, 'u');
    const rs: Ranges = [];
    for (let c = 0; c <= 255; c++) if (re.test(String.fromCharCode(c)) !== u.negated) rs.push([c, c]);
    return rs;
  }

  /** \x.., \o{..}, \c., octal and the letter escapes that stand for one character; null for others. */
  escapedChar(inClass: boolean): number | null {
    const c = this.peek();
    if (c === undefined) return null;
    const ch = String.fromCharCode(c);
    const simple: Record<string, number> = { a: 7, e: 27, f: 12, n: 10, r: 13, t: 9 };
    if (simple[ch] !== undefined) {
      this.i++;
      return simple[ch]!;
    }
    if (inClass && ch === 'b') {
      this.i++;
      return 8;
    }
    if (ch === 'x') {
      this.i++;
      if (this.peek() === 0x7b) {
        let j = this.i + 1;
        while (isHex(this.p[j])) j++;
        if (this.p[j] === 0x7d && j > this.i + 1) {
          const v = parseInt(String.fromCharCode(...this.p.slice(this.i + 1, j)), 16);
          this.i = j + 1;
          if (v > this.max) throw new ReCompileError('character value in \\x{} or \\o{} is too large', j);
          return v;
        }
        return 0;
      }
      let v = 0;
      for (let k = 0; k < 2 && isHex(this.peek()); k++) v = v * 16 + parseInt(String.fromCharCode(this.p[this.i++]!), 16);
      return v;
    }
    if (ch === 'o' && this.peek(1) === 0x7b) {
      let j = this.i + 2;
      while (this.p[j] !== undefined && this.p[j]! >= 0x30 && this.p[j]! <= 0x37) j++;
      const v = parseInt(String.fromCharCode(...this.p.slice(this.i + 2, j)), 8);
      if (this.p[j] !== 0x7d || Number.isNaN(v)) throw new ReCompileError('missing } after \\o{', j);
      if (v > this.max) throw new ReCompileError('character value in \\x{} or \\o{} is too large', j);
      this.i = j + 1;
      return v;
    }
    if (ch === 'c') {
      this.i++;
      const x = this.peek();
      if (x === undefined) throw new ReCompileError('\\c at end of pattern', this.i);
      this.i++;
      return String.fromCharCode(x).toUpperCase().charCodeAt(0) ^ 0x40;
    }
    if (ch === '0' || (inClass && isDigit(c))) {
      let v = 0;
      let k = 0;
      while (k < 3 && this.peek() !== undefined && this.peek()! >= 0x30 && this.peek()! <= 0x37) {
        v = v * 8 + this.p[this.i++]! - 0x30;
        k++;
      }
      if (k === 0) {
        // \8 or \9 in a class: the digit itself
        return this.p[this.i++]!;
      }
      return v;
    }
    return null;
  }

  /** \p{..}: JS's Unicode properties; in byte mode, the Latin-1 characters that have them. */
  property(negated: boolean): string {
    let name: string;
    let nameEnd = this.i;
    if (this.peek() === 0x7b) {
      const j = this.p.indexOf(0x7d, this.i);
      if (j < 0) throw new ReCompileError('malformed \\P or \\p sequence', this.i);
      name = String.fromCharCode(...this.p.slice(this.i + 1, j));
      this.i = j + 1;
      nameEnd = j;
    } else {
      if (this.peek() === undefined) throw new ReCompileError('malformed \\P or \\p sequence', this.i);
      name = String.fromCharCode(this.p[this.i++]!);
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    const jsName = name === 'Any' ? 'Any' : name === 'L&' ? 'LC' : name;
    let re: RegExp;
    try {
      re = new RegExp(`^\\p{${jsName}}$`, 'u');
    } catch {
      throw new ReCompileError('unknown property name after \\P or \\p', nameEnd);
    }
    if (this.f.unicode) return `\\${negated ? 'P' : 'p'}{${jsName}}`;
    const rs: Ranges = [];
    for (let c = 0; c <= 255; c++) if (re.test(String.fromCharCode(c))) rs.push([c, c]);
    return `[${negated ? '^' : ''}${rangesText(rs)}]`;
  }
}
