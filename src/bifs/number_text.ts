// Integers and floats to and from their text, as the conversion BIFs
// (integer_to_list/2, list_to_integer/2, list_to_float/1...) define it.

import { ErlFloat, normInt } from '../terms/types.js';

export function integerToText(n: number | bigint, base = 10): string {
  return (typeof n === 'number' ? n.toString(base) : n.toString(base)).toUpperCase();
}

/** `[+-]digits` in base 2..36, case-insensitive; null when malformed. */
export function parseInteger(s: string, base = 10): number | bigint | null {
  const m = /^([+-]?)([0-9a-zA-Z]+)$/.exec(s);
  if (m === null) return null;
  const digits = m[2]!;
  if (digits.length * Math.log2(base) <= 52) {
    // Fits a double exactly: no bigint per digit.
    let n = 0;
    for (let i = 0; i < digits.length; i++) {
      const d = parseInt(digits[i]!, 36);
      if (Number.isNaN(d) || d >= base) return null;
      n = n * base + d;
    }
    return m[1] === '-' ? -n || 0 : n;
  }
  let v = 0n;
  const b = BigInt(base);
  for (const ch of m[2]!) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return null;
    v = v * b + BigInt(d);
  }
  return normInt(m[1] === '-' ? -v : v);
}

/** Erlang float syntax: `[+-]D.D[eE[+-]D]`; null when malformed or out of range. */
export function parseFloat(s: string): ErlFloat | null {
  if (!/^[+-]?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?$/.test(s)) return null;
  const v = Number(s);
  if (!Number.isFinite(v)) return null;
  return new ErlFloat(v);
}
