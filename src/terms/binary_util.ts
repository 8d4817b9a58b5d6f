// Binary helpers the BIFs share: list <-> binary conversions with erl's badarg
// rules (iterative, so deep iolists cannot overflow the stack), binary_part,
// atom <-> binary, and unicode:characters_to_binary/list for latin1 and UTF-8.

import { Atom, BitStr, Cons, NIL, type Term } from './types.js';
import { badarg, error } from './exception.js';
import { A } from './types.js';
import { BitBuilder } from './bits/build.js';
import { getBits } from './bits/match.js';

/** A growable byte sink for flattening. */
class Bytes {
  buf = new Uint8Array(64);
  n = 0;
  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.n + extra) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  byte(b: number): void {
    if (this.n === this.buf.length) this.grow(1);
    this.buf[this.n++] = b;
  }
  bytes(b: Uint8Array): void {
    if (this.n + b.length > this.buf.length) this.grow(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }
  result(): BitStr {
    return new BitStr(this.buf.slice(0, this.n));
  }
}

function binBytes(b: BitStr): Uint8Array {
  const n = b.byteSize;
  return b.buf.length === n ? b.buf : b.buf.subarray(0, n);
}

const NOT_IOLIST = 'not an iolist term';

/**
 * Walks an iolist (bytes, binaries, nested lists; any tail may be a binary)
 * calling `onByte`/`onBits`. `bitsOk` admits bitstrings (list_to_bitstring).
 * Throws badarg (argument `argNo`) for anything else.
 */
function walkIolist(t: Term, bitsOk: boolean, onByte: (b: number) => void, onBits: (b: BitStr) => void, argNo = 1): void {
  const pending: Term[] = [t];
  const bad = () => badarg(argNo, NOT_IOLIST);
  while (pending.length > 0) {
    let x = pending.pop()!;
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if (!(h >= 0 && h <= 255)) throw bad();
        onByte(h);
      } else if (h instanceof BitStr) {
        if (!bitsOk && (h.bits & 7) !== 0) throw bad();
        onBits(h);
      } else if (h instanceof Cons) {
        pending.push(x.tail);
        x = h;
        continue;
      } else if (h !== NIL) {
        throw bad();
      }
      x = x.tail;
    }
    if (x === NIL) continue;
    if (x instanceof BitStr && (bitsOk || (x.bits & 7) === 0)) {
      onBits(x);
      continue;
    }
    throw bad();
  }
}

/** iolist_to_binary/1: accepts a binary or an iolist. */
export function iolistToBinary(t: Term): BitStr {
  if (t instanceof BitStr) {
    if ((t.bits & 7) !== 0) throw badarg(1, NOT_IOLIST);
    return t;
  }
  if (!(t instanceof Cons) && t !== NIL) throw badarg(1, NOT_IOLIST);
  const out = new Bytes();
  walkIolist(
    t,
    false,
    (b) => out.byte(b),
    (b) => out.bytes(binBytes(b)),
  );
  return out.result();
}

/** list_to_binary/1: like iolist_to_binary, but the argument must be a list. */
export function listToBinary(t: Term): BitStr {
  if (!(t instanceof Cons) && t !== NIL) throw badarg(1, 'not a list');
  return iolistToBinary(t);
}

/** list_to_bitstring/1: bitstrings may appear anywhere; the result need not be whole bytes. */
export function listToBitstring(t: Term): BitStr {
  if (!(t instanceof Cons) && t !== NIL) throw badarg(1, 'not a list');
  const b = new BitBuilder();
  walkIolist(
    t,
    true,
    (x) => b.putInteger(x, 8),
    (x) => b.putBits(x, 'all'),
  );
  return b.finish();
}

/** iolist_size/1 (erlang:iolist_size accepts a binary too). */
export function iolistSize(t: Term): number {
  if (t instanceof BitStr) {
    if ((t.bits & 7) !== 0) throw badarg(1, NOT_IOLIST);
    return Math.floor(t.bits / 8);
  }
  if (!(t instanceof Cons) && t !== NIL) throw badarg(1, NOT_IOLIST);
  let n = 0;
  walkIolist(
    t,
    false,
    () => n++,
    (b) => (n += Math.floor(b.bits / 8)),
  );
  return n;
}

function byteList(bytes: Uint8Array, tail: Term = NIL): Term {
  let l = tail;
  for (let i = bytes.length - 1; i >= 0; i--) l = new Cons(bytes[i]!, l);
  return l;
}

/** binary_to_list/1, and /3 with erl's 1-based inclusive Start..Stop. */
export function binaryToList(b: Term, start?: Term, stop?: Term): Term {
  if (!(b instanceof BitStr) || (b.bits & 7) !== 0) throw badarg(1, 'not a binary');
  const bytes = binBytes(b);
  if (start === undefined) return byteList(bytes);
  if (typeof start !== 'number' || start < 1 || start > bytes.length) throw badarg(2, 'out of range');
  if (typeof stop !== 'number' || stop < start || stop > bytes.length) throw badarg(3, 'out of range');
  return byteList(bytes.subarray(start - 1, stop));
}

/** bitstring_to_list/1: whole bytes, then the leftover bits as a bitstring. */
export function bitstringToList(b: Term): Term {
  if (!(b instanceof BitStr)) throw badarg(1, 'not a bitstring');
  const whole = Math.floor(b.bits / 8);
  const rest = b.bits & 7;
  const tail = rest === 0 ? NIL : new Cons(getBits(b, whole * 8, rest)!, NIL);
  return byteList(b.buf.subarray(0, whole), tail);
}

/** binary_part/2,3: Len may be negative (counting back from Start). Shares the bytes. */
export function binaryPart(b: Term, start: Term, len: Term): BitStr {
  if (!(b instanceof BitStr) || (b.bits & 7) !== 0) throw badarg(1, 'not a binary');
  if (typeof start !== 'number' || typeof len !== 'number') throw badarg();
  const size = Math.floor(b.bits / 8);
  const from = len >= 0 ? start : start + len;
  const n = Math.abs(len);
  if (from < 0 || from + n > size || start < 0 || start > size) throw badarg();
  return getBits(b, from * 8, n * 8)!;
}

// ---- atoms ------------------------------------------------------------

export type AtomEncoding = 'latin1' | 'utf8' | 'unicode';

function atomEncoding(e: Term | AtomEncoding, argNo: number): AtomEncoding {
  const name = e instanceof Atom ? e.name : e;
  if (name === 'latin1') return 'latin1';
  if (name === 'utf8' || name === 'unicode') return 'utf8';
  throw badarg(argNo, 'is an invalid encoding');
}

/** atom_to_binary/1,2. */
export function atomToBinary(a: Term, enc: Term | AtomEncoding = 'utf8'): BitStr {
  if (!(a instanceof Atom)) throw badarg(1, 'not an atom');
  const e = atomEncoding(enc, 2);
  if (e !== 'latin1') return new BitStr(new TextEncoder().encode(a.name));
  const cps = Array.from(a.name, (c) => c.codePointAt(0)!);
  if (cps.some((c) => c > 255)) throw badarg(1, 'contains a character not expressible in latin1');
  return new BitStr(Uint8Array.from(cps));
}

const MAX_ATOM_CHARACTERS = 255;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The atom's text, or a thrown badarg/system_limit as binary_to_atom raises them. */
function atomText(b: Term, enc: Term | AtomEncoding): string {
  if (!(b instanceof BitStr) || (b.bits & 7) !== 0) throw badarg(1, 'not a binary');
  const e = atomEncoding(enc, 2);
  const bytes = binBytes(b);
  let s: string;
  if (e === 'latin1') {
    s = '';
    for (const x of bytes) s += String.fromCharCode(x);
  } else {
    try {
      s = strictUtf8.decode(bytes);
    } catch {
      throw badarg(1, 'invalid UTF-8');
    }
  }
  let chars = 0;
  for (const _ of s) chars++;
  if (chars > MAX_ATOM_CHARACTERS) throw error(A.system_limit, { argErrors: { 1: 'too long' } });
  return s;
}

/** binary_to_atom/1,2. */
export function binaryToAtom(b: Term, enc: Term | AtomEncoding = 'utf8'): Atom {
  return Atom.of(atomText(b, enc));
}

/** binary_to_existing_atom/1,2. */
export function binaryToExistingAtom(b: Term, enc: Term | AtomEncoding = 'utf8'): Atom {
  const a = Atom.exists(atomText(b, enc));
  if (a === undefined) throw badarg(1, 'not an already existing atom');
  return a;
}
