// Erlang arithmetic. Integers are JS numbers while safe and bigints beyond
// (see normInt in types.ts); floats are ErlFloat. Every operator takes any
// term, since compiled code calls these without knowing the operand types,
// and fails the way erl does: badarith for wrong types, zero divisors and
// float overflow, system_limit for integers larger than erl allows.

import { A, ErlFloat, normInt, type Term } from './types.js';
import { badarith, error } from './exception.js';

export type Num = number | bigint | ErlFloat;
export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MIN_SAFE = -MAX_SAFE;

/** erl refuses integers whose magnitude needs more bits than this. */
export const MAX_INTEGER_BITS = 33554368;

function systemLimit(): never {
  throw error(A.system_limit);
}

const LIMIT_SHIFT = BigInt(MAX_INTEGER_BITS);

/** Checks a bigint result against erl's size limit; cheap for ordinary sizes. */
function checkBig(v: bigint): bigint {
  const h = v >> LIMIT_SHIFT;
  if (h === 0n || h === -1n) return v;
  return systemLimit();
}

/** A float result: erl has no inf or NaN, so those are badarith. */
function flt(x: number): ErlFloat {
  if (x - x !== 0) throw badarith();
  return new ErlFloat(x);
}

/** The float value of a number term for mixed arithmetic; badarith if not a number or too big. */
function fval(t: Term): number {
  if (typeof t === 'number') return t;
  if (t instanceof ErlFloat) return t.value;
  if (typeof t === 'bigint') {
    const x = Number(t);
    if (x - x !== 0) throw badarith();
    return x;
  }
  throw badarith();
}

function big(t: number | bigint): bigint {
  return typeof t === 'bigint' ? t : BigInt(t);
}

function isInt(t: Term): t is Int {
  return typeof t === 'number' || typeof t === 'bigint';
}

// ---- + - * / ----------------------------------------------------------

export function add(a: Term, b: Term): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r;
    return normInt(BigInt(a) + BigInt(b));
  }
  if (isInt(a) && isInt(b)) return normInt(checkBig(big(a) + big(b)));
  return flt(fval(a) + fval(b));
}

export function sub(a: Term, b: Term): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r;
    return normInt(BigInt(a) - BigInt(b));
  }
  if (isInt(a) && isInt(b)) return normInt(checkBig(big(a) - big(b)));
  return flt(fval(a) - fval(b));
}

export function mul(a: Term, b: Term): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // Products up to 2^53 are computed exactly; beyond that the rounded
    // result is out of the safe range too, so redo it exactly.
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r + 0; // + 0 turns -0 into 0
    return normInt(BigInt(a) * BigInt(b));
  }
  if (isInt(a) && isInt(b)) {
    return normInt(checkBig(big(a) * big(b)));
  }
  return flt(fval(a) * fval(b));
}

export function neg(a: Term): Num {
  if (typeof a === 'number') return 0 - a;
  if (typeof a === 'bigint') return normInt(-a);
  if (a instanceof ErlFloat) return new ErlFloat(-a.value);
  throw badarith();
}

/** '/': always a float. */
export function div(a: Term, b: Term): ErlFloat {
  const y = fval(b);
  if (y === 0) throw badarith();
  return flt(fval(a) / y);
}

// ---- div rem ----------------------------------------------------------

/** 'div': integer division truncating toward zero. */
export function intDiv(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw badarith();
    // fmod is exact, so (a - a % b) / b is an exact division.
    return (a - (a % b)) / b + 0;
  }
  if (isInt(a) && isInt(b)) {
    const y = big(b);
    if (y === 0n) throw badarith();
    return normInt(big(a) / y);
  }
  throw badarith();
}

/** 'rem': remainder with the sign of the dividend. */
export function rem(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw badarith();
    return (a % b) + 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint' && a > 0n && b > 0n) return normInt(remNear(a, b));
  if (isInt(a) && isInt(b)) {
    const y = big(b);
    if (y === 0n) throw badarith();
    return normInt(big(a) % y);
  }
  throw badarith();
}

/**
 * x rem y for positive bigints. Where the quotient is below 16, as at most
 * steps of Euclid's gcd, subtractions beat V8's long division, which copies
 * both operands to normalize them even for a quotient of 1 (compute_bignum's
 * 40,000-bit gcd in plain JS: 176 ms by %, 47 ms so). One shift of y tells
 * a larger quotient, which goes to the division.
 */
function remNear(x: bigint, y: bigint): bigint {
  if (x < y) return x;
  if (x >= y << 4n) return x % y;
  let r = x - y;
  while (r >= y) r -= y;
  return r;
}

// ---- bitwise ----------------------------------------------------------

function isInt32(x: number): boolean {
  return (x | 0) === x;
}

export function band(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return a & b;
  if (isInt(a) && isInt(b)) return normInt(big(a) & big(b));
  throw badarith();
}

export function bor(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return a | b;
  if (isInt(a) && isInt(b)) return normInt(big(a) | big(b));
  throw badarith();
}

export function bxor(a: Term, b: Term): Int {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return a ^ b;
  if (isInt(a) && isInt(b)) return normInt(big(a) ^ big(b));
  throw badarith();
}

export function bnot(a: Term): Int {
  if (typeof a === 'number') return a < MAX_SAFE ? -a - 1 : normInt(-BigInt(a) - 1n);
  if (typeof a === 'bigint') return normInt(-a - 1n);
  throw badarith();
}

/** a bsl n; a negative n shifts right. */
export function bsl(a: Term, n: Term): Int {
  if (!isInt(a) || !isInt(n)) throw badarith();
  if (typeof n === 'bigint') {
    // Only zero survives an astronomically large left shift.
    if (n > 0n) {
      if (a === 0) return 0;
      systemLimit();
    }
    return isNegativeInt(a) ? -1 : 0;
  }
  if (n < 0) return shiftRight(a, -n);
  if (typeof a === 'number') {
    if (a === 0) return 0;
    if (n < 32) {
      const r = a * 2 ** n;
      if (r <= MAX_SAFE && r >= MIN_SAFE) return r;
    }
  }
  if (n > MAX_INTEGER_BITS) systemLimit();
  return normInt(checkBig(big(a) << BigInt(n)));
}

/** a bsr n; a negative n shifts left. */
export function bsr(a: Term, n: Term): Int {
  if (!isInt(a) || !isInt(n)) throw badarith();
  if (typeof n === 'bigint') {
    if (n > 0n) return isNegativeInt(a) ? -1 : 0;
    return bsl(a, normInt(-n));
  }
  if (n < 0) return bsl(a, -n);
  return shiftRight(a, n);
}

function isNegativeInt(a: Int): boolean {
  return typeof a === 'number' ? a < 0 : a < 0n;
}

/** Arithmetic shift right (floor division by 2^n). */
function shiftRight(a: Int, n: number): Int {
  if (typeof a === 'number') {
    if (isInt32(a)) return n >= 32 ? (a < 0 ? -1 : 0) : a >> n;
    if (n >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n);
  }
  return normInt(a >> BigInt(n));
}

// ---- abs and conversions ---------------------------------------------

export function abs(a: Term): Num {
  if (typeof a === 'number') return a < 0 ? -a : a;
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  // erl keeps -0.0 as it is (abs(-0.0) is -0.0)
  if (a instanceof ErlFloat) return a.value < 0 ? new ErlFloat(-a.value) : a;
  throw badarith();
}

/**
 * float/1's conversion: the JS number for an integer or float term, or
 * undefined when it is not a number or too large for a float (erl: badarg).
 */
export function toFloat(t: Term): number | undefined {
  if (typeof t === 'number') return t;
  if (t instanceof ErlFloat) return t.value;
  if (typeof t === 'bigint') {
    const x = Number(t);
    return x - x === 0 ? x : undefined;
  }
  return undefined;
}

/** An integral JS number (any magnitude) as an Erlang integer. */
export function intFromIntegralFloat(x: number): Int {
  return x <= MAX_SAFE && x >= MIN_SAFE ? x + 0 : BigInt(x);
}

/** trunc/1 on a number term; undefined when not a number (erl: badarg). */
export function trunc(t: Term): Int | undefined {
  if (isInt(t)) return t;
  if (t instanceof ErlFloat) return intFromIntegralFloat(Math.trunc(t.value));
  return undefined;
}

/** round/1: half away from zero, like C's round(). */
export function round(t: Term): Int | undefined {
  if (isInt(t)) return t;
  if (t instanceof ErlFloat) {
    const x = t.value;
    return intFromIntegralFloat(x < 0 ? -Math.round(-x) : Math.round(x));
  }
  return undefined;
}

export function floor(t: Term): Int | undefined {
  if (isInt(t)) return t;
  if (t instanceof ErlFloat) return intFromIntegralFloat(Math.floor(t.value));
  return undefined;
}

export function ceil(t: Term): Int | undefined {
  if (isInt(t)) return t;
  if (t instanceof ErlFloat) return intFromIntegralFloat(Math.ceil(t.value));
  return undefined;
}

// ---- integers to and from text ---------------------------------------

/** integer_to_list(N, Base): upper-case digits, base 2..36. */
export function intToString(n: Int, base = 10): string {
  const s = n.toString(base);
  return base > 10 ? s.toUpperCase() : s;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

/**
 * list_to_integer/1,2 and binary_to_integer/1,2: an optional sign and one or
 * more digits of `base` (either case), nothing else. Returns undefined where
 * erl raises badarg.
 */
export function parseInt(s: string, base = 10): Int | undefined {
  let i = 0;
  const len = s.length;
  let negative = false;
  if (len > 0 && (s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43)) {
    negative = s.charCodeAt(0) === 45;
    i = 1;
  }
  if (i >= len) return undefined;
  for (let j = i; j < len; j++) if (digitValue(s.charCodeAt(j)) >= base) return undefined;
  const digits = s.slice(i);
  // Up to this many digits the value stays below 2^53 in any base <= 36.
  if (digits.length <= 10) {
    const v = globalThis.parseInt(digits, base);
    return negative ? 0 - v : v;
  }
  let v: bigint;
  if (base === 10) v = BigInt(digits);
  else if (base === 16) v = BigInt('0x' + digits);
  else if (base === 8) v = BigInt('0o' + digits);
  else if (base === 2) v = BigInt('0b' + digits);
  else {
    // Chunks of 10 digits fit a double exactly in any base <= 36.
    v = 0n;
    const chunkScale = BigInt(base) ** 10n;
    let j = 0;
    const head = digits.length % 10;
    if (head > 0) {
      v = BigInt(globalThis.parseInt(digits.slice(0, head), base));
      j = head;
    }
    for (; j < digits.length; j += 10) {
      v = v * chunkScale + BigInt(globalThis.parseInt(digits.slice(j, j + 10), base));
    }
  }
  return normInt(negative ? -v : v);
}

const FLOAT_SYNTAX = /^[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?$/;

/**
 * list_to_float/1, binary_to_float/1: erl insists on digits on both sides of
 * the point ("1.0", "1.0e5"; not "1", "1.", ".5", "1e5"). Underflow gives 0.0,
 * overflow is badarg (undefined here).
 */
export function parseFloat(s: string): number | undefined {
  if (!FLOAT_SYNTAX.test(s)) return undefined;
  const x = Number(s);
  return x - x === 0 ? x : undefined;
}

/** The binary arithmetic operators by their Erlang names (for folding constant expressions). */
export const ARITH_OPERATORS: Readonly<Record<string, (a: Term, b: Term) => Term>> = {
  '+': add,
  '-': sub,
  '*': mul,
  '/': div,
  div: intDiv,
  rem,
  band,
  bor,
  bxor,
  bsl,
  bsr,
};
