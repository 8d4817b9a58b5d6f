// MD5 (RFC 1321) over a context laid out as erl's 88-byte one, because
// erlang:md5_init/0 and md5_update/2 hand that context to the program as
// a binary: four state words, the bit count as two words (all little
// endian), then the 64-byte block buffer, stale bytes included.

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export const MD5_CONTEXT_SIZE = 88;

export function md5Init(): Uint8Array {
  const ctx = new Uint8Array(MD5_CONTEXT_SIZE);
  const v = new DataView(ctx.buffer);
  [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476].forEach((w, i) => v.setUint32(i * 4, w, true));
  return ctx;
}

function transform(v: DataView, block: Uint8Array, at: number): void {
  const x = new DataView(block.buffer, block.byteOffset + at, 64);
  let [a, b, c, d] = [0, 1, 2, 3].map((i) => v.getUint32(i * 4, true)) as [number, number, number, number];
  const [a0, b0, c0, d0] = [a, b, c, d];
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    if (i < 16) [f, g] = [(b & c) | (~b & d), i];
    else if (i < 32) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
    else if (i < 48) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
    else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
    const s = S[(i >> 4) * 4 + (i & 3)]!;
    const t = (a + f + K[i]! + x.getUint32(g * 4, true)) | 0;
    [a, d, c] = [d, c, b];
    b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
  }
  [a0 + a, b0 + b, c0 + c, d0 + d].forEach((w, i) => v.setUint32(i * 4, w >>> 0, true));
}

/** A new context with `data` added. */
export function md5Update(ctx: Uint8Array, data: Uint8Array): Uint8Array {
  const out = ctx.slice();
  const v = new DataView(out.buffer);
  const lo = v.getUint32(16, true);
  let index = (lo >>> 3) & 63;
  const bits = BigInt(lo) + (BigInt(v.getUint32(20, true)) << 32n) + BigInt(data.length) * 8n;
  v.setUint32(16, Number(bits & 0xffffffffn), true);
  v.setUint32(20, Number((bits >> 32n) & 0xffffffffn), true);
  const buffer = out.subarray(24);
  let i = 0;
  const partLen = 64 - index;
  if (data.length >= partLen) {
    buffer.set(data.subarray(0, partLen), index);
    transform(v, buffer, 0);
    for (i = partLen; i + 63 < data.length; i += 64) transform(v, data, i);
    index = 0;
  }
  buffer.set(data.subarray(i), index);
  return out;
}

export function md5Final(ctx: Uint8Array): Uint8Array {
  const count = ctx.slice(16, 24);
  const index = (new DataView(ctx.buffer, ctx.byteOffset).getUint32(16, true) >>> 3) & 63;
  const padLen = index < 56 ? 56 - index : 120 - index;
  const pad = new Uint8Array(padLen);
  pad[0] = 0x80;
  const done = md5Update(md5Update(ctx, pad), count);
  return done.slice(0, 16);
}

export function md5(data: Uint8Array): Uint8Array {
  return md5Final(md5Update(md5Init(), data));
}
