// io_lib:format/2: the control sequences of io:format, with erl's badarg
// whenever a directive and its argument do not fit (the reason is not told:
// io_lib:format only ever raises badarg).

import { codePointsToString } from './code_points.js';
import { Atom, BitStr, Cons, ErlFloat, NIL, type Term } from './types.js';
import { badarg } from './exception.js';
import type { Encoding } from './atom_quote.js';
import { charsLength } from './print/chars.js';
import { writeTerm } from './print/write.js';
import { prettyTerm } from './print/pretty.js';
import { formatFloatE, formatFloatF, formatFloatG } from './floats.js';

/** One parsed control sequence ~F.P.PadModC. */
export interface Spec {
  width: number | null;
  adjust: 'left' | 'right';
  precision: number | null;
  pad: number;
  encoding: Encoding;
  strings: boolean;
  control: string;
  args: Term[];
}

/** What erl's io_lib_format would fail on: a function clause, a badmatch... */
class FormatFailure extends Error {}

function fail(): never {
  throw new FormatFailure();
}

// ---- the format string -----------------------------------------------------

/** The format as code points; a list may hold nested character lists (printed as they are). */
function formatChars(format: Term | string): (number | string)[] {
  if (typeof format === 'string') return Array.from(format, (c) => c.codePointAt(0)!);
  if (format instanceof Atom) return Array.from(format.name, (c) => c.codePointAt(0)!);
  if (format instanceof BitStr) {
    if (!format.isBinary) fail();
    return Array.from(format.buf);
  }
  const out: (number | string)[] = [];
  let l: Term = format;
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c === 'number') out.push(c);
    else out.push(codePointsToString(flattenChars(c, 'unicode')));
    l = l.tail;
  }
  if (l !== NIL) fail();
  return out;
}

class Scanner {
  pos = 0;
  argPos = 0;
  constructor(
    readonly fmt: (number | string)[],
    readonly args: readonly Term[],
  ) {}
  peek(offset = 0): number | string | undefined {
    return this.fmt[this.pos + offset];
  }
  nextArg(): Term {
    if (this.argPos >= this.args.length) fail();
    return this.args[this.argPos++]!;
  }
  hasArg(): boolean {
    return this.argPos < this.args.length;
  }
}

const DIGIT_0 = 0x30;
const isDigit = (c: number | string | undefined): c is number => typeof c === 'number' && c >= DIGIT_0 && c <= DIGIT_0 + 9;

/** field_value: a number, `*` taking an integer argument, or nothing. */
function fieldValue(s: Scanner): number | null {
  const c = s.peek();
  if (c === 0x2a /* * */ && s.hasArg() && isInteger(s.args[s.argPos]!)) {
    s.pos++;
    return Number(s.nextArg());
  }
  if (!isDigit(c)) return null;
  let v = 0;
  while (isDigit(s.peek())) v = v * 10 + ((s.fmt[s.pos++] as number) - DIGIT_0);
  return v;
}

function isInteger(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** The argument count each control character takes. */
const ARITY: { [c: string]: number } = {
  w: 1,
  p: 1,
  W: 2,
  P: 2,
  s: 1,
  e: 1,
  f: 1,
  g: 1,
  b: 1,
  B: 1,
  x: 2,
  X: 2,
  '+': 1,
  '#': 1,
  c: 1,
  '~': 0,
  n: 0,
  i: 1,
};

function scanSpec(s: Scanner): Spec {
  // Field width, maybe left-adjusted by `-` (a negative `*` argument also left-adjusts).
  let width: number | null;
  let adjust: 'left' | 'right' = 'right';
  if (s.peek() === 0x2d /* - */) {
    s.pos++;
    const f = fieldValue(s);
    if (f === null) fail(); // -none is badarith in erl
    width = -f;
  } else width = fieldValue(s);
  if (width !== null && width < 0) {
    width = -width;
    adjust = 'left';
  }
  let precision: number | null = null;
  if (s.peek() === 0x2e /* . */) {
    s.pos++;
    precision = fieldValue(s);
    // erl loops or fails on a negative precision (from `*`); fail.
    if (precision !== null && precision < 0) fail();
  }
  let pad = 0x20;
  if (s.peek() === 0x2e) {
    if (s.peek(1) === 0x2a && s.hasArg()) {
      s.pos += 2;
      const p = s.nextArg();
      if (typeof p !== 'number') fail();
      pad = p;
    } else if (s.peek(1) !== undefined) {
      const p = s.peek(1)!;
      if (typeof p !== 'number') fail();
      pad = p;
      s.pos += 2;
    }
  }
  let encoding: Encoding = 'latin1';
  let strings = true;
  for (;;) {
    const c = s.peek();
    if (c === 0x74 /* t */) encoding = 'unicode';
    else if (c === 0x6c /* l */) strings = false;
    else break;
    s.pos++;
  }
  const cc = s.peek();
  if (typeof cc !== 'number') fail();
  const control = String.fromCodePoint(cc);
  const arity = ARITY[control];
  if (arity === undefined) fail();
  s.pos++;
  const args: Term[] = [];
  for (let i = 0; i < arity; i++) args.push(s.nextArg());
  return { width, adjust, precision, pad, encoding, strings, control, args };
}

// ---- padding -------------------------------------------------------------------

function repeat(c: number, n: number): string {
  return n > 0 ? String.fromCodePoint(c).repeat(n) : '';
}

function adjust(data: string, padding: string, adj: 'left' | 'right'): string {
  return adj === 'left' ? data + padding : padding + data;
}

/** io_lib_format:term/5: a text in a field; too long a text becomes stars. */
function term(t: string, f: number | null, adj: 'left' | 'right', p0: number | null, pad: number): string {
  if (f === null && p0 === null) return t;
  if (f === null) return term(t, p0, adj, p0, pad);
  const len = charsLength(t);
  const p = Math.min(len, p0 === null ? f : Math.min(p0, f));
  if (len > p) return adjust(repeat(0x2a, p), repeat(pad, f - p), adj);
  return adjust(t, repeat(pad, f - len), adj);
}

/** io_lib_format:string/6 for ~s. */
function stringField(chars: number[], f: number | null, adj: 'left' | 'right', p: number | null, pad: number): string {
  const text = (cs: number[]) => codePointsToString(cs);
  const n = chars.length;
  const fit = (width: number, a: 'left' | 'right') => {
    if (n > width) return text(chars.slice(0, width));
    return adjust(text(chars), repeat(pad, width - n), a);
  };
  if (f === null && p === null) return text(chars);
  if (p === null) return fit(f!, adj);
  if (f === null) return fit(p, 'left');
  if (f < p) fail();
  if (f === p) return fit(f, adj);
  if (n > p) return adjust(text(chars.slice(0, p)), repeat(pad, f - p), adj);
  return adjust(text(chars) + repeat(pad, p - n), repeat(pad, f - p), adj);
}

// ---- arguments as characters ------------------------------------------------------

/**
 * ~s's argument: an iolist (latin1: bytes only) or chardata (unicode), as
 * code points. A binary under ~ts that is not UTF-8 is taken byte by byte.
 */
function flattenChars(t: Term, enc: Encoding): number[] {
  const out: number[] = [];
  // Nested lists wait on an explicit stack (the rest of each outer list).
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x instanceof BitStr) {
      if (!x.isBinary) fail();
      const decoded = enc === 'unicode' ? decodeUtf8(x.buf) : null;
      if (decoded) for (const c of decoded) out.push(c);
      else for (const b of x.buf) out.push(b);
      continue;
    }
    let l = x;
    while (l instanceof Cons) {
      const h = l.head;
      if (typeof h === 'number') {
        if (!Number.isInteger(h) || h < 0 || (enc === 'latin1' && h > 255) || h > 0x10ffff) fail();
        out.push(h);
      } else if (h instanceof Cons || h === NIL || h instanceof BitStr) {
        stack.push(l.tail, h);
        l = NIL;
        break;
      } else fail();
      l = l.tail;
    }
    if (l === NIL) continue;
    if (l instanceof BitStr) stack.push(l);
    else fail();
  }
  return out;
}

function decodeUtf8(buf: Uint8Array): number[] | null {
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return Array.from(s, (c) => c.codePointAt(0)!);
  } catch {
    return null;
  }
}

function stringArg(a: Term, enc: Encoding): number[] {
  if (a instanceof Atom) {
    const cs = Array.from(a.name, (c) => c.codePointAt(0)!);
    if (enc === 'latin1' && cs.some((c) => c > 255)) fail();
    return cs;
  }
  if (a instanceof Cons || a === NIL || a instanceof BitStr) return flattenChars(a, enc);
  return fail();
}

/** A deep list of characters, as the prefix of ~x / ~X. */
function prefixArg(a: Term): string {
  if (a instanceof Atom) return a.name;
  if (!(a instanceof Cons || a === NIL)) fail();
  const cs: number[] = [];
  const stack: Term[] = [a];
  while (stack.length > 0) {
    let l = stack.pop()!;
    while (l instanceof Cons) {
      const h = l.head;
      if (typeof h === 'number' && h >= 0 && h <= 0x10ffff) cs.push(h);
      else if (h instanceof Cons || h === NIL) {
        stack.push(l.tail, h);
        l = NIL;
        break;
      } else fail();
      l = l.tail;
    }
    if (l !== NIL) fail();
  }
  return codePointsToString(cs);
}

// ---- the directives ----------------------------------------------------------------

function base(p: number | null): number {
  const b = p ?? 10;
  if (b < 2 || b > 36) fail();
  return b;
}

function integerText(n: number | bigint, radix: number, lowercase: boolean): [string, string] {
  const neg = n < 0;
  const digits = (neg ? -BigInt(n) : BigInt(n)).toString(radix).toUpperCase();
  return [neg ? '-' : '', lowercase ? digits.toLowerCase() : digits];
}

function floatArg(a: Term): number {
  if (!(a instanceof ErlFloat)) fail();
  return a.value;
}

// erl's ~e/~f/~g put a too-long float in its field with the width as the
// precision too, so a float wider than the field becomes stars.
function floatField(text: string, f: number | null, adj: 'left' | 'right', pad: number): string {
  return f === null ? text : term(text, f, adj, f, pad);
}

function floatPrecision(p: number | null, least: number): number {
  const prec = p ?? 6;
  if (prec < least) fail();
  return prec;
}

function charDirective(c: number, f: number | null, adj: 'left' | 'right', p: number | null, pad: number): string {
  if (f === null && p === null) return String.fromCodePoint(c);
  if (p === null) return repeat(c, f!);
  if (f === null) return repeat(c, p);
  if (f < p) fail();
  return adjust(repeat(c, p), repeat(pad, f - p), adj);
}

/** The text of one directive; `column` is where it starts (0-based), for ~p. */
function control(spec: Spec, column: number): string {
  const { width: f, adjust: adj, precision: p, pad, encoding: enc } = spec;
  const [a, b] = spec.args;
  switch (spec.control) {
    case 'w':
      return term(writeTerm(a!, { encoding: enc }), f, adj, p, pad);
    case 'W':
      if (!isInteger(b!)) fail();
      return term(writeTerm(a!, { encoding: enc, depth: Number(b) }), f, adj, p, pad);
    case 'p':
    case 'P': {
      let depth = -1;
      if (spec.control === 'P') {
        if (!isInteger(b!)) fail();
        depth = Number(b);
      }
      if (adj === 'left') fail(); // io_lib_format:print/10 has no clause for it
      return prettyTerm(a!, {
        depth,
        lineLength: f ?? 80,
        column: p ?? column + 1,
        encoding: enc,
        strings: spec.strings,
      });
    }
    case 's':
      return stringField(stringArg(a!, enc), f, adj, p, pad);
    case 'e':
      return floatField(formatFloatE(floatArg(a!), floatPrecision(p, 2)), f, adj, pad);
    case 'f':
      return floatField(formatFloatF(floatArg(a!), floatPrecision(p, 1)), f, adj, pad);
    case 'g':
      return floatField(formatFloatG(floatArg(a!), floatPrecision(p, 1)), f, adj, pad);
    case 'b':
    case 'B': {
      if (!isInteger(a!)) fail();
      const [sign, digits] = integerText(a, base(p), spec.control === 'b');
      return term(sign + digits, f, adj, null, pad);
    }
    case 'x':
    case 'X': {
      if (!isInteger(a!)) fail();
      const prefix = prefixArg(b!);
      const [sign, digits] = integerText(a, base(p), spec.control === 'x');
      return term(sign + prefix + digits, f, adj, null, pad);
    }
    case '+':
    case '#': {
      if (!isInteger(a!)) fail();
      const radix = base(p);
      const [sign, digits] = integerText(a, radix, spec.control === '+');
      return term(sign + radix + '#' + digits, f, adj, null, pad);
    }
    case 'c': {
      if (!isInteger(a!)) fail();
      let c = Number(a);
      if (enc === 'latin1') c = Number(BigInt(a) & 255n);
      else if (c < 0 || c > 0x10ffff) fail();
      return charDirective(c, f, adj, p, pad);
    }
    case '~':
      return charDirective(0x7e, f, adj, p, pad);
    case 'n':
      if (f === null) return '\n';
      if (adj === 'left') fail();
      return '\n'.repeat(f);
    case 'i':
      return '';
  }
  return fail();
}

/** The column after writing `text` from `column`, counted as io_lib_format:indentation does. */
function advance(text: string, column: number): number {
  let col = column;
  for (const ch of text) {
    if (ch === '\n') col = 0;
    else if (ch === '\t') col = Math.floor((col + 8) / 8) * 8;
    else col++;
  }
  return col;
}

/**
 * io_lib:format(Format, Args) as one string. Format is an Erlang string,
 * binary or atom (or a JS string); Args the elements of the argument list.
 * Throws erl's badarg when the format and arguments do not fit.
 */
export function ioLibFormat(format: Term | string, args: readonly Term[]): string {
  try {
    const s = new Scanner(formatChars(format), args);
    let out = '';
    let column = 0;
    while (s.pos < s.fmt.length) {
      const c = s.fmt[s.pos++]!;
      let piece: string;
      if (c === 0x7e /* ~ */) piece = control(scanSpec(s), column);
      else piece = typeof c === 'number' ? String.fromCodePoint(c) : c;
      out += piece;
      column = advance(piece, column);
    }
    if (s.argPos !== args.length) fail();
    return out;
  } catch (e) {
    if (e instanceof FormatFailure || e instanceof RangeError) throw badarg();
    throw e;
  }
}

/** A piece of io_lib:format's output: a plain format character, or a directive with its text. */
export type FormatPart = number | string | { spec: Spec; text: string; column: number };

/**
 * io_lib:format(Format, Args) piece by piece, for io_lib's deep-list result
 * (io:format only needs the text and uses ioLibFormat). Fails as ioLibFormat does.
 */
export function ioLibFormatParts(format: Term | string, args: readonly Term[]): FormatPart[] {
  try {
    const s = new Scanner(formatChars(format), args);
    const parts: FormatPart[] = [];
    let column = 0;
    while (s.pos < s.fmt.length) {
      const c = s.fmt[s.pos++]!;
      if (c === 0x7e /* ~ */) {
        const spec = scanSpec(s);
        const text = control(spec, column);
        parts.push({ spec, text, column });
        column = advance(text, column);
      } else {
        parts.push(c);
        column = advance(typeof c === 'number' ? String.fromCodePoint(c) : c, column);
      }
    }
    if (s.argPos !== args.length) fail();
    return parts;
  } catch (e) {
    if (e instanceof FormatFailure || e instanceof RangeError) throw badarg();
    throw e;
  }
}

/** The same, with the arguments as an Erlang list term (badarg when it is not a proper list). */
export function ioLibFormatTerm(format: Term | string, args: Term): string {
  const items: Term[] = [];
  let l = args;
  while (l instanceof Cons) {
    items.push(l.head);
    l = l.tail;
  }
  if (l !== NIL) throw badarg();
  return ioLibFormat(format, items);
}
