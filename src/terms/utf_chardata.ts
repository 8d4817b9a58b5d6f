// unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 for latin1
// and UTF-8: chardata (codepoints, binaries in the input encoding, nested
// lists, binary tails) to a binary or a codepoint list, or erl's
// {error, Converted, Rest} / {incomplete, Converted, Rest}. A UTF-8 sequence
// may continue from one binary into the next, as in erl. Rest is built the
// way erl builds it in the common cases (the rest of the innermost list or
// binary, consed onto the rest of each enclosing list); in unusual nestings
// erl's own shape may differ.

import { Atom, BitStr, Cons, NIL, type Term } from './types.js';
import { badarg } from './exception.js';

export type CharEncoding = 'latin1' | 'unicode' | 'utf8';

const ERROR = Atom.of('error');
const INCOMPLETE = Atom.of('incomplete');

export function charEncoding(t: Term | CharEncoding, argNo: number): 'latin1' | 'utf8' {
  const name = t instanceof Atom ? t.name : t;
  if (name === 'latin1') return 'latin1';
  if (name === 'unicode' || name === 'utf8') return 'utf8';
  throw badarg(argNo, 'not a supported encoding');
}

function validCodepoint(c: number): boolean {
  return Number.isInteger(c) && c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
}

interface Conversion {
  cps: number[];
  /** null when everything converted */
  failure: null | { kind: Atom; rest: Term };
}

/** Decodes chardata to codepoints, stopping at the first problem. `maxOut` 255 checks latin1 output. */
function decodeChardata(data: Term, inEnc: 'latin1' | 'utf8', maxOut: number): Conversion {
  const cps: number[] = [];
  const outer: Term[] = [];
  // A UTF-8 sequence still open at the end of the last binary.
  let need = 0;
  let cp = 0;
  let min = 0;
  let pendingBytes: number[] = [];

  const wrap = (inner: Term): Term => {
    let r = inner;
    for (let i = outer.length - 1; i >= 0; i--) r = new Cons(r, outer[i]!);
    return r;
  };
  const fail = (rest: Term, kind: Atom = ERROR): Conversion => ({ cps, failure: { kind, rest } });

  /** Converts one binary; returns the byte offset of an error, or -1. */
  const binary = (b: BitStr): number => {
    const bytes = b.buf;
    const n = Math.floor(b.bits / 8);
    let seqStart = 0;
    for (let i = 0; i < n; i++) {
      const x = bytes[i]!;
      if (inEnc === 'latin1') {
        if (x > maxOut) return i;
        cps.push(x);
        continue;
      }
      if (need === 0) {
        seqStart = i;
        pendingBytes = [];
        if (x < 0x80) {
          cps.push(x);
          continue;
        }
        if (x >= 0xc2 && x <= 0xdf) [need, cp, min] = [1, x & 0x1f, 0x80];
        else if (x >= 0xe0 && x <= 0xef) [need, cp, min] = [2, x & 0x0f, 0x800];
        else if (x >= 0xf0 && x <= 0xf4) [need, cp, min] = [3, x & 0x07, 0x10000];
        else return i;
        pendingBytes.push(x);
        continue;
      }
      if ((x & 0xc0) !== 0x80) return seqStart;
      cp = (cp << 6) | (x & 0x3f);
      pendingBytes.push(x);
      if (--need === 0) {
        if (cp < min || !validCodepoint(cp) || cp > maxOut) return seqStart;
        cps.push(cp);
        pendingBytes = [];
      }
    }
    return -1;
  };
  const restOf = (b: BitStr, at: number): BitStr => new BitStr(b.buf.slice(at, Math.floor(b.bits / 8)));

  if (data instanceof BitStr) {
    if ((data.bits & 7) !== 0) throw badarg(1);
    const at = binary(data);
    if (at >= 0) return fail(restOf(data, at));
  } else {
    if (!(data instanceof Cons) && data !== NIL) throw badarg(1);
    let x: Term = data;
    for (;;) {
      if (x instanceof Cons) {
        const h: Term = x.head;
        if (typeof h === 'number') {
          const limit = inEnc === 'latin1' ? Math.min(255, maxOut) : maxOut;
          if (need > 0 || !validCodepoint(h) || h > limit) return fail(wrap(x));
          cps.push(h);
          x = x.tail;
        } else if (h instanceof BitStr) {
          if ((h.bits & 7) !== 0) throw badarg(1);
          const at = binary(h);
          if (at >= 0) return fail(wrap(new Cons(restOf(h, at), x.tail)));
          x = x.tail;
        } else if (h instanceof Cons || h === NIL) {
          outer.push(x.tail);
          x = h;
        } else {
          throw badarg(1);
        }
      } else if (x === NIL) {
        if (outer.length === 0) break;
        x = outer.pop()!;
      } else if (x instanceof BitStr) {
        if ((x.bits & 7) !== 0) throw badarg(1);
        const at = binary(x);
        if (at >= 0) return fail(wrap(restOf(x, at)));
        x = NIL;
      } else {
        throw badarg(1);
      }
    }
  }
  if (need > 0) return fail(new BitStr(Uint8Array.from(pendingBytes)), INCOMPLETE);
  return { cps, failure: null };
}

function encode(cps: number[], out: 'latin1' | 'utf8'): BitStr {
  if (out === 'latin1') return new BitStr(Uint8Array.from(cps));
  let s = '';
  for (let i = 0; i < cps.length; i += 8192) s += String.fromCodePoint(...cps.slice(i, i + 8192));
  return new BitStr(new TextEncoder().encode(s));
}

/** unicode:characters_to_binary/3 (InEnc, OutEnc: latin1 | unicode | utf8). */
export function charactersToBinary(data: Term, inEnc: Term | CharEncoding = 'unicode', outEnc: Term | CharEncoding = 'unicode'): Term {
  const i = charEncoding(inEnc, 2);
  const o = charEncoding(outEnc, 3);
  const r = decodeChardata(data, i, o === 'latin1' ? 255 : 0x10ffff);
  const converted = encode(r.cps, o);
  return r.failure === null ? converted : [r.failure.kind, converted, r.failure.rest];
}

/** unicode:characters_to_list/2. */
export function charactersToList(data: Term, inEnc: Term | CharEncoding = 'unicode'): Term {
  const r = decodeChardata(data, charEncoding(inEnc, 2), 0x10ffff);
  let l: Term = NIL;
  for (let k = r.cps.length - 1; k >= 0; k--) l = new Cons(r.cps[k]!, l);
  return r.failure === null ? l : [r.failure.kind, l, r.failure.rest];
}
