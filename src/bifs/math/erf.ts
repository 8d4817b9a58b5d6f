// erf/erfc, which JavaScript lacks. The Taylor series is summed in binary
// fixed point with enough guard bits that its cancellation (terms grow like
// e^(x^2) before they shrink) cannot cost precision; the result is rounded
// once to a double, which is what C libraries nearly always return.

/** Fixed-point helpers at a given number of fraction bits. */
function arctanInv(k: bigint, one: bigint): bigint {
  const k2 = k * k;
  let term = one / k;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= k2;
    sum += (n % 2n === 1n ? -term : term) / (2n * n + 1n);
  }
  return sum;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << (BigInt(n.toString(2).length) / 2n + 1n);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const MAX_BITS = 2600n;
let twoOverSqrtPiMax: bigint | null = null;

/** 2/sqrt(pi) with `bits` fraction bits. */
function twoOverSqrtPi(bits: bigint): bigint {
  if (twoOverSqrtPiMax === null) {
    const one = 1n << MAX_BITS;
    const pi = 4n * (4n * arctanInv(5n, one) - arctanInv(239n, one));
    twoOverSqrtPiMax = (2n * one * one) / isqrt(pi * one);
  }
  return twoOverSqrtPiMax >> (MAX_BITS - bits);
}

/** Exact fixed-point value of a double (its binary expansion is finite). */
function toFixed(x: number, bits: bigint): bigint {
  // Scaling by 2^1000 is exact and leaves an integer for any |x| >= 2^-1000.
  return (BigInt(x * 2 ** 1000) << bits) >> 1000n;
}

/** A fixed-point value rounded (to nearest, ties to even) to a double. */
function fixedToDouble(v: bigint, bits: bigint): number {
  if (v === 0n) return 0;
  if (v < 0n) return -fixedToDouble(-v, bits);
  const len = BigInt(v.toString(2).length);
  const topExponent = len - bits - 1n; // v is in [2^topExponent, 2^(topExponent+1))
  // Doubles keep 53 bits, fewer once the exponent is below -1022 (subnormals).
  const keep = topExponent >= -1022n ? 53n : 53n - (-1022n - topExponent);
  if (keep <= 0n) return 0;
  const drop = len - keep;
  let q = drop > 0n ? v >> drop : v << -drop;
  if (drop > 0n) {
    const rem = v & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  // q now has the final precision, so these power-of-two scalings are exact.
  const scale = Number(drop - bits);
  return Number(q) * 2 ** -600 * 2 ** (scale + 600);
}

/** erf(x), or 1 - erf(x) when `complement`, by the Taylor series. */
function erfSeries(x: number, complement: boolean): number {
  // erfc(x) is about e^(-x^2): it needs ~1.45 x^2 bits below the point on top
  // of the 53 it keeps, and the terms grow to about e^(x^2) meanwhile.
  const bits = BigInt(160 + Math.ceil(3 * x * x));
  const one = 1n << bits;
  const fx = toFixed(x, bits);
  const x2 = (fx * fx) >> bits;
  let power = fx; // (-1)^n x^(2n+1) / n!
  let sum = fx;
  for (let n = 1n; ; n++) {
    power = -((power * x2) >> bits) / n;
    if (power === 0n) break;
    sum += power / (2n * n + 1n);
  }
  const erfFixed = (sum * twoOverSqrtPi(bits)) >> bits;
  return fixedToDouble(complement ? one - erfFixed : erfFixed, bits);
}

// Beyond these, erf is ±1 and erfc is 0 or 2 in double precision.
const ERF_SATURATES = 6;
const ERFC_UNDERFLOWS = 27.3;

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < 1e-300) return x * 1.1283791670955126;
  if (x >= ERF_SATURATES) return 1;
  if (x <= -ERF_SATURATES) return -1;
  return erfSeries(x, false);
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= ERFC_UNDERFLOWS) return 0;
  if (x <= -ERF_SATURATES) return 2;
  return erfSeries(x, true);
}
