// Float to text, exactly as erl lays it out. Three families exist in erl:
//   * shortest round-trip (float_to_list(X, [short]), ~p, ~w, the shell);
//   * C printf (float_to_list(X) is "%.20e", {scientific,N} is "%.Ne",
//     {decimals,N} is erts' own fast fixed-point code or "%.Nf");
//   * io_lib_format's ~e ~f ~g, which re-round the 21 digits of "%.20e".
// All take a plain JS number (the value inside an ErlFloat).

import { badarg } from './exception.js';

const TWO_POW_53 = 9007199254740992;

// ---- shortest ---------------------------------------------------------

/**
 * erl's shortest round-trip layout. Plain notation ("123.0", "0.001") unless
 * scientific ("1.0e3") is strictly shorter, and always scientific from 2^53 up.
 */
export function formatFloatShortest(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const neg = x < 0;
  const ax = neg ? -x : x;
  // toExponential() without argument gives the shortest round-trip digits.
  const s = ax.toExponential();
  const ePos = s.indexOf('e');
  const digits = s.charCodeAt(1) === 46 /* . */ ? s[0] + s.slice(2, ePos) : s.slice(0, ePos);
  const exp = +s.slice(ePos + 1);
  const sci = digits[0] + '.' + (digits.length > 1 ? digits.slice(1) : '0') + 'e' + exp;
  let out = sci;
  if (ax < TWO_POW_53) {
    const plain = plainLayout(digits, exp);
    if (plain.length <= sci.length) out = plain;
  }
  return neg ? '-' + out : out;
}

function plainLayout(digits: string, exp: number): string {
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + digits;
  const intLen = exp + 1;
  if (digits.length <= intLen) return digits + '0'.repeat(intLen - digits.length) + '.0';
  return digits.slice(0, intLen) + '.' + digits.slice(intLen);
}

// ---- exact decimal expansion (for the printf family) ------------------

interface Decimal {
  /** Significant digits without leading zeros ("" for zero). */
  digits: string;
  /** Position of the decimal point counted from the left of `digits`. */
  point: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The exact decimal value of a finite, non-negative double. */
function exactDecimal(ax: number): Decimal {
  if (ax === 0) return { digits: '', point: 0 };
  f64[0] = ax;
  const hi = u32[1]!;
  const lo = u32[0]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  if (e2 >= 0) {
    const d = (mant << BigInt(e2)).toString();
    return { digits: d, point: d.length };
  }
  // m * 2^e2 = m * 5^-e2 / 10^-e2
  const d = (mant * 5n ** BigInt(-e2)).toString();
  return { digits: d, point: d.length + e2 };
}

/**
 * Keeps `keep` leading digits of `d`, rounding half to even on the exact value
 * (what glibc's printf does). May return keep+1 digits when rounding carries out.
 */
function roundHalfEven(d: Decimal, keep: number): Decimal {
  const digits = d.digits;
  let point = d.point;
  if (keep < 0) return { digits: '', point };
  if (digits.length <= keep) return { digits: digits + '0'.repeat(keep - digits.length), point };
  const next = digits.charCodeAt(keep) - 48;
  let up = next > 5;
  if (next === 5) {
    let restNonZero = false;
    for (let i = keep + 1; i < digits.length; i++) {
      if (digits.charCodeAt(i) !== 48) {
        restNonZero = true;
        break;
      }
    }
    up = restNonZero || (keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1);
  }
  let kept = digits.slice(0, keep);
  if (up) {
    const bumped = (BigInt(kept === '' ? '0' : kept) + 1n).toString();
    if (bumped.length > keep) {
      // carried into a new leading digit
      point += 1;
      kept = bumped;
    } else {
      kept = bumped.padStart(keep, '0');
    }
  }
  return { digits: kept, point };
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** C's "%.{prec}e". */
export function formatExpC(x: number, prec: number): string {
  const sign = isNegative(x) ? '-' : '';
  const ax = Math.abs(x);
  if (ax === 0) return sign + '0' + (prec > 0 ? '.' + '0'.repeat(prec) : '') + 'e+00';
  const r = roundHalfEven(exactDecimal(ax), prec + 1);
  // a carry makes prec+2 digits: drop the extra trailing zero
  const digits = r.digits.slice(0, prec + 1);
  const exp = r.point - 1;
  const mant = digits[0] + (prec > 0 ? '.' + digits.slice(1) : '');
  const aexp = Math.abs(exp);
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (aexp < 10 ? '0' + aexp : String(aexp));
}

/** C's "%.{prec}f". */
export function formatFixedC(x: number, prec: number): string {
  const sign = isNegative(x) ? '-' : '';
  const ax = Math.abs(x);
  let d = exactDecimal(ax);
  if (ax === 0) d = { digits: '0', point: 1 };
  // Make at least one integer digit, so rounding always has a digit to bump.
  if (d.point <= 0) d = { digits: '0'.repeat(1 - d.point) + d.digits, point: 1 };
  const r = roundHalfEven(d, d.point + prec);
  const intPart = r.digits.slice(0, r.point);
  const frac = r.digits.slice(r.point);
  return sign + intPart + (prec > 0 ? '.' + frac : '');
}

// ---- float_to_list/1,2 and float_to_binary/1,2 ------------------------

/** float_to_list(X): "%.20e". */
export function floatToListDefault(x: number): string {
  return formatExpC(x, 20);
}

export interface FloatToListOptions {
  /** {decimals, 0..253} */
  decimals?: number;
  /** {scientific, 0..249} */
  scientific?: number;
  /** compact: drop trailing zeros (only with decimals) */
  compact?: boolean;
  /** short: shortest round-trip (wins over the others when set, as the last option given would) */
  short?: boolean;
}

/** erl formats into a 256-byte buffer; anything that does not fit is badarg. */
const ERL_FLOAT_BUF = 256;

/**
 * float_to_list/2 with already parsed options; when both decimals and
 * scientific are present the caller passes only the one that came last.
 * Throws badarg (argument 2) for out-of-range options and overlong results.
 */
export function floatToListOpts(x: number, opts: FloatToListOptions): string {
  if (opts.short) return formatFloatShortest(x);
  let out: string;
  if (opts.decimals !== undefined) {
    const n = opts.decimals;
    if (!Number.isInteger(n) || n < 0 || n > 253) throw badarg(2, 'invalid option in list');
    out = fixedDecimals(x, n, opts.compact === true);
  } else {
    const n = opts.scientific ?? 20;
    if (!Number.isInteger(n) || n < 0 || n > 249) throw badarg(2, 'invalid option in list');
    out = formatExpC(x, n);
  }
  if (out.length >= ERL_FLOAT_BUF) throw badarg(2, 'invalid option in list');
  return out;
}

const FAST_POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

/**
 * {decimals, N}: erts rounds with double arithmetic (round half away from zero
 * on frac*10^N) for small values and precisions, and uses "%.Nf" otherwise.
 * The double rounding is intended: erl prints 0.00445 with 4 decimals as 0.0045.
 */
function fixedDecimals(x: number, decimals: number, compact: boolean): string {
  const neg = isNegative(x);
  const ax = Math.abs(x);
  if (ax > TWO_POW_53 || decimals >= FAST_POW10.length) {
    let s = formatFixedC(x, decimals);
    // The buffer limit applies to what printf wrote, before trimming.
    if (s.length >= ERL_FLOAT_BUF) throw badarg(2, 'invalid option in list');
    // erts trims zeros here even without a '.', turning "1000" into "1".
    if (compact) s = trimTrailingZeros(s);
    return s;
  }
  const sign = neg ? '-' : '';
  if (decimals === 0) return sign + String(Math.round(ax));
  const scale = FAST_POW10[decimals]!;
  let intPart = Math.floor(ax);
  let frac = Math.round((ax - intPart) * scale);
  if (frac >= scale) {
    intPart += 1;
    frac = 0;
  }
  let s = sign + String(intPart) + '.' + String(frac).padStart(decimals, '0');
  if (compact) s = trimTrailingZeros(s);
  return s;
}

/** erts' find_first_trailing_zero: strip zeros, but keep one after a '.'. */
function trimTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  if (end > 0 && s.charCodeAt(end - 1) === 46) end++;
  return s.slice(0, end);
}

// ---- io_lib:format ~e ~f ~g ------------------------------------------
// These return the formatted number only; field width and padding are the
// printer's business.

/** The 21 digits and exponent+1 of "%.20e", as io_lib_format's float_data. */
function floatData(ax: number): { ds: string; e: number } {
  const s = formatExpC(ax, 20);
  const ePos = s.indexOf('e');
  return { ds: s[0] + s.slice(2, ePos), e: +s.slice(ePos + 1) + 1 };
}

/**
 * io_lib_format's float_man: `intCount` digits, '.', `decCount` digits,
 * rounding half up on the single next digit; pads with zeros when the digits
 * run out (and then does not round). Returns the text and whether it carried
 * out of the first digit.
 */
function floatMan(ds: string, intCount: number, decCount: number): { s: string; carry: boolean } {
  const total = intCount + decCount;
  const out: number[] = new Array(total);
  for (let i = 0; i < total; i++) out[i] = i < ds.length ? ds.charCodeAt(i) : 48;
  let carry = total < ds.length && ds.charCodeAt(total) >= 53;
  for (let i = total - 1; carry && i >= 0; i--) {
    if (out[i] === 57) out[i] = 48;
    else {
      out[i]! += 1;
      carry = false;
    }
  }
  const text = String.fromCharCode(...out);
  return { s: text.slice(0, intCount) + '.' + text.slice(intCount), carry };
}

function signOf(x: number): string {
  return isNegative(x) ? '-' : '';
}

function expSuffix(e: number): string {
  return e >= 0 ? 'e+' + e : 'e' + e;
}

/** ~.{precision}e (precision >= 2, default 6): "1.00000e+0". */
export function formatFloatE(x: number, precision = 6): string {
  const { ds, e } = floatData(Math.abs(x));
  const m = floatMan(ds, 1, precision - 1);
  const body = m.carry ? '1' + m.s.slice(1) + expSuffix(e) : m.s + expSuffix(e - 1);
  return signOf(x) + body;
}

/** ~.{precision}f (precision >= 1, default 6): "3.140000". */
export function formatFloatF(x: number, precision = 6): string {
  let { ds, e } = floatData(Math.abs(x));
  if (e <= 0) {
    ds = '0'.repeat(-e + 1) + ds;
    e = 1;
  }
  const m = floatMan(ds, e, precision);
  return signOf(x) + (m.carry ? '1' + m.s : m.s);
}

/** ~.{precision}g (precision >= 1, default 6): f form for 0.1 <= |x| < 1.0e4, else e form. */
export function formatFloatG(x: number, precision = 6): string {
  const a = Math.abs(x);
  const e = a < 1e-1 ? -2 : a < 1 ? -1 : a < 1e1 ? 0 : a < 1e2 ? 1 : a < 1e3 ? 2 : a < 1e4 ? 3 : null;
  if ((precision <= 1 && e === -1) || (e !== null && precision - 1 > e && e >= -1)) {
    return formatFloatF(x, precision - 1 - e!);
  }
  return formatFloatE(x, precision <= 1 ? 2 : precision);
}
