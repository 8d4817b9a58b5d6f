import { test } from 'node:test';
import assert from 'node:assert/strict';
import { A, Atom, BitStr, ErlFloat, type Term } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';
import type { ErlMap } from '../../src/terms/map.js';
import {
  BitBuilder,
  getBits,
  getBinary,
  getFloat,
  getInteger,
  getUtf16,
  getUtf32,
  getUtf8,
  utfBits,
  utfCodepoint,
  UTF_FAIL,
  type Endian,
} from '../../src/terms/bits/index.js';
import { fromHex, loadJson, toHex } from './etf_data_file.js';

interface BitsJson {
  hex: string;
  bits: number;
}
type Val = { i: string } | { f: string } | { a: string } | BitsJson;
interface BuildCase {
  segs: [string, ...unknown[]][];
  ok?: BitsJson;
  error?: string;
  cause?: [number, string, string] | null;
}
interface MatchCase {
  kind: string;
  bin: BitsJson;
  off: number;
  size?: number | 'all';
  endian?: Endian;
  signed?: boolean;
  result: string | [number, number] | BitsJson | null;
}

const data = loadJson<{ build: BuildCase[]; match: MatchCase[] }>('bits_data.json');

/** The {Segment, Type, Error, Value} cause in a construction failure's error_info. */
function causeOf(e: ErlException): Term[] {
  return (e.info!.bits!.errorInfo as ErlMap).get(Atom.of('cause')) as Term[];
}

function floatFromHex(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}
function floatToHex(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).toUpperCase();
}
function toBitStr(j: BitsJson): BitStr {
  return new BitStr(fromHex(j.hex), j.bits);
}
function val(v: Val): Term {
  if ('i' in v) {
    const b = BigInt(v.i);
    return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
  }
  if ('f' in v) return new ErlFloat(floatFromHex(v.f));
  if ('a' in v) return Atom.of(v.a);
  return toBitStr(v);
}

function build(segs: BuildCase['segs']): BitStr {
  const b = new BitBuilder();
  for (const s of segs) {
    switch (s[0]) {
      case 'int':
        b.putInteger(val(s[1] as Val), val(s[2] as Val), s[3] as Endian, false);
        break;
      case 'float':
        b.putFloat(val(s[1] as Val), s[2] as number, s[3] as Endian);
        break;
      case 'bits': {
        const size = s[2] as string;
        if (size === 'all') b.putBits(val(s[1] as Val), 'all', 1);
        else if (size === 'all8') b.putBits(val(s[1] as Val), 'all', 8);
        else b.putBits(val(s[1] as Val), Number(size));
        break;
      }
      case 'utf8':
        b.putUtf8(val(s[1] as Val));
        break;
      case 'utf16':
        b.putUtf16(val(s[1] as Val), s[2] as Endian);
        break;
      case 'utf32':
        b.putUtf32(val(s[1] as Val), s[2] as Endian);
        break;
    }
  }
  return b.finish();
}

test('construction matches erl for every generated segment combination', () => {
  for (const c of data.build) {
    const what = JSON.stringify(c.segs).slice(0, 200);
    if (c.ok) {
      const r = build(c.segs);
      assert.equal(r.bits, c.ok.bits, what);
      assert.equal(toHex(r.buf), c.ok.hex, what);
      assert.equal(r.buf.length, r.byteSize, what);
    } else {
      assert.throws(
        () => build(c.segs),
        (e: unknown) => {
          assert.ok(e instanceof ErlException, what);
          assert.equal(e.reason, Atom.of(c.error!), what);
          const cause = causeOf(e);
          // erl's generator built one segment at a time; ours numbers them in the whole expression.
          assert.equal(cause[0], c.segs.length === 1 ? c.cause![0] : c.segs.length, what);
          assert.equal((cause[1] as Atom).name, c.cause![1], what);
          assert.equal((cause[2] as Atom).name, c.cause![2], what);
          return true;
        },
      );
    }
  }
});

test('matching matches erl for every generated segment combination', () => {
  for (const c of data.match) {
    const b = toBitStr(c.bin);
    const what = JSON.stringify(c);
    switch (c.kind) {
      case 'int': {
        const r = getInteger(b, c.off, c.size as number, c.endian, c.signed);
        assert.equal(r === null ? null : String(r), c.result, what);
        if (typeof r === 'bigint') assert.ok(r > 2n ** 53n - 1n || r < -(2n ** 53n) + 1n, what);
        break;
      }
      case 'float': {
        const r = getFloat(b, c.off, c.size as number, c.endian);
        assert.equal(r === null ? null : floatToHex(r.value), c.result, what);
        break;
      }
      case 'utf8':
      case 'utf16':
      case 'utf32': {
        const r = c.kind === 'utf8' ? getUtf8(b, c.off) : c.kind === 'utf16' ? getUtf16(b, c.off, c.endian) : getUtf32(b, c.off, c.endian);
        assert.deepEqual(r === UTF_FAIL ? null : [utfCodepoint(r), utfBits(r)], c.result, what);
        break;
      }
      case 'bits': {
        const r = getBits(b, c.off, c.size as number | 'all')!;
        const want = c.result as BitsJson;
        assert.equal(r.bits, want.bits, what);
        assert.equal(toHex(r.buf), want.hex, what);
        break;
      }
    }
  }
});

test('appending to a binary in a loop reuses its buffer', () => {
  let acc = new BitStr(new Uint8Array(0), 0);
  const buffers = new Set<ArrayBufferLike>();
  for (let i = 0; i < 200000; i++) {
    const b = new BitBuilder();
    b.putBits(acc, 'all', 8);
    b.putInteger(i & 0xff, 8, 'big', false);
    acc = b.finish();
    buffers.add(acc.buf.buffer);
  }
  assert.equal(acc.byteSize, 200000);
  assert.ok(buffers.size < 40, `reallocated ${buffers.size} times`);
  for (let i = 0; i < 200000; i += 9973) assert.equal(acc.buf[i], i & 0xff);
});

test('appending twice to the same binary never shares bytes', () => {
  const mk = (bytes: number[]) => {
    const b = new BitBuilder();
    for (const x of bytes) b.putInteger(x, 8);
    return b.finish();
  };
  const base = mk(Array.from({ length: 20 }, (_, i) => i));
  const app = (acc: BitStr, x: number) => {
    const b = new BitBuilder();
    b.putBits(acc, 'all', 8);
    b.putInteger(x, 8);
    return b.finish();
  };
  const a1 = app(base, 100);
  const a2 = app(base, 200);
  const a3 = app(a1, 101);
  assert.equal(base.byteSize, 20);
  assert.equal(a1.buf[20], 100);
  assert.equal(a2.buf[20], 200);
  assert.equal(a3.buf[20], 100);
  assert.equal(a3.buf[21], 101);
  // A sub-binary at the end of a growable binary may be extended; the original keeps its bytes.
  const rest = getBits(a3, 8, 'all')!;
  const r2 = app(rest, 7);
  assert.equal(r2.byteSize, 22);
  assert.equal(r2.buf[21], 7);
  const a4 = app(a3, 9);
  assert.equal(a4.buf[22], 9);
  assert.equal(r2.buf[21], 7);
  assert.equal(a3.byteSize, 22);
});

test('sub-binaries share bytes when aligned and keep trailing bits zero', () => {
  const b = fromHex('ffffffff');
  const whole = new BitStr(b);
  const sub = getBits(whole, 8, 16)!;
  assert.equal(sub.buf.buffer, b.buffer);
  const odd = getBits(whole, 8, 12)!;
  assert.equal(toHex(odd.buf), 'fff0');
  assert.equal(getBinary(new BitStr(b, 30), 8, 'all'), null);
  assert.equal(getBits(whole, 30, 3), null);
  assert.equal(getInteger(whole, 30, 3), null);
});

test("errors carry erl's cause", () => {
  const b = new BitBuilder();
  b.putInteger(1, 8);
  assert.throws(
    () => b.putInteger(A.ok, 8),
    (e: unknown) => e instanceof ErlException && e.reason === A.badarg && causeOf(e)[0] === 2,
  );
  assert.throws(
    () => new BitBuilder().putInteger(1, 2n ** 70n),
    (e: unknown) => e instanceof ErlException && e.reason === A.system_limit,
  );
});
