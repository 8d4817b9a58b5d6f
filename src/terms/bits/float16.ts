// IEEE 754 binary16 <-> double, for <<X:16/float>> (JS has no Float16Array in Node 20).

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Half-precision bits of v, rounding to nearest even; overflow gives infinity like erts. */
export function toHalfBits(v: number): number {
  if (Number.isNaN(v)) return 0x7e00;
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  // Work from the exact double: binary16 subnormals are multiples of 2^-24.
  if (a < 6.103515625e-5) {
    // Subnormal (or zero after rounding): m * 2^-24, m in 0..1023 (1024 rounds up to the smallest normal).
    const m = roundHalfEven(a * 16777216);
    return sign | m;
  }
  let e = Math.floor(Math.log2(a));
  // log2 can be off by one near powers of two.
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

export function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** float32 bits of v (round to nearest even; overflow to infinity, as erts does). */
export function toFloat32Bits(v: number): number {
  f32[0] = v;
  return u32[0]!;
}
