// The few io_lib writers that error messages need: atoms, strings, chars and
// floats printed the way erl prints them with ~w.

import { isReservedWord } from './token.js';

export function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x40 ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
    (c >= 0xc0 && c <= 0xde && c !== 0xd7)
  );
}

export function isLowerStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

export function atomNeedsQuotes(name: string): boolean {
  if (isReservedWord(name)) return true;
  const cps = Array.from(name, (c) => c.codePointAt(0)!);
  if (cps.length === 0 || !isLowerStart(cps[0]!)) return true;
  return !cps.every(isNameChar);
}

/** One character inside a quoted string or atom, as io_lib:write_string escapes it. */
export function escapeChar(c: number, quote: number): string {
  if (c === quote) return '\\' + String.fromCodePoint(c);
  if (c === 0x5c) return '\\\\';
  if (c >= 0x20 && c <= 0x7e) return String.fromCodePoint(c);
  if (c >= 0xa0) return String.fromCodePoint(c);
  switch (c) {
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x1b:
      return '\\e';
    case 0x7f:
      return '\\d';
  }
  return '\\' + (c >> 6).toString() + ((c >> 3) & 7).toString() + (c & 7).toString();
}

export function writeString(cps: readonly number[], quote = 0x22): string {
  const q = String.fromCodePoint(quote);
  return q + cps.map((c) => escapeChar(c, quote)).join('') + q;
}

export function writeAtom(name: string): string {
  if (!atomNeedsQuotes(name)) return name;
  return writeString(
    Array.from(name, (c) => c.codePointAt(0)!),
    0x27,
  );
}

/** io_lib:write_char: `$a`, `$\n`, `$\s`. */
export function writeChar(c: number): string {
  if (c === 0x20) return '$\\s';
  return '$' + escapeChar(c, -1);
}

/** float_to_list(F, [short]): shortest round-trip digits, fixed or scientific, whichever is shorter. */
export function writeFloat(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const sign = f < 0 ? '-' : '';
  const [mant, expPart] = Math.abs(f).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expPart); // value = 0.digits * 10^(exp+1)
  const sciMant = digits.length === 1 ? digits + '.0' : digits[0] + '.' + digits.slice(1);
  const sci = sciMant + 'e' + exp;
  let fixed: string;
  if (exp >= 0) {
    if (digits.length > exp + 1) fixed = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    else fixed = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    fixed = '0.' + '0'.repeat(-exp - 1) + digits;
  }
  return sign + (fixed.length <= sci.length ? fixed : sci);
}
