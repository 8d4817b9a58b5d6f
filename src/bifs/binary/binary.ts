// The binary module, natively: OTP implements it as BIFs and a little
// Erlang, and the searches are much faster here than in compiled Erlang.
// Failures raise badarg in binary:F/A with erl's explanations
// (binary_args.ts); replace/3,4 is in binary_replace.ts.

import { canAllocateBinary } from '../../terms/alloc.js';
import { A, Atom, BitStr, Cons, NIL, normInt, isTuple, listToArray, type Term } from '../../terms/types.js';
import { getBits } from '../../terms/bits/match.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { fromArray } from '../lists/util.js';
import { frameError } from '../errors.js';
import { iolistBytes } from '../iodata.js';
import { findAll, type Found } from './search.js';
import { replace3, replace4 } from './replace.js';
import {
  BAD_OPTIONS,
  BAD_PATTERN,
  type Why,
  bytesOf,
  fail,
  isInt,
  mustBeBinary,
  mustBeEndianness,
  mustBeNonNegInteger,
  mustBePattern,
  mustBePosition,
  partRange,
  partTupleWhys,
  partWhys,
  patternsOf,
  rememberPattern,
} from './args.js';

const SCOPE = Atom.of('scope');
const bin = (b: Uint8Array) => new BitStr(b.slice());

function binaryArg(fn: string, args: Term[], whys: () => Why[] = () => [mustBeBinary(args[0]!)]): Uint8Array {
  const s = args[0]!;
  if (!(s instanceof BitStr) || !s.isBinary) throw fail(fn, args, whys());
  return bytesOf(s);
}

// ---- searching ----------------------------------------------------------

/**
 * The [from, to) scope the options of match/matches/split give, adding the
 * flags they set; null for bad options, 'outside' for a scope past the end.
 */
function scopeOf(opts: Term, size: number, allowed: Set<Atom>, flags: Set<Atom>): [number, number] | null | 'outside' {
  if (opts !== NIL && !(opts instanceof Cons)) return null;
  let scope: [number, number] = [0, size];
  // erts reads the options while it has list cells and ignores an improper
  // tail: [global | x] is [global].
  for (let l: Term = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (o instanceof Atom && allowed.has(o)) flags.add(o);
    else if (isTuple(o) && o.length === 2 && o[0] === SCOPE && isTuple(o[1]) && o[1].length === 2 && isInt(o[1][0]!) && isInt(o[1][1]!)) {
      const r = partRange(o[1][0]!, o[1][1]!, size);
      if (r === null) return 'outside';
      scope = [r[0], r[0] + r[1]];
    } else return null;
  }
  return scope;
}

/** match/matches: the found parts, or the badarg erl raises. */
function search(fn: string, args: Term[], all: boolean): Found[] {
  const [s, p, opts] = args;
  const patterns = patternsOf(p!);
  // An empty subject has nothing to find: erts does not look at the pattern then (the options it does).
  const empty = s instanceof BitStr && s.bits === 0;
  if (!(s instanceof BitStr) || !s.isBinary || (patterns === null && !empty)) throw fail(fn, args, [mustBeBinary(s!), mustBePattern(p!)]);
  const subject = bytesOf(s);
  let scope: ReturnType<typeof scopeOf> = [0, subject.length];
  if (opts !== undefined) scope = scopeOf(opts, subject.length, new Set(), new Set());
  if (patterns === null) {
    if (!Array.isArray(scope)) throw fail(fn, args, [undefined, mustBePattern(p!)]);
    return [];
  }
  if (!Array.isArray(scope)) {
    const one = listToArray(opts!);
    const specific = scope === 'outside' && one !== null && one.length === 1;
    throw fail(fn, args, [undefined, undefined, specific ? 'specified part is not wholly inside binary' : BAD_OPTIONS]);
  }
  return findAll(subject, patterns, scope[0], scope[1], all);
}

const found = (f: Found): Term => [f[0], f[1]];

function match(args: Term[]): Term {
  const [s, p] = args;
  if (args.length === 2 && plainOperands(s!, p!)) {
    const pos = findFrom(s as BitStr, p as BitStr, 0);
    return pos < 0 ? NOMATCH : [pos, (p as BitStr).bits >>> 3];
  }
  const r = search('match', args, false);
  return r.length === 0 ? Atom.of('nomatch') : found(r[0]!);
}

function matches(args: Term[]): Term {
  return fromArray(search('matches', args, true).map(found));
}

const SPLIT_FLAGS = new Set([Atom.of('global'), Atom.of('trim'), Atom.of('trim_all')]);

const GLOBAL = Atom.of('global');
const NOMATCH = Atom.of('nomatch');

/**
 * Whether split and match may search in place: both operands byte-aligned
 * binaries and the pattern not empty. Otherwise the general code answers
 * (or raises erl's badarg).
 */
function plainOperands(s: Term, p: Term): boolean {
  return s instanceof BitStr && p instanceof BitStr && ((s.bits | p.bits | s.start | p.start) & 7) === 0 && p.bits !== 0;
}

/** The first byte position at or after `at` where p starts in s (both byte-aligned binaries), or -1. */
function findFrom(s: BitStr, p: BitStr, at: number): number {
  const sb = s.data;
  const pb = p.data;
  const sFrom = s.start >>> 3;
  const pFrom = p.start >>> 3;
  const pLen = p.bits >>> 3;
  const first = pb[pFrom]!;
  const last = sFrom + (s.bits >>> 3) - pLen;
  for (let i = sFrom + at; i <= last; i++) {
    if (sb[i] !== first) continue;
    let k = 1;
    while (k < pLen && sb[i + k] === pb[pFrom + k]) k++;
    if (k === pLen) return i - sFrom;
  }
  return -1;
}

/** split/2,3 with one binary pattern and no options or just [global]; null for anything else. */
function splitPlain(s: Term, p: Term, opts: Term | undefined): Term | null {
  let all = false;
  if (opts !== undefined) {
    if (opts instanceof Cons && opts.head === GLOBAL && opts.tail === NIL) all = true;
    else if (opts !== NIL) return null;
  }
  if (!plainOperands(s, p)) return null;
  const subject = s as BitStr;
  const patLen = (p as BitStr).bits >>> 3;
  const subjLen = subject.bits >>> 3;
  const cuts: number[] = [];
  let at = 0;
  for (;;) {
    const pos = findFrom(subject, p as BitStr, at);
    if (pos < 0) break;
    cuts.push(pos);
    at = pos + patLen;
    if (!all) break;
  }
  // The parts are sub-binaries of the subject, as erl's are: no bytes copied.
  let out: Term = getBits(subject, at * 8, (subjLen - at) * 8)!;
  out = new Cons(out, NIL);
  for (let i = cuts.length - 1; i >= 0; i--) {
    const start = i === 0 ? 0 : cuts[i - 1]! + patLen;
    out = new Cons(getBits(subject, start * 8, (cuts[i]! - start) * 8)!, out);
  }
  return out;
}

function split(args: Term[]): Term {
  const [s, p, opts] = args;
  const quick = splitPlain(s!, p!, opts);
  if (quick !== null) return quick;
  const patterns = patternsOf(p!);
  const empty = s instanceof BitStr && s.bits === 0;
  if (!(s instanceof BitStr) || !s.isBinary || (patterns === null && !empty)) throw fail('split', args, [mustBeBinary(s!), mustBePattern(p!)]);
  const subject = bytesOf(s);
  const flags = new Set<Atom>();
  const scope = opts === undefined ? [0, subject.length] : scopeOf(opts, subject.length, SPLIT_FLAGS, flags);
  if (!Array.isArray(scope)) throw fail('split', args, patterns === null ? [undefined, mustBePattern(p!)] : [undefined, undefined, BAD_OPTIONS]);
  const cuts = patterns === null ? [] : findAll(subject, patterns, scope[0]!, scope[1]!, flags.has(Atom.of('global')));
  // The parts are sub-binaries of the subject, as erl's are: no bytes copied.
  let parts: BitStr[] = [];
  let at = 0;
  for (const [pos, len] of cuts) {
    parts.push(getBits(s, at * 8, (pos - at) * 8)!);
    at = pos + len;
  }
  parts.push(getBits(s, at * 8, (subject.length - at) * 8)!);
  if (flags.has(Atom.of('trim_all'))) parts = parts.filter((x) => x.bits > 0);
  else if (flags.has(Atom.of('trim'))) while (parts.length > 0 && parts[parts.length - 1]!.bits === 0) parts.pop();
  return fromArray(parts);
}

function compilePattern(p: Process, pat: Term): Term {
  const patterns = patternsOf(pat);
  if (patterns === null || isTuple(pat)) throw fail('compile_pattern', [pat], [BAD_PATTERN]);
  const ref = p.vm.makeRef();
  rememberPattern(ref, patterns);
  return [Atom.of(patterns.length === 1 ? 'bm' : 'ac'), ref];
}

// ---- parts and bytes ----------------------------------------------------

function part3(fn: string, args: Term[], s: Term, pos: Term, len: Term, whys: () => Why[]): BitStr {
  const r = s instanceof BitStr ? partRange(pos, len, Math.floor(s.bits / 8)) : null;
  if (r === null) throw fail(fn, args, whys());
  return getBits(s as BitStr, r[0] * 8, r[1] * 8)!;
}

function part2(fn: string, s: Term, posLen: Term): BitStr {
  const ok = isTuple(posLen) && posLen.length === 2;
  return part3(fn, [s, posLen], s, ok ? posLen[0]! : A.undefined, ok ? posLen[1]! : A.undefined, () => partTupleWhys(s, posLen));
}

function byteList(bytes: Uint8Array): Term {
  let l: Term = NIL;
  for (let i = bytes.length - 1; i >= 0; i--) l = new Cons(bytes[i]!, l);
  return l;
}

/** bin_to_list/2,3 insist on a binary, unlike part/3. */
function binToList(fn: string, args: Term[], s: Term, pos: Term, len: Term, whys: () => Why[]): Term {
  if (!(s instanceof BitStr) || !s.isBinary) throw fail(fn, args, whys());
  return byteList(bytesOf(part3(fn, args, s, pos, len, whys)));
}

function at(s: Term, pos: Term): Term {
  const b = binaryArg('at', [s, pos], () => [mustBeBinary(s), mustBePosition(pos)]);
  if (typeof pos !== 'number' || pos < 0 || pos >= b.length) throw fail('at', [s, pos], [undefined, mustBePosition(pos)]);
  return b[pos]!;
}

function end(fn: 'first' | 'last', s: Term): Term {
  const b = binaryArg(fn, [s]);
  if (b.length === 0) throw fail(fn, [s], ['a zero-sized binary is not allowed']);
  return b[fn === 'first' ? 0 : b.length - 1]!;
}

function copy(s: Term, n: Term): Term {
  const args = [s, n];
  const b = binaryArg('copy', args, () => [mustBeBinary(s), mustBeNonNegInteger(n)]);
  if (typeof n !== 'number' || n < 0) throw fail('copy', args, [undefined, mustBeNonNegInteger(n)]);
  if (!canAllocateBinary(b.length * n)) throw frameError(A.system_limit, 'binary', 'copy', args);
  const total = b.length * n;
  const out = new Uint8Array(total);
  if (b.length === 1) out.fill(b[0]!);
  else if (total > 0) {
    // Doubling copies: log(n) calls instead of n.
    out.set(b, 0);
    for (let done = b.length; done < total; done *= 2) out.copyWithin(done, 0, Math.min(done, total - done));
  }
  return new BitStr(out);
}

function bigEndian(e: Term): boolean {
  return e === Atom.of('big');
}

function decodeUnsigned(args: Term[]): Term {
  const [s, e = Atom.of('big')] = args;
  const whys = () => [mustBeBinary(s!), ...(args.length > 1 ? [mustBeEndianness(e)] : [])];
  const b = binaryArg('decode_unsigned', args, whys);
  if (mustBeEndianness(e) !== undefined) throw fail('decode_unsigned', args, whys());
  const order = bigEndian(e) ? b : b.slice().reverse();
  let v = 0n;
  for (const x of order) v = (v << 8n) | BigInt(x);
  return normInt(v);
}

function encodeUnsigned(args: Term[]): Term {
  const [n, e = Atom.of('big')] = args;
  const whys = [mustBeNonNegInteger(n!), ...(args.length > 1 ? [mustBeEndianness(e)] : [])];
  if (whys.some((w) => w !== undefined)) throw fail('encode_unsigned', args, whys);
  let v = BigInt(n as number | bigint);
  const out: number[] = [];
  do {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  } while (v > 0n);
  if (bigEndian(e)) out.reverse();
  return new BitStr(Uint8Array.from(out));
}

function binaries(fn: string, l: Term): Uint8Array[] {
  const items = listToArray(l);
  if (items === null || items.length === 0 || items.some((x) => !(x instanceof BitStr) || !x.isBinary)) throw fail(fn, [l], ['not a flat list of binaries']);
  return items.map((x) => bytesOf(x as BitStr));
}

function commonLength(fn: string, l: Term, fromEnd: boolean): Term {
  const bs = binaries(fn, l);
  const max = bs.reduce((m, b) => Math.min(m, b.length), Infinity);
  const byteAt = (b: Uint8Array, i: number) => b[fromEnd ? b.length - 1 - i : i];
  let n = 0;
  while (n < max && bs.every((b) => byteAt(b, n) === byteAt(bs[0]!, n))) n++;
  return n;
}

function listToBin(l: Term): Term {
  const b = l instanceof Cons || l === NIL ? iolistBytes(l) : null;
  if (b === null) throw fail('list_to_bin', [l], ['not an iodata term']);
  return b;
}

const HEX = '0123456789ABCDEF';

function encodeHex(s: Term): Term {
  const b = binaryArg('encode_hex', [s]);
  const out = new Uint8Array(b.length * 2);
  b.forEach((x, i) => {
    out[2 * i] = HEX.charCodeAt(x >> 4);
    out[2 * i + 1] = HEX.charCodeAt(x & 15);
  });
  return new BitStr(out);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

function decodeHex(s: Term): Term {
  const b = binaryArg('decode_hex', [s]);
  if (b.length % 2 !== 0) throw fail('decode_hex', [s], ['must contain an even number of bytes']);
  const out = new Uint8Array(b.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(b[2 * i]!);
    const lo = hexDigit(b[2 * i + 1]!);
    if (hi < 0 || lo < 0) {
      // erl fails in its helper binary:unhex/1, on the two offending bytes.
      const pair = b.slice(2 * i, 2 * i + 2);
      throw fail('unhex', [new BitStr(pair)], [`${String.fromCharCode(...pair)} is not a valid hex`]);
    }
    out[i] = (hi << 4) | lo;
  }
  return new BitStr(out);
}

const f: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'compile_pattern/1': compilePattern,
  'match/2': (_p, s, p) => match([s, p]),
  'match/3': (_p, s, p, o) => match([s, p, o]),
  'matches/2': (_p, s, p) => matches([s, p]),
  'matches/3': (_p, s, p, o) => matches([s, p, o]),
  'split/2': (_p, s, p) => split([s, p]),
  'split/3': (_p, s, p, o) => split([s, p, o]),
  'replace/3': (_p, s, p, r) => replace3(s, p, r),
  'replace/4': (_p, s, p, r, o) => replace4(s, p, r, o),
  'part/2': (_p, s, pl) => part2('part', s, pl),
  'part/3': (_p, s, pos, len) => part3('part', [s, pos, len], s, pos, len, () => partWhys(s, pos, len)),
  'at/2': (_p, s, pos) => at(s, pos),
  'first/1': (_p, s) => end('first', s),
  'last/1': (_p, s) => end('last', s),
  'copy/1': (_p, s) => bin(binaryArg('copy', [s])),
  'copy/2': (_p, s, n) => copy(s, n),
  'bin_to_list/1': (_p, s) => byteList(binaryArg('bin_to_list', [s])),
  'bin_to_list/2': (_p, s, pl) => {
    const ok = isTuple(pl) && pl.length === 2;
    return binToList('bin_to_list', [s, pl], s, ok ? pl[0]! : A.undefined, ok ? pl[1]! : A.undefined, () => partTupleWhys(s, pl));
  },
  'bin_to_list/3': (_p, s, pos, len) => binToList('bin_to_list', [s, pos, len], s, pos, len, () => partWhys(s, pos, len)),
  'list_to_bin/1': (_p, l) => listToBin(l),
  // Any bitstring will do; ours reference only their own bytes.
  'referenced_byte_size/1': (_p, s) => {
    if (!(s instanceof BitStr)) throw fail('referenced_byte_size', [s], [mustBeBinary(s)]);
    return s.byteSize;
  },
  'longest_common_prefix/1': (_p, l) => commonLength('longest_common_prefix', l, false),
  'longest_common_suffix/1': (_p, l) => commonLength('longest_common_suffix', l, true),
  'decode_unsigned/1': (_p, s) => decodeUnsigned([s]),
  'decode_unsigned/2': (_p, s, e) => decodeUnsigned([s, e]),
  'encode_unsigned/1': (_p, n) => encodeUnsigned([n]),
  'encode_unsigned/2': (_p, n, e) => encodeUnsigned([n, e]),
  'encode_hex/1': (_p, s) => encodeHex(s),
  'decode_hex/1': (_p, s) => decodeHex(s),
};

export const binaryNatives: NativeModule = {
  name: 'binary',
  functions: f as unknown as Record<string, NativeFn>,
};
