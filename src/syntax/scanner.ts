// The tokenizer, following erl_scan: same token categories, same 1-based
// line:column positions (every character, tab included, is one column), same
// error messages at the same positions.

import { isReservedWord, type ScanError, type Token } from './token.js';
import { isNameChar, writeString } from './write_term.js';

export interface ScanPosition {
  line: number;
  col: number;
}

/**
 * How a scan run ended: at a dot token, at the end of the text, needing more
 * text to finish the token at its end (only when the text is not final), or
 * at an error. `pos` indexes the code-point array and says where to resume.
 */
export type ScanStep =
  | { status: 'dot' | 'end'; tokens: Token[]; pos: number; line: number; col: number; safe: SafePoint }
  | { status: 'more'; safe: SafePoint }
  | { status: 'error'; error: ScanError; pos: number };

export function toCodePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0)!);
  return out;
}

/** The text of code points [from, to), in slices (a spread of a long slice overflows the argument list). */
export function codePointsText(cps: readonly number[], from = 0, to = cps.length): string {
  if (to - from <= 8192) return String.fromCodePoint(...cps.slice(from, to));
  let out = '';
  for (let i = from; i < to; i += 8192) out += String.fromCodePoint(...cps.slice(i, Math.min(i + 8192, to)));
  return out;
}

/** Scans all of `text`; the end of the text is the end of input. */
export function scan(text: string, start: ScanPosition = { line: 1, col: 1 }): Token[] | ScanError {
  const cps = toCodePoints(text);
  const step = scanStep(cps, 0, start.line, start.col, true, false);
  if (step.status === 'error') return step.error;
  if (step.status === 'more') throw new Error('unreachable: a final scan never wants more');
  return step.tokens;
}

/**
 * Scans from `pos` until a dot token (when stopAtDot) or the end of the text.
 * When `final` is false, a token that touches the end of the text could still
 * grow, so the step reports 'more' instead of guessing.
 */
/**
 * Where a scan that wanted more text can resume: the tokens complete so far
 * and the position just after the last of them (so the reader scans each
 * character about once, however many lines an expression takes).
 */
export interface SafePoint {
  tokens: Token[];
  pos: number;
  line: number;
  col: number;
}

/**
 * erl_scan's options: `text` keeps each token's source text (Token.text),
 * `comments` returns comments as tokens of kind 'comment'.
 */
export interface ScanOptions {
  text?: boolean;
  comments?: boolean;
}

export function scanStep(cps: readonly number[], pos: number, line: number, col: number, final: boolean, stopAtDot: boolean, opts?: ScanOptions): ScanStep {
  const s = new Scanner(cps, pos, line, col, final, opts);
  return s.run(stopAtDot);
}

const WS = (c: number): boolean => (c >= 0 && c <= 0x20) || (c >= 0x80 && c <= 0xa0);
const DIGIT = (c: number): boolean => c >= 0x30 && c <= 0x39;
const UPPER = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const LOWER = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const OCT = (c: number): boolean => c >= 0x30 && c <= 0x37;
const HEX = (c: number): boolean => DIGIT(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** A code point erl accepts in source text (erl_scan's ?UNICODE). */
export const isUnicode = (c: number): boolean => (c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);

function basedDigit(c: number, base: number): boolean {
  if (DIGIT(c)) return c < 0x30 + base;
  if (base <= 10) return false;
  if (c >= 0x41 && c <= 0x5a) return c < 0x41 + base - 10;
  if (c >= 0x61 && c <= 0x7a) return c < 0x61 + base - 10;
  return false;
}

function escapeValue(c: number): number {
  switch (c) {
    case 0x6e:
      return 10; // n
    case 0x72:
      return 13; // r
    case 0x74:
      return 9; // t
    case 0x76:
      return 11; // v
    case 0x62:
      return 8; // b
    case 0x66:
      return 12; // f
    case 0x65:
      return 27; // e
    case 0x73:
      return 32; // s
    case 0x64:
      return 127; // d
  }
  return c;
}

// Two- and three-character operators, longest first.
const MULTI_OPS = ['...', '=:=', '=/=', '?=', '<<', '<-', '<=', '>>', '>=', '->', '--', '++', '=<', '=>', '==', '/=', '||', ':=', '::', '..'].map((op) => ({
  op,
  cps: toCodePoints(op),
}));

/** Prefixes that cannot be decided until the next character arrives. */
const OP_PREFIXES = new Set(['?', '<', '>', '-', '+', '=:', '=/', '=', '/', '|', ':', '..', '.']);

class NeedMore extends Error {}
class Fail extends Error {
  constructor(
    readonly line: number,
    readonly col: number,
    override readonly message: string,
    readonly resume: number,
    readonly unterminated?: { quote: number; head: number[] },
  ) {
    super(message);
  }
}

/** Escape outcome inside a string or char literal. */
type Escape = { value: number; len: number; newline: boolean } | { error: 'illegal'; len: number } | { error: 'eof' };

class Scanner {
  private readonly n: number;
  constructor(
    private readonly cs: readonly number[],
    private i: number,
    private line: number,
    private col: number,
    private readonly final: boolean,
    private readonly opts?: ScanOptions,
  ) {
    this.n = cs.length;
  }

  /** Comments read since the last token (return_comments), added with the next one. */
  private comments: Token[] | null = null;

  /** The code point at i+k, or -1 past the end (then more text might matter). */
  private at(k: number): number {
    const j = this.i + k;
    if (j < this.n) return this.cs[j]!;
    if (!this.final) throw new NeedMore();
    return -1;
  }

  run(stopAtDot: boolean): ScanStep {
    const tokens: Token[] = [];
    let safe: SafePoint = { tokens, pos: this.i, line: this.line, col: this.col };
    try {
      for (;;) {
        safe = { tokens, pos: this.i, line: this.line, col: this.col };
        this.skipBlanks();
        if (this.i >= this.n) {
          const all = this.comments === null ? tokens : tokens.concat(this.takeComments());
          return { status: 'end', tokens: all, pos: this.i, line: this.line, col: this.col, safe };
        }
        const start = this.i;
        const tok = this.token();
        if (tok === null) continue;
        if (this.comments !== null) for (const c of this.takeComments()) tokens.push(c);
        if (this.opts?.text === true) tok.text = this.cs.slice(start, this.i);
        tokens.push(tok);
        if (tok.kind === 'dot' && stopAtDot) {
          return { status: 'dot', tokens, pos: this.i, line: this.line, col: this.col, safe };
        }
      }
    } catch (e) {
      if (e instanceof NeedMore) return { status: 'more', safe };
      if (e instanceof Fail) {
        return {
          status: 'error',
          error: { kind: 'scan_error', line: e.line, col: e.col, message: e.message, ...(e.unterminated ? { unterminated: e.unterminated } : {}) },
          pos: e.resume,
        };
      }
      throw e;
    }
  }

  private skipBlanks(): void {
    while (this.i < this.n) {
      const c = this.cs[this.i]!;
      if (c === 10) {
        this.i++;
        this.line++;
        this.col = 1;
      } else if (WS(c)) {
        this.i++;
        this.col++;
      } else if (c === 0x25) {
        this.skipComment();
      } else return;
    }
  }

  private takeComments(): Token[] {
    const cs = this.comments ?? [];
    this.comments = null;
    return cs;
  }

  private skipComment(): void {
    const startCol = this.col;
    let j = this.i;
    while (j < this.n && this.cs[j] !== 10) {
      const c = this.cs[j]!;
      if (!isUnicode(c)) throw new Fail(this.line, startCol, 'illegal character', j + 1);
      j++;
    }
    if (this.opts?.comments === true) {
      // A comment at the end of text that is not final may go on.
      if (j >= this.n && !this.final) throw new NeedMore();
      const body = this.cs.slice(this.i, j);
      const tok: Token = { kind: 'comment', line: this.line, col: startCol, value: body };
      if (this.opts.text === true) tok.text = body;
      (this.comments ??= []).push(tok);
    }
    this.col += j - this.i;
    this.i = j;
  }

  private make(kind: string, len: number, value?: Token['value']): Token {
    const t: Token = value === undefined ? { kind, line: this.line, col: this.col } : { kind, line: this.line, col: this.col, value };
    this.i += len;
    this.col += len;
    return t;
  }

  private token(): Token | null {
    const c = this.cs[this.i]!;
    if (UPPER(c) || c === 0x5f) return this.name('var');
    if (LOWER(c)) return this.name('atom');
    if (DIGIT(c)) return this.number();
    if (c === 0x22) return this.quoted(0x22);
    if (c === 0x27) return this.quoted(0x27);
    if (c === 0x24) return this.char();
    if (c === 0x2e) return this.dotOrPeriod();
    for (const { op, cps } of MULTI_OPS) {
      if (this.matches(cps)) return this.make(op, cps.length);
    }
    if (c <= 0xff) {
      const sym = String.fromCodePoint(c);
      if (OP_PREFIXES.has(sym)) this.at(1); // may need the next character
      return this.make(sym, 1);
    }
    throw new Fail(this.line, this.col, 'illegal character', this.i + 1);
  }

  /** Whether the text at i starts with `cps`; asks for more when the text ends inside a prefix. */
  private matches(cps: readonly number[]): boolean {
    for (let k = 0; k < cps.length; k++) {
      const j = this.i + k;
      if (j >= this.n) {
        if (!this.final && k > 0) throw new NeedMore();
        return false;
      }
      if (this.cs[j] !== cps[k]) return false;
    }
    return true;
  }

  private name(kind: 'atom' | 'var'): Token {
    let j = this.i + 1;
    while (j < this.n && isNameChar(this.cs[j]!)) j++;
    if (j >= this.n && !this.final) throw new NeedMore();
    // erl_scan refuses atoms of more than 255 characters, quoted or not.
    if (kind === 'atom' && j - this.i > 255) throw new Fail(this.line, this.col, 'illegal atom', j);
    const text = codePointsText(this.cs, this.i, j);
    if (kind === 'atom' && isReservedWord(text)) return this.make(text, j - this.i);
    return this.make(kind, j - this.i, text);
  }

  private dotOrPeriod(): Token {
    if (this.matches(toCodePoints('...'))) return this.make('...', 3);
    if (this.matches(toCodePoints('..'))) return this.make('..', 2);
    const next = this.at(1);
    if (next === -1 || next === 0x25) return this.make('dot', 1);
    if (next === 10) {
      const t = this.make('dot', 2);
      this.line++;
      this.col = 1;
      return t;
    }
    if (WS(next)) return this.make('dot', 2);
    return this.make('.', 1);
  }

  private number(): Token {
    const start = this.i;
    let j = this.i;
    const digitsWithSeparators = (isDigit: (c: number) => boolean): void => {
      for (;;) {
        const c = this.peekAt(j);
        if (c !== -1 && isDigit(c)) {
          j++;
        } else if (c === 0x5f && j > start && isDigit(this.cs[j - 1]!)) {
          const next = this.peekAt(j + 1);
          if (next !== -1 && isDigit(next)) j += 2;
          else return;
        } else return;
      }
    };
    digitsWithSeparators(DIGIT);
    const c = this.peekAt(j);
    if (c === 0x23) {
      const baseText = this.text(start, j).replace(/_/g, '');
      const base = Number(baseText);
      if (!(base >= 2 && base <= 36)) {
        throw new Fail(this.line, this.col, `illegal base '${baseText.replace(/^0+(?=\d)/, '')}'`, j);
      }
      const digitStart = j + 1;
      j = digitStart;
      const isBased = (d: number): boolean => basedDigit(d, base);
      // Separators need a based digit on both sides; the '#' is not one.
      for (;;) {
        const d = this.peekAt(j);
        if (d !== -1 && isBased(d)) j++;
        else if (d === 0x5f && j > digitStart && isBased(this.cs[j - 1]!)) {
          const next = this.peekAt(j + 1);
          if (next !== -1 && isBased(next)) j += 2;
          else break;
        } else break;
      }
      const digits = this.text(digitStart, j).replace(/_/g, '');
      if (digits === '') throw new Fail(this.line, this.col, 'illegal integer', j);
      return this.make('integer', j - start, parseBigInt(digits, base));
    }
    if (c === 0x2e) {
      const d = this.peekAt(j + 1);
      if (d !== -1 && DIGIT(d)) return this.float(start, j + 1);
    }
    return this.make('integer', j - start, parseBigInt(this.text(start, j).replace(/_/g, ''), 10));
  }

  private float(start: number, fracStart: number): Token {
    let j = fracStart;
    const run = (): void => {
      for (;;) {
        const c = this.peekAt(j);
        if (c !== -1 && DIGIT(c)) j++;
        else if (c === 0x5f && DIGIT(this.cs[j - 1]!)) {
          const next = this.peekAt(j + 1);
          if (next !== -1 && DIGIT(next)) j += 2;
          else return;
        } else return;
      }
    };
    run();
    const e = this.peekAt(j);
    if (e === 0x65 || e === 0x45) {
      j++;
      const sign = this.peekAt(j);
      if (sign === 0x2b || sign === 0x2d) j++;
      const expStart = j;
      const d = this.peekAt(j);
      if (d !== -1 && DIGIT(d)) {
        j++;
        run();
      }
      if (j === expStart) throw new Fail(this.line, this.col, 'illegal float', j);
    }
    const text = this.text(start, j).replace(/_/g, '');
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Fail(this.line, this.col, 'illegal float', j);
    return this.make('float', j - start, value);
  }

  private peekAt(j: number): number {
    if (j < this.n) return this.cs[j]!;
    if (!this.final) throw new NeedMore();
    return -1;
  }

  private text(from: number, to: number): string {
    return codePointsText(this.cs, from, to);
  }

  /** An escape sequence starting just after a backslash at index j. */
  private escape(j: number): Escape {
    const c = this.peekAt(j);
    if (c === -1) return { error: 'eof' };
    if (OCT(c)) {
      let k = j + 1;
      while (k < j + 3) {
        const d = this.peekAt(k);
        if (d !== -1 && OCT(d)) k++;
        else break;
      }
      return { value: parseInt(this.text(j, k), 8), len: k - j, newline: false };
    }
    if (c === 0x78) {
      const d = this.peekAt(j + 1);
      if (d === -1) return { error: 'eof' };
      if (d === 0x7b) {
        let k = j + 2;
        for (;;) {
          const h = this.peekAt(k);
          if (h === -1) return { error: 'eof' };
          if (HEX(h)) k++;
          else break;
        }
        if (this.cs[k] !== 0x7d) return { error: 'illegal', len: k - j };
        const hex = this.text(j + 2, k);
        const value = hex === '' ? -1 : parseInt(hex, 16);
        if (!isUnicode(value) || hex.length > 8) return { error: 'illegal', len: k + 1 - j };
        return { value, len: k + 1 - j, newline: false };
      }
      const d2 = this.peekAt(j + 2);
      if (HEX(d) && d2 !== -1 && HEX(d2)) return { value: parseInt(this.text(j + 1, j + 3), 16), len: 3, newline: false };
      return { error: 'illegal', len: 1 };
    }
    if (c === 0x5e) {
      const d = this.peekAt(j + 1);
      if (d === -1) return { error: 'eof' };
      if (d === 10) return { value: 10, len: 2, newline: true };
      return { value: d & 31, len: 2, newline: false };
    }
    if (c === 10) return { value: 10, len: 1, newline: true };
    if (isUnicode(c)) return { value: escapeValue(c), len: 1, newline: false };
    return { error: 'illegal', len: 1 };
  }

  private char(): Token {
    const c = this.peekAt(this.i + 1);
    if (c === -1) throw new Fail(this.line, this.col, 'unterminated character', this.i + 1);
    if (c === 0x5c) {
      const esc = this.escape(this.i + 2);
      if ('error' in esc) {
        if (esc.error === 'eof') throw new Fail(this.line, this.col, 'unterminated character', this.n);
        throw new Fail(this.line, this.col, 'illegal character', this.i + 2 + esc.len);
      }
      const t = this.make('char', 2 + esc.len, esc.value);
      if (esc.newline) {
        this.line++;
        this.col = 1;
      }
      return t;
    }
    if (c === 10) {
      const t = this.make('char', 2, 10);
      this.line++;
      this.col = 1;
      return t;
    }
    if (isUnicode(c)) return this.make('char', 2, c);
    throw new Fail(this.line, this.col, 'illegal character', this.i + 2);
  }

  /** A string ("...") or quoted atom ('...'). */
  private quoted(q: number): Token {
    const startLine = this.line;
    const startCol = this.col;
    let j = this.i + 1;
    let line = this.line;
    let col = this.col + 1;
    const chars: number[] = [];
    const unterminated = (): never => {
      const thing = q === 0x22 ? 'string' : 'atom';
      const head = writeString(chars.slice(0, 16), q);
      throw new Fail(startLine, startCol, `unterminated ${thing} starting with ${head}`, this.n, { quote: q, head: chars.slice(0, 16) });
    };
    for (;;) {
      if (j >= this.n) {
        if (!this.final) throw new NeedMore();
        unterminated();
      }
      const c = this.cs[j]!;
      if (c === q) {
        j++;
        col++;
        break;
      }
      if (c === 10) {
        chars.push(c);
        j++;
        line++;
        col = 1;
      } else if (c === 0x5c) {
        const esc = this.escape(j + 1);
        if ('error' in esc) {
          if (esc.error === 'eof') unterminated();
          else throw new Fail(line, col, 'illegal character', j + 1 + (esc as { len: number }).len);
        } else {
          chars.push(esc.value);
          j += 1 + esc.len;
          if (esc.newline) {
            line++;
            col = 1;
          } else col += 1 + esc.len;
        }
      } else if (isUnicode(c)) {
        chars.push(c);
        j++;
        col++;
      } else {
        throw new Fail(line, col, 'illegal character', j + 1);
      }
    }
    const tok: Token =
      q === 0x22
        ? { kind: 'string', line: startLine, col: startCol, value: chars }
        : { kind: 'atom', line: startLine, col: startCol, value: codePointsText(chars) };
    if (q === 0x27 && chars.length > 255) throw new Fail(startLine, startCol, 'illegal atom', j);
    this.i = j;
    this.line = line;
    this.col = col;
    return tok;
  }
}

function parseBigInt(digits: string, base: number): number | bigint {
  if (base === 10 && digits.length < 16) return Number(digits);
  let v = 0n;
  const b = BigInt(base);
  for (const ch of digits) v = v * b + BigInt(parseInt(ch, 36));
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
