// Characters inside quoted strings and atoms, and the tests that decide
// whether a list of integers is printed as a string (io_lib's rules).

import { Cons, NIL, type Term } from '../types.js';

/**
 * How characters >= 160 are written (io_lib:write_string1 modes):
 *  latin1              160..255 as themselves (the caller guarantees nothing larger)
 *  unicode_as_unicode  everything >= 160 as itself
 *  unicode_as_latin1   160..255 as themselves, larger ones as \x{HEX}
 */
export type EscapeMode = 'latin1' | 'unicode_as_unicode' | 'unicode_as_latin1';

const NAMED_ESCAPES: { [c: number]: string } = {
  10: '\\n',
  13: '\\r',
  9: '\\t',
  11: '\\v',
  8: '\\b',
  12: '\\f',
  27: '\\e',
  127: '\\d',
};

/** One character as io_lib writes it inside a string quoted by `quote`. */
export function escapeChar(c: number, quote: number, mode: EscapeMode): string {
  if (c === quote) return '\\' + String.fromCodePoint(c);
  if (c === 0x5c) return '\\\\';
  if (c >= 0x20 && c <= 0x7e) return String.fromCharCode(c);
  if (c >= 0xa0) {
    if (mode === 'unicode_as_unicode' || c <= 0xff) return String.fromCodePoint(c);
    if (mode === 'unicode_as_latin1') return '\\x{' + c.toString(16).toUpperCase() + '}';
    // latin1 mode on a character above 255 is a function_clause in erl; be lenient.
    return String.fromCodePoint(c);
  }
  const named = NAMED_ESCAPES[c];
  if (named !== undefined) return named;
  // Other control characters: three octal digits.
  return '\\' + ((c >> 6) & 7) + ((c >> 3) & 7) + (c & 7);
}

export function writeQuoted(chars: readonly number[], quote: number, mode: EscapeMode): string {
  let s = String.fromCodePoint(quote);
  for (const c of chars) s += escapeChar(c, quote, mode);
  return s + String.fromCodePoint(quote);
}

/** io_lib:write_string/1: a "..." string, characters >= 160 kept as they are. */
export function writeString(chars: readonly number[]): string {
  return writeQuoted(chars, 0x22, 'unicode_as_unicode');
}

/** io_lib:write_latin1_string/1. */
export function writeLatin1String(chars: readonly number[]): string {
  return writeQuoted(chars, 0x22, 'latin1');
}

/** io_lib:write_char/1 ($a, $\n, $\s). */
export function writeChar(c: number): string {
  if (c === 0x20) return '$\\s';
  return '$' + escapeChar(c, -1, 'unicode_as_unicode');
}

/** The control characters that io_lib still counts as printable. */
function isPrintableControl(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x08 || c === 0x0c || c === 0x1b;
}

export function isPrintableLatin1Char(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || isPrintableControl(c);
}

export function isPrintableUnicodeChar(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff) || isPrintableControl(c);
}

/** What io:printable_range() answers; erl's default (+pc latin1) is latin1. */
export type PrintableRange = 'latin1' | 'unicode';

export function isPrintableChar(c: number, range: PrintableRange): boolean {
  return range === 'latin1' ? isPrintableLatin1Char(c) : isPrintableUnicodeChar(c);
}

/**
 * The characters of a flat, proper list when every one of them is printable in
 * `range`, else null. An empty list is printable (io_lib:printable_list([]) is true).
 */
export function printableChars(t: Term, range: PrintableRange): number[] | null {
  const out: number[] = [];
  let l = t;
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c !== 'number' || !Number.isInteger(c) || !isPrintableChar(c, range)) return null;
    out.push(c);
    l = l.tail;
  }
  return l === NIL ? out : null;
}

/** Number of characters (code points) in a JS string, like io_lib:chars_length. */
export function charsLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export function spaces(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}

/**
 * Text bound for a latin1 device (piped stdin/stdout): characters above 255
 * are written as \x{HEX}, as erl shows io:format("~ts", [[955]]) (conformance
 * cases 012 and 029).
 */
export function escapeForLatin1Device(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c > 255 ? '\\x{' + c.toString(16).toUpperCase() + '}' : ch;
  }
  return out;
}
