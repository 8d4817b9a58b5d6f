// The checksum and digest BIFs of module erlang: md5/1, the md5 context
// functions, crc32/1,2 and adler32/1,2 (zlib's algorithms). The registry
// merges these with the other 'erlang' natives.

import { A, BitStr, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';
import { iolistBytes } from '../iodata.js';
import { MD5_CONTEXT_SIZE, md5, md5Final, md5Init, md5Update } from '../md5.js';

const NOT_IODATA = 'not an iodata term';

function badarg(fn: string, args: Term[], whys: Record<number, string>): never {
  throw frameError(A.badarg, 'erlang', fn, args, whys);
}

function bytes(b: BitStr): Uint8Array {
  return b.buf.subarray(0, b.byteSize);
}

/** erlang:fn(...args) with each argument read by its check, which returns its bytes or value, or the text of what is wrong. */
function checked<T extends unknown[]>(fn: string, args: Term[], checks: { [K in keyof T]: (t: Term) => T[K] | string }): T {
  const out: unknown[] = [];
  const whys: Record<number, string> = {};
  checks.forEach((check, i) => {
    const r = check(args[i]!);
    if (typeof r === 'string') whys[i + 1] = r;
    else out.push(r);
  });
  if (Object.keys(whys).length > 0) badarg(fn, args, whys);
  return out as T;
}

function iodata(t: Term): Uint8Array | string {
  const b = iolistBytes(t);
  return b === null ? NOT_IODATA : bytes(b);
}

function context(c: Term): Uint8Array | string {
  if (!(c instanceof BitStr) || !c.isBinary) return 'not a binary';
  return c.byteSize === MD5_CONTEXT_SIZE ? bytes(c) : 'invalid MD5 context';
}

/** A running checksum argument: an unsigned 32-bit integer. */
function checksum(v: Term): number | string {
  if (typeof v !== 'number' && typeof v !== 'bigint') return 'not an integer';
  return typeof v !== 'number' || v < 0 || v > 0xffffffff ? 'out of range' : v;
}

let crcTable: Uint32Array | null = null;

function crc32(crc: number, data: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (const x of data) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function adler32(adler: number, data: Uint8Array): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return (b * 65536 + a) >>> 0;
}

type Sum = (start: number, data: Uint8Array) => number;

function sum1(fn: string, f: Sum, start: number, d: Term): Term {
  const [data] = checked<[Uint8Array]>(fn, [d], [iodata]);
  return f(start, data);
}

function sum2(fn: string, f: Sum, s: Term, d: Term): Term {
  const [start, data] = checked<[number, Uint8Array]>(fn, [s, d], [checksum, iodata]);
  return f(start, data);
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'md5/1': (_p, d) => new BitStr(md5(checked<[Uint8Array]>('md5', [d], [iodata])[0])),
  'md5_init/0': () => new BitStr(md5Init()),
  'md5_update/2': (_p, c, d) => new BitStr(md5Update(...checked<[Uint8Array, Uint8Array]>('md5_update', [c, d], [context, iodata]))),
  'md5_final/1': (_p, c) => new BitStr(md5Final(checked<[Uint8Array]>('md5_final', [c], [context])[0])),
  'crc32/1': (_p, d) => sum1('crc32', crc32, 0, d),
  'crc32/2': (_p, c, d) => sum2('crc32', crc32, c, d),
  'adler32/1': (_p, d) => sum1('adler32', adler32, 1, d),
  'adler32/2': (_p, c, d) => sum2('adler32', adler32, c, d),
};

export const erlangDigestNatives: NativeModule = {
  name: 'erlang',
  functions: f as unknown as Record<string, NativeFn>,
};
