// The side-effect-free erlang BIFs: type tests, tuples, lists, conversions.
// Each failure names the arguments the way erl_erts_errors explains them,
// so the shell can print `*** argument 2: not a tuple`.

import { charCodesToString } from '../../terms/code_points.js';
import {
  A,
  Atom,
  BitStr,
  Cons,
  ErlFloat,
  ExportFun,
  Fun,
  NIL,
  Pid,
  Port,
  Ref,
  type Term,
  bool,
  isAtom,
  isBinary,
  isBitstring,
  isFun,
  isInteger,
  isList,
  isMap,
  isNumber,
  isTuple,
  normInt,
} from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { compare } from '../../terms/compare.js';
import { floatToListDefault, floatToListOpts, type FloatToListOptions } from '../../terms/floats.js';
import { encodeTerm, decodeTermAt, type EncodeOptions, type DecodeOptions } from '../../terms/etf/index.js';
import { isMapTerm } from '../map_access.js';
import { phash2 } from '../../terms/hash.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';
import { fromArray, spine } from '../lists/util.js';
import { byteListBinary, charlistToString, iolistBytes } from '../iodata.js';
import { slabCopy } from '../../terms/bits/index.js';
import { integerToText, parseFloat as parseErlFloat, parseInteger } from '../number_text.js';

type ArgErrors = { [n: number]: string };

/** badarg from erlang:fn(args) with the given explanations. */
function fail(fn: string, args: Term[], errs: ArgErrors): ErlException {
  return frameError(A.badarg, 'erlang', fn, args, errs);
}

// ---- type tests -----------------------------------------------------------

const is = (test: (t: Term) => boolean) => (_p: unknown, t: Term) => bool(test(t));

function isFunction2(_p: unknown, f: Term, arity: Term): Term {
  if (!isInteger(arity)) throw fail('is_function', [f, arity], { 2: 'not an integer' });
  if (arity < 0) throw fail('is_function', [f, arity], { 2: 'negative' });
  return bool(isFun(f) && f.arity === Number(arity));
}

/**
 * erl_erts_errors' maybe_option_list_error: what is wrong with an option
 * list argument. With the other arguments fine (prevOk) it must be the
 * options themselves; otherwise only a list that is no proper list is blamed.
 */
function optionListError(opts: Term, prevOk: boolean): string {
  const s = spine(opts);
  if (!isList(opts)) return 'not a list';
  if (s.tail !== NIL) return 'not a proper list';
  return prevOk ? 'invalid option in list' : '';
}

function explained(fn: string, args: Term[], whys: (string | '')[]): ErlException {
  const errs: ArgErrors = {};
  whys.forEach((w, i) => {
    if (w !== '') errs[i + 1] = w;
  });
  return fail(fn, args, errs);
}

function isRecord(_p: unknown, t: Term, tag: Term): Term {
  // erl_erts_errors blames argument 1 for is_record/2 whatever was wrong.
  if (!isAtom(tag)) throw fail('is_record', [t, tag], { 1: 'not an atom' });
  return bool(isTuple(t) && t.length > 0 && t[0] === tag);
}

function isRecord3(_p: unknown, t: Term, tag: Term, size: Term): Term {
  if (!isAtom(tag) || !isInteger(size))
    throw explained('is_record', [t, tag, size], ['', isAtom(tag) ? '' : 'not an atom', isInteger(size) ? '' : 'not an integer']);
  return bool(isTuple(t) && t.length === Number(size) && t.length > 0 && t[0] === tag);
}

// ---- tuples -----------------------------------------------------------------

/** Checks a 1-based tuple index, explaining both arguments as erl does. */
function tupleIndex(fn: string, args: Term[], ix: Term, argIx: number, t: Term, argT: number, max: (n: number) => number): number {
  const errs: ArgErrors = {};
  if (!isInteger(ix)) errs[argIx] = 'not an integer';
  else if (ix < 1 || (isTuple(t) && ix > max(t.length))) errs[argIx] = 'out of range';
  if (!isTuple(t)) errs[argT] = 'not a tuple';
  if (Object.keys(errs).length > 0) throw fail(fn, args, errs);
  return Number(ix);
}

function element(_p: unknown, ix: Term, t: Term): Term {
  const i = tupleIndex('element', [ix, t], ix, 1, t, 2, (n) => n);
  return (t as Term[])[i - 1]!;
}

function setelement(_p: unknown, ix: Term, t: Term, v: Term): Term {
  const i = tupleIndex('setelement', [ix, t, v], ix, 1, t, 2, (n) => n);
  const copy = (t as Term[]).slice();
  copy[i - 1] = v;
  return copy;
}

function tupleSize(_p: unknown, t: Term): Term {
  if (!isTuple(t)) throw fail('tuple_size', [t], { 1: 'not a tuple' });
  return t.length;
}

function size(_p: unknown, t: Term): Term {
  if (isTuple(t)) return t.length;
  if (isBitstring(t)) return Math.floor(t.bits / 8);
  throw fail('size', [t], { 1: 'not tuple or binary' });
}

function tupleToList(_p: unknown, t: Term): Term {
  if (!isTuple(t)) throw fail('tuple_to_list', [t], { 1: 'not a tuple' });
  return fromArray(t);
}

function listToTuple(_p: unknown, l: Term): Term {
  const s = spine(l);
  if (s.tail !== NIL) throw fail('list_to_tuple', [l], { 1: 'not a list' });
  return s.items;
}

function makeTuple2(_p: unknown, n: Term, v: Term): Term {
  if (!isInteger(n) || n < 0 || n > 16777215) throw fail('make_tuple', [n, v], { 1: 'out of range' });
  return filled(Number(n), v);
}

/**
 * A tuple of n copies of v, its elements packed: `new Array(n).fill(v)`
 * makes a holey array, so compiled code reading tuples from make_tuple and
 * from list_to_tuple (packed) saw two maps and deoptimized.
 */
function filled(n: number, v: Term): Term[] {
  const t: Term[] = [];
  for (let i = 0; i < n; i++) t.push(v);
  return t;
}

function makeTuple3(_p: unknown, n: Term, v: Term, init: Term): Term {
  const args = [n, v, init];
  // erl_erts_errors: [must_be_non_neg_int(Arity), [], maybe_option_list_error(InitList, Arg1)].
  const arg1 = !isInteger(n) ? 'not an integer' : n < 0 ? 'out of range' : '';
  const bad = () => explained('make_tuple', args, [arg1, '', optionListError(init, arg1 === '')]);
  if (arg1 !== '' || Number(n) > 16777215) throw bad();
  const s = spine(init);
  if (s.tail !== NIL) throw bad();
  const t = filled(Number(n), v);
  for (const x of s.items) {
    if (!isTuple(x) || x.length !== 2 || !isInteger(x[0]) || x[0] < 1 || x[0] > t.length) throw bad();
    t[Number(x[0]) - 1] = x[1]!;
  }
  return t;
}

function appendElement(_p: unknown, t: Term, v: Term): Term {
  if (!isTuple(t)) throw fail('append_element', [t, v], { 1: 'not a tuple' });
  return [...t, v];
}

function insertElement(_p: unknown, ix: Term, t: Term, v: Term): Term {
  const i = tupleIndex('insert_element', [ix, t, v], ix, 1, t, 2, (n) => n + 1);
  const copy = (t as Term[]).slice();
  copy.splice(i - 1, 0, v);
  return copy;
}

function deleteElement(_p: unknown, ix: Term, t: Term): Term {
  const i = tupleIndex('delete_element', [ix, t], ix, 1, t, 2, (n) => n);
  const copy = (t as Term[]).slice();
  copy.splice(i - 1, 1);
  return copy;
}

// ---- lists ------------------------------------------------------------------

function length(_p: unknown, l: Term): Term {
  let n = 0;
  let c = l;
  while (c instanceof Cons) {
    n++;
    c = c.tail;
  }
  if (c !== NIL) throw fail('length', [l], { 1: 'not a list' });
  return n;
}

function hd(_p: unknown, l: Term): Term {
  if (!(l instanceof Cons)) throw fail('hd', [l], { 1: 'not a nonempty list' });
  return l.head;
}

function tl(_p: unknown, l: Term): Term {
  if (!(l instanceof Cons)) throw fail('tl', [l], { 1: 'not a nonempty list' });
  return l.tail;
}

// ---- numbers ------------------------------------------------------------------

function notNumber(fn: string, t: Term): ErlException {
  return fail(fn, [t], { 1: 'not a number' });
}

function abs(_p: unknown, x: Term): Term {
  if (typeof x === 'number') return Math.abs(x);
  if (typeof x === 'bigint') return normInt(x < 0n ? -x : x);
  if (x instanceof ErlFloat) return new ErlFloat(Math.abs(x.value));
  throw notNumber('abs', x);
}

/** A float's integer part as an Erlang integer. */
function floatToInt(v: number): Term {
  return Number.isSafeInteger(v) ? v : normInt(BigInt(v));
}

function integral(fn: string, x: Term, op: (v: number) => number): Term {
  if (isInteger(x)) return x;
  if (x instanceof ErlFloat) {
    const r = op(x.value);
    return floatToInt(Object.is(r, -0) ? 0 : r);
  }
  throw notNumber(fn, x);
}

// Erlang rounds half away from zero; Math.round rounds half up.
const roundHalfAway = (v: number) => Math.sign(v) * Math.round(Math.abs(v));
const round = (_p: unknown, x: Term) => integral('round', x, roundHalfAway);
const trunc = (_p: unknown, x: Term) => integral('trunc', x, Math.trunc);
const floor = (_p: unknown, x: Term) => integral('floor', x, Math.floor);
const ceil = (_p: unknown, x: Term) => integral('ceil', x, Math.ceil);

function float(_p: unknown, x: Term): Term {
  if (x instanceof ErlFloat) return x;
  if (isInteger(x)) {
    const v = Number(x);
    if (!Number.isFinite(v)) throw fail('float', [x], { 1: 'not a number' });
    return new ErlFloat(v);
  }
  throw notNumber('float', x);
}

// Ties go to the first argument, so max(1, 1.0) is 1 and max(1.0, 1) is 1.0.
const max = (_p: unknown, a: Term, b: Term) => (compare(a, b) < 0 ? b : a);
const min = (_p: unknown, a: Term, b: Term) => (compare(a, b) > 0 ? b : a);

// ---- atoms ------------------------------------------------------------------

const MAX_ATOM_CHARS = 255;

function atomToList(_p: unknown, a: Term): Term {
  if (!isAtom(a)) throw fail('atom_to_list', [a], { 1: 'not an atom' });
  return charsToList(a.name);
}

function charsToList(s: string): Term {
  // From the end, one cons per code point (surrogate pairs joined): no intermediate array.
  let l: Term = NIL;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const hi = s.charCodeAt(i - 1);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        l = new Cons(((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000, l);
        i--;
        continue;
      }
    }
    l = new Cons(c, l);
  }
  return l;
}

function makeAtom(fn: string, args: Term[], name: string, existing: boolean): Term {
  if (existing) {
    const a = Atom.exists(name);
    if (a === undefined) throw fail(fn, args, { 1: 'not an already existing atom' });
    return a;
  }
  // erl's shell explains no argument here: erl_erts_errors has no text for an atom's length.
  if ([...name].length > MAX_ATOM_CHARS) throw frameError(A.system_limit, 'erlang', fn, args);
  return Atom.of(name);
}

function listToAtomVia(fn: string, existing: boolean) {
  return (_p: unknown, l: Term): Term => {
    if (!isList(l) || spine(l).tail !== NIL) throw fail(fn, [l], { 1: 'not a list' });
    const name = charlistToString(l);
    if (name === null) throw fail(fn, [l], { 1: 'not a list of characters' });
    return makeAtom(fn, [l], name, existing);
  };
}

function encodingOf(t: Term): 'latin1' | 'utf8' | null {
  if (t === Atom.of('latin1')) return 'latin1';
  if (t === Atom.of('utf8') || t === Atom.of('unicode')) return 'utf8';
  return null;
}

function atomToBinary(_p: unknown, a: Term, enc: Term = Atom.of('utf8')): Term {
  const args = arguments.length > 2 ? [a, enc] : [a];
  const e = encodingOf(enc);
  const errs: ArgErrors = {};
  if (!isAtom(a)) errs[1] = 'not an atom';
  if (e === null) errs[2] = 'is an invalid encoding option';
  if (Object.keys(errs).length > 0) throw fail('atom_to_binary', args, errs);
  const name = (a as Atom).name;
  if (e === 'utf8') return new BitStr(new Uint8Array(Buffer.from(name, 'utf8')));
  const bytes: number[] = [];
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (c > 255) throw fail('atom_to_binary', args, { 1: 'contains a character not expressible in latin1' });
    bytes.push(c);
  }
  return new BitStr(Uint8Array.from(bytes));
}

function binaryToAtomVia(fn: string, existing: boolean) {
  return function (this: unknown, _p: unknown, b: Term, enc: Term = Atom.of('utf8')): Term {
    const args = arguments.length > 2 ? [b, enc] : [b];
    const e = encodingOf(enc);
    const errs: ArgErrors = {};
    if (!isBinary(b)) errs[1] = 'not a binary';
    if (e === null) errs[2] = 'not one of the atoms: latin1, utf8, or unicode';
    if (Object.keys(errs).length > 0) throw fail(fn, args, errs);
    const bytes = (b as BitStr).buf.subarray(0, (b as BitStr).byteSize);
    let name: string;
    if (e === 'latin1') name = charCodesToString(bytes);
    else {
      try {
        name = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw fail(fn, args, { 1: 'invalid UTF8 encoding' });
      }
    }
    return makeAtom(fn, args, name, existing);
  };
}

// ---- integers and floats as text ------------------------------------------

function checkBase(_fn: string, _args: Term[], base: Term, errs: ArgErrors): number {
  if (!isInteger(base) || base < 2 || base > 36) errs[2] = 'not an integer in the range 2 through 36';
  return Number(base);
}

/** Where decimal/2 writes a binary's digits (a safe integer has at most 17 with its sign). */
const digits = new Uint8Array(24);

/** A small integer's decimal digits, as a list or a binary, made straight from the number. */
function decimal(n: number, asBinary: boolean): Term {
  let v = n < 0 ? -n : n;
  if (!asBinary) {
    let l: Term = NIL;
    do {
      l = new Cons(48 + (v % 10), l);
      v = Math.floor(v / 10);
    } while (v > 0);
    return n < 0 ? new Cons(45, l) : l;
  }
  let len = n < 0 ? 2 : 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) len++;
  // Written in scratch and placed in the shared slab, as <<...>>'s small results are.
  const out = digits;
  for (let i = len - 1; i >= 0; i--) {
    out[i] = 48 + (v % 10);
    v = Math.floor(v / 10);
  }
  if (n < 0) out[0] = 45;
  return slabCopy(out, 0, len);
}

function integerToListVia(fn: string, asBinary: boolean) {
  return function (_p: unknown, n: Term, base: Term = 10): Term {
    if (typeof n === 'number' && base === 10 && Number.isSafeInteger(n)) return decimal(n, asBinary);
    const args = arguments.length > 2 ? [n, base] : [n];
    const errs: ArgErrors = {};
    if (!isInteger(n)) errs[1] = 'not an integer';
    const b = checkBase(fn, args, base, errs);
    if (Object.keys(errs).length > 0) throw fail(fn, args, errs);
    const text = integerToText(n as number | bigint, b);
    return asBinary ? latin1Binary(text) : charsToList(text);
  };
}

function latin1Binary(s: string): BitStr {
  // A plain loop: Uint8Array.from with a mapping function walks an iterator.
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new BitStr(out);
}

/** The text of a list or binary argument, or an explanation of why it has none. */
function textArg(t: Term, asBinary: boolean): string | null {
  if (asBinary) return isBinary(t) ? Buffer.from(t.buf.subarray(0, t.byteSize)).toString('latin1') : null;
  if (!isList(t) || spine(t).tail !== NIL) return null;
  return charlistToString(t) ?? '\u{FFFF}invalid';
}

/**
 * `[+-]digits` in base 10, at most 15 digits, read straight from a binary's
 * bytes or a string's cells: the common case of binary_to_integer/1 and
 * list_to_integer/1, with no text made. Null sends anything else (longer
 * numbers, other bases, errors) to the general path.
 */
function smallDecimal(t: Term): number | null {
  if (t instanceof BitStr) return (t.bits & 7) === 0 && (t.start & 7) === 0 ? bytesDecimal(t.data, t.start >>> 3, (t.start + t.bits) >>> 3) : null;
  let data: Uint8Array | null = null;
  let i = 0;
  let end = 0;
  let cell: Term = NIL;
  if (t instanceof BitStr) {
    if ((t.bits & 7) !== 0 || (t.start & 7) !== 0) return null;
    data = t.data;
    i = t.start >>> 3;
    end = i + (t.bits >>> 3);
  } else if (t instanceof Cons) cell = t;
  else return null;
  const next = (): number => {
    if (data !== null) return i < end ? data[i++]! : -1;
    if (!(cell instanceof Cons)) return cell === NIL ? -1 : -2;
    const c = cell.head;
    cell = cell.tail;
    return typeof c === 'number' ? c : -2;
  };
  let c = next();
  let neg = false;
  if (c === 0x2d || c === 0x2b) {
    neg = c === 0x2d;
    c = next();
  }
  let v = 0;
  let n = 0;
  for (; c >= 0x30 && c <= 0x39; c = next()) {
    if (++n > 15) return null;
    v = v * 10 + (c - 0x30);
  }
  if (c !== -1 || n === 0) return null;
  return neg ? -v || 0 : v;
}

/** smallDecimal of the bytes data[i, end), in one loop with no closure. */
function bytesDecimal(data: Uint8Array, i: number, end: number): number | null {
  let neg = false;
  if (i < end && (data[i] === 0x2d || data[i] === 0x2b)) neg = data[i++] === 0x2d;
  const n = end - i;
  if (n === 0 || n > 15) return null;
  let v = 0;
  for (; i < end; i++) {
    const c = data[i]!;
    if (c < 0x30 || c > 0x39) return null;
    v = v * 10 + (c - 0x30);
  }
  return neg ? -v || 0 : v;
}

function toIntegerVia(fn: string, asBinary: boolean) {
  return function (_p: unknown, t: Term, base: Term = 10): Term {
    if (base === 10) {
      const v = asBinary === t instanceof BitStr ? smallDecimal(t) : null;
      if (v !== null) return v;
    }
    const args = arguments.length > 2 ? [t, base] : [t];
    const errs: ArgErrors = {};
    const text = textArg(t, asBinary);
    if (text === null) errs[1] = asBinary ? 'not a binary' : 'not a list';
    const b = checkBase(fn, args, base, errs);
    if (Object.keys(errs).length > 0) throw fail(fn, args, errs);
    const v = parseInteger(text!, b);
    if (v === null) throw fail(fn, args, { 1: 'not a textual representation of an integer' });
    return v;
  };
}

function toFloatVia(fn: string, asBinary: boolean) {
  return (_p: unknown, t: Term): Term => {
    const text = textArg(t, asBinary);
    if (text === null) throw fail(fn, [t], { 1: asBinary ? 'not a binary' : 'not a list' });
    const v = parseErlFloat(text);
    if (v === null) throw fail(fn, [t], { 1: 'not a textual representation of a float' });
    return v;
  };
}

function floatOptions(fn: string, args: Term[], opts: Term): FloatToListOptions {
  const s = spine(opts);
  const bad = () => fail(fn, args, { 2: optionListError(opts, true) });
  if (s.tail !== NIL) throw bad();
  const o: FloatToListOptions = {};
  for (const x of s.items) {
    if (x === Atom.of('compact')) o.compact = true;
    else if (x === Atom.of('short')) o.short = true;
    else if (isTuple(x) && x.length === 2 && x[0] === Atom.of('decimals') && isInteger(x[1])) {
      o.decimals = Number(x[1]);
      delete o.scientific;
      delete o.short;
    } else if (isTuple(x) && x.length === 2 && x[0] === Atom.of('scientific') && isInteger(x[1])) {
      o.scientific = Number(x[1]);
      delete o.decimals;
      delete o.short;
    } else throw bad();
  }
  return o;
}

function floatToListVia(fn: string, asBinary: boolean) {
  return (_p: unknown, f: Term, opts?: Term): Term => {
    const args = opts === undefined ? [f] : [f, opts];
    if (!(f instanceof ErlFloat)) throw explained(fn, args, ['not a float', opts === undefined ? '' : optionListError(opts, false)]);
    let text: string;
    if (opts === undefined) text = floatToListDefault(f.value);
    else {
      const o = floatOptions(fn, args, opts);
      try {
        text = floatToListOpts(f.value, o);
      } catch (e) {
        if (e instanceof ErlException) throw fail(fn, args, { 2: 'invalid option in list' });
        throw e;
      }
    }
    return asBinary ? latin1Binary(text) : charsToList(text);
  };
}

// ---- binaries -----------------------------------------------------------------

function bytesOf(b: BitStr, from = 0, to = b.byteSize): Term {
  const items: number[] = [];
  for (let i = from; i < to; i++) items.push(b.buf[i]!);
  return fromArray(items);
}

function binaryToList(_p: unknown, b: Term): Term {
  if (!isBinary(b)) throw fail('binary_to_list', [b], { 1: 'not a binary' });
  return bytesOf(b);
}

/** erl_erts_errors' must_be_pos_int. */
function posIntError(t: Term): string {
  return !isInteger(t) ? 'not an integer' : t < 1 ? 'out of range' : '';
}

function binaryToList3(_p: unknown, b: Term, start: Term, stop: Term): Term {
  const args = [b, start, stop];
  const first = [isBinary(b) ? '' : 'not a binary', posIntError(start), posIntError(stop)];
  if (first.some((w) => w !== '')) throw explained('binary_to_list', args, first);
  const size = (b as BitStr).byteSize;
  const [from, to] = [Number(start), Number(stop)];
  if (from > to) throw explained('binary_to_list', args, ['', 'start position greater than stop position']);
  if (from > size || to > size) throw explained('binary_to_list', args, ['', from > size ? 'out of range' : '', to > size ? 'out of range' : '']);
  return bytesOf(b as BitStr, Number(start) - 1, Number(stop));
}

function bitstringToList(_p: unknown, b: Term): Term {
  if (!isBitstring(b)) throw fail('bitstring_to_list', [b], { 1: 'not a bitstring' });
  const whole = Math.floor(b.bits / 8);
  const rest = b.bits & 7;
  if (rest === 0) return bytesOf(b);
  const last = new BitStr(Uint8Array.of(b.buf[whole]! & (0xff << (8 - rest))), rest);
  return fromArray([...Array.from(b.buf.subarray(0, whole)), last]);
}

function ioBinaryVia(fn: string, why: string, allowBits: boolean) {
  return (_p: unknown, t: Term): Term => {
    // The common case first: a flat string, in one walk.
    const flat = byteListBinary(t);
    if (flat !== null) return flat;
    // Only iolist_to_binary/1 also takes a bare binary.
    const bits: unknown = t;
    const shapeOk = isList(t) || (bits instanceof BitStr && fn === 'iolist_to_binary' && bits.isBinary);
    const out = shapeOk ? iolistBytes(t, allowBits) : null;
    if (out === null) throw fail(fn, [t], { 1: why });
    return out;
  };
}

function iolistSize(_p: unknown, t: Term): Term {
  const b = iolistBytes(t);
  if (b === null) throw fail('iolist_size', [t], { 1: 'not an iodata term' });
  return b.byteSize;
}

function byteSize(_p: unknown, b: Term): Term {
  if (!isBitstring(b)) throw fail('byte_size', [b], { 1: 'not a bitstring' });
  return b.byteSize;
}

function bitSize(_p: unknown, b: Term): Term {
  if (!isBitstring(b)) throw fail('bit_size', [b], { 1: 'not a bitstring' });
  return b.bits;
}

function subBinary(b: BitStr, from: number, len: number): BitStr {
  return new BitStr(b.buf.slice(from, from + len));
}

function splitBinary(_p: unknown, b: Term, pos: Term): Term {
  const args = [b, pos];
  if (!isBinary(b)) throw fail('split_binary', args, { 1: 'not a binary' });
  if (!isInteger(pos)) throw fail('split_binary', args, { 2: 'not an integer' });
  if (pos < 0 || pos > b.byteSize) throw fail('split_binary', args, { 2: 'out of range' });
  const n = Number(pos);
  return [subBinary(b, 0, n), subBinary(b, n, b.byteSize - n)];
}

/**
 * binary_part/2,3. erl_erts_errors explains binary_part/3 as
 * [must_be_binary, must_be_non_neg_int(Pos), must_be_int(Len)], then blames
 * Pos when it lies beyond the end and Len otherwise; binary_part/2 folds
 * both into argument 2.
 */
function binaryPartOf(args: Term[], b: Term, start: Term, len: Term, lenArg: number, posArg: number | null): Term {
  const inRange = (): boolean => {
    if (!isBinary(b) || !isInteger(start) || !isInteger(len)) return false;
    const from = Number(start) + Math.min(Number(len), 0);
    return from >= 0 && Number(start) + Math.max(Number(len), 0) <= b.byteSize;
  };
  if (inRange()) {
    const n = Number(len);
    return n < 0 ? subBinary(b as BitStr, Number(start) + n, -n) : subBinary(b as BitStr, Number(start), n);
  }
  const three = [
    isBinary(b) ? '' : 'not a binary',
    !isInteger(start) ? 'not an integer' : Number(start) < 0 ? 'out of range' : '',
    isInteger(len) ? '' : 'not an integer',
  ];
  let whys = three;
  if (three.every((w) => w === '')) whys = Number(start) > (b as BitStr).byteSize ? ['', 'out of range'] : ['', '', 'out of range'];
  if (posArg === null) {
    if (!isInteger(start) || !isInteger(len)) whys = [three[0]!, 'not a valid {Pos,Length} tuple'];
    // The /3 explanation of a position beyond the end has two elements, which
    // erl_erts_errors' binary_part/2 clause does not expect: no explanation at all.
    else if (whys.length === 2) whys = [];
    else whys = whys.slice(1).some((w) => w !== '') ? [whys[0]!, 'out of range'] : [whys[0]!];
  }
  void lenArg;
  throw explained('binary_part', args, whys);
}

function binaryPart2(_p: unknown, b: Term, posLen: Term): Term {
  if (!isTuple(posLen) || posLen.length !== 2) {
    if (!isBinary(b)) throw fail('binary_part', [b, posLen], { 1: 'not a binary' });
    throw fail('binary_part', [b, posLen], { 2: 'not a valid {Pos,Length} tuple' });
  }
  return binaryPartOf([b, posLen], b, posLen[0]!, posLen[1]!, 2, null);
}

function binaryPart3(_p: unknown, b: Term, start: Term, len: Term): Term {
  return binaryPartOf([b, start, len], b, start, len, 3, 2);
}

// ---- external term format ----------------------------------------------------

function termToBinary(_p: unknown, t: Term): Term {
  return new BitStr(encodeTerm(t));
}

function termToBinary2(_p: unknown, t: Term, opts: Term): Term {
  const args = [t, opts];
  const s = spine(opts);
  if (s.tail !== NIL) throw fail('term_to_binary', args, { 2: 'not a list' });
  const o: EncodeOptions = {};
  for (const x of s.items) {
    if (x === Atom.of('compressed')) o.compressed = true;
    else if (x === Atom.of('deterministic')) o.deterministic = true;
    else if (isTuple(x) && x.length === 2 && x[0] === Atom.of('compressed') && isInteger(x[1]) && x[1] >= 0 && x[1] <= 9) o.compressed = Number(x[1]);
    else if (isTuple(x) && x.length === 2 && x[0] === Atom.of('minor_version') && (x[1] === 0 || x[1] === 1 || x[1] === 2)) o.minorVersion = x[1] as 0 | 1 | 2;
    else throw fail('term_to_binary', args, { 2: 'invalid option in list' });
  }
  return new BitStr(encodeTerm(t, o));
}

function binaryToTerm(_p: unknown, b: Term, opts?: Term): Term {
  const args = opts === undefined ? [b] : [b, opts];
  if (!isBinary(b)) throw fail('binary_to_term', args, { 1: 'not a binary' });
  const o: DecodeOptions = {};
  if (opts !== undefined) {
    const s = spine(opts);
    if (s.tail !== NIL) throw fail('binary_to_term', args, { 2: 'not a list' });
    for (const x of s.items) {
      if (x === Atom.of('safe')) o.safe = true;
      else if (x !== Atom.of('used')) throw fail('binary_to_term', args, { 2: 'invalid option in list' });
    }
  }
  try {
    const { term, next } = decodeTermAt(b.buf.subarray(0, b.byteSize), 0, o);
    // `used` also tells how many bytes the term took.
    return opts !== undefined && spine(opts).items.includes(Atom.of('used')) ? [term, next] : term;
  } catch (e) {
    if (e instanceof ErlException) throw fail('binary_to_term', args, { 1: 'invalid external representation of a term' });
    throw e;
  }
}

// ---- map BIFs usable in guards --------------------------------------------------

function badmapIn(fn: string, args: Term[], argNo: number): ErlException {
  return frameError([A.badmap, args[argNo - 1]!], 'erlang', fn, args, { [argNo]: 'not a map' });
}

function mapSize(_p: unknown, m: Term): Term {
  if (!isMapTerm(m)) throw badmapIn('map_size', [m], 1);
  return m.size;
}

function mapGet(_p: unknown, k: Term, m: Term): Term {
  if (!isMapTerm(m)) throw badmapIn('map_get', [k, m], 2);
  const v = m.get(k);
  if (v === undefined) throw frameError([A.badkey, k], 'erlang', 'map_get', [k, m], { 1: 'not present in map' });
  return v;
}

function isMapKey(_p: unknown, k: Term, m: Term): Term {
  if (!isMapTerm(m)) throw badmapIn('is_map_key', [k, m], 2);
  return bool(m.has(k));
}

// ---- hashing ------------------------------------------------------------------

function phash2Of(_p: unknown, t: Term, range?: Term): Term {
  if (range === undefined) return phash2(t);
  // erl_erts_errors blames argument 1 here, and says nothing above 2^32.
  if (!isInteger(range)) throw fail('phash2', [t, range], { 1: 'not an integer' });
  if (range < 1) throw fail('phash2', [t, range], { 1: 'out of range' });
  if (range > 2 ** 32) throw fail('phash2', [t, range], {});
  return phash2(t, Number(range));
}

export const erlangPureNatives: NativeModule = {
  name: 'erlang',
  functions: {
    'is_atom/1': is(isAtom),
    'is_integer/1': is(isInteger),
    'is_float/1': is((t) => t instanceof ErlFloat),
    'is_number/1': is(isNumber),
    'is_list/1': is(isList),
    'is_tuple/1': is(isTuple),
    'is_binary/1': is(isBinary),
    'is_bitstring/1': is(isBitstring),
    'is_boolean/1': is((t) => t === A.true || t === A.false),
    'is_map/1': is(isMap),
    'is_pid/1': is((t) => t instanceof Pid),
    'is_reference/1': is((t) => t instanceof Ref),
    'is_port/1': is((t) => t instanceof Port),
    'is_function/1': is((t) => t instanceof Fun || t instanceof ExportFun),
    'is_function/2': isFunction2,
    'is_record/2': isRecord,
    'is_record/3': isRecord3,
    'element/2': element,
    'setelement/3': setelement,
    'tuple_size/1': tupleSize,
    'size/1': size,
    'tuple_to_list/1': tupleToList,
    'list_to_tuple/1': listToTuple,
    'make_tuple/2': makeTuple2,
    'make_tuple/3': makeTuple3,
    'append_element/2': appendElement,
    'insert_element/3': insertElement,
    'delete_element/2': deleteElement,
    'length/1': length,
    'hd/1': hd,
    'tl/1': tl,
    'abs/1': abs,
    'round/1': round,
    'trunc/1': trunc,
    'floor/1': floor,
    'ceil/1': ceil,
    'float/1': float,
    'max/2': max,
    'min/2': min,
    'atom_to_list/1': atomToList,
    'list_to_atom/1': listToAtomVia('list_to_atom', false),
    'list_to_existing_atom/1': listToAtomVia('list_to_existing_atom', true),
    'atom_to_binary/1': atomToBinary,
    'atom_to_binary/2': atomToBinary,
    'binary_to_atom/1': binaryToAtomVia('binary_to_atom', false),
    'binary_to_atom/2': binaryToAtomVia('binary_to_atom', false),
    'binary_to_existing_atom/1': binaryToAtomVia('binary_to_existing_atom', true),
    'binary_to_existing_atom/2': binaryToAtomVia('binary_to_existing_atom', true),
    'integer_to_list/1': integerToListVia('integer_to_list', false),
    'integer_to_list/2': integerToListVia('integer_to_list', false),
    'integer_to_binary/1': integerToListVia('integer_to_binary', true),
    'integer_to_binary/2': integerToListVia('integer_to_binary', true),
    'list_to_integer/1': toIntegerVia('list_to_integer', false),
    'list_to_integer/2': toIntegerVia('list_to_integer', false),
    'binary_to_integer/1': toIntegerVia('binary_to_integer', true),
    'binary_to_integer/2': toIntegerVia('binary_to_integer', true),
    'list_to_float/1': toFloatVia('list_to_float', false),
    'binary_to_float/1': toFloatVia('binary_to_float', true),
    'float_to_list/1': floatToListVia('float_to_list', false),
    'float_to_list/2': floatToListVia('float_to_list', false),
    'float_to_binary/1': floatToListVia('float_to_binary', true),
    'float_to_binary/2': floatToListVia('float_to_binary', true),
    'binary_to_list/1': binaryToList,
    'binary_to_list/3': binaryToList3,
    'bitstring_to_list/1': bitstringToList,
    'list_to_binary/1': ioBinaryVia('list_to_binary', 'not an iolist term', false),
    'list_to_bitstring/1': ioBinaryVia('list_to_bitstring', 'not a bitstring list', true),
    'iolist_to_binary/1': ioBinaryVia('iolist_to_binary', 'not an iodata term', false),
    'iolist_size/1': iolistSize,
    'byte_size/1': byteSize,
    'bit_size/1': bitSize,
    'split_binary/2': splitBinary,
    'binary_part/2': binaryPart2,
    'binary_part/3': binaryPart3,
    'phash2/1': phash2Of,
    'phash2/2': phash2Of,
    'term_to_binary/1': termToBinary,
    'external_size/1': (_p: unknown, t: Term) => encodeTerm(t).length,
    'term_to_binary/2': termToBinary2,
    'binary_to_term/1': binaryToTerm,
    'binary_to_term/2': binaryToTerm,
    'map_size/1': mapSize,
    'map_get/2': mapGet,
    'is_map_key/2': isMapKey,
  } as unknown as Record<string, NativeFn>,
};

export default erlangPureNatives;
