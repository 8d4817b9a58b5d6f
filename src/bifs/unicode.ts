// The unicode natives: conversions between chardata, lists and binaries,
// done by src/terms/utf_chardata.ts; this file adds erl's badarg texts.

import { A, Atom, BitStr, Cons, NIL, type Term, list, listToArray } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import { ErlException } from '../terms/exception.js';
import { charactersToBinary, charactersToList } from '../terms/utf_chardata.js';
import type { NativeFn, NativeModule } from '../vm/native.js';

const ENCODINGS = new Set(['latin1', 'unicode', 'utf8', 'utf16', 'utf32']);

function validEncoding(t: Term): boolean {
  if (t instanceof Atom) return ENCODINGS.has(t.name);
  return (
    Array.isArray(t) && t.length === 2 && (t[0] === Atom.of('utf16') || t[0] === Atom.of('utf32')) && (t[1] === Atom.of('big') || t[1] === Atom.of('little'))
  );
}

/** The shape erl accepts as chardata: nested lists of integers and binaries, binary tails allowed. */
function chardataShape(t: Term): boolean {
  if (t instanceof BitStr) return t.isBinary;
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let l = stack.pop()!;
    if (l instanceof BitStr && l.isBinary) continue;
    while (l instanceof Cons) {
      const h = l.head;
      if (typeof h !== 'number' && !(h instanceof BitStr && h.isBinary)) {
        if (h instanceof Cons || h === NIL) stack.push(h);
        else return false;
      }
      l = l.tail;
    }
    if (l !== NIL && !(l instanceof BitStr && l.isBinary)) return false;
  }
  return true;
}

const STDLIB_ERRORS: Term = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));

/**
 * The line of unicode.erl erl's frame names for a failing fn/arity: the
 * Erlang-written functions raise through error_with_info/2 (895) or
 * badarg_with_info/1 (892); characters_to_list/2 and characters_to_binary/2
 * are BIFs, with no line.
 */
function raiseLine(fn: string, arity: number): number | undefined {
  if (fn.startsWith('characters_to_nf')) return 892;
  return arity === 2 ? undefined : 895;
}

function convert(fn: string, args: Term[], run: () => Term): Term {
  const encs = args.slice(1);
  let failed = false;
  if (chardataShape(args[0]!) && encs.every(validEncoding)) {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof ErlException)) throw e;
      failed = true;
    }
  }
  const argErrors: Record<number, string> = {};
  if (failed || !chardataShape(args[0]!)) argErrors[1] = 'not valid character data (an iodata term)';
  encs.forEach((e, i) => {
    if (!validEncoding(e)) argErrors[i + 2] = 'not a valid encoding';
  });
  const line = raiseLine(fn, args.length);
  throw new ErlException('error', A.badarg, {
    module: 'unicode',
    function: fn,
    args,
    argErrors,
    errorInfo: STDLIB_ERRORS,
    ...(line !== undefined ? { line } : {}),
  });
}

/** The code unit size and byte order of a utf16/utf32 encoding argument, or null for the others. */
function wideEncoding(e: Term): { size: 2 | 4; little: boolean } | null {
  const name = Array.isArray(e) ? e[0] : e;
  const little = Array.isArray(e) && e[1] === Atom.of('little');
  if (name === Atom.of('utf16')) return { size: 2, little };
  if (name === Atom.of('utf32')) return { size: 4, little };
  return null;
}

/**
 * characters_to_list(Data, utf16 | utf32 | {_, Endian}): binaries hold code
 * units of that encoding, integers in lists are code points. A bad unit gives
 * {error, Converted, Rest}, a binary ending inside a character {incomplete, ...}.
 */
function wideToList(data: Term, enc: { size: 2 | 4; little: boolean }): Term {
  const cps: number[] = [];
  let failure: Term | null = null;
  const unit = (b: Uint8Array, i: number, size: number) => {
    let v = 0;
    for (let k = 0; k < size; k++) v = v * 256 + b[enc.little ? i + size - 1 - k : i + k]!;
    return v;
  };
  const binary = (b: BitStr): Term | null => {
    const buf = b.buf;
    const n = b.bits >> 3;
    let i = 0;
    const rest = (kind: string) => [Atom.of(kind), new BitStr(buf.slice(i, n))];
    while (i < n) {
      if (i + enc.size > n) return rest('incomplete');
      let c = unit(buf, i, enc.size);
      let used = enc.size;
      if (enc.size === 2 && c >= 0xd800 && c <= 0xdbff) {
        if (i + 4 > n) return rest('incomplete');
        const lo = unit(buf, i + 2, 2);
        if (lo < 0xdc00 || lo > 0xdfff) return rest('error');
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        used = 4;
      } else if ((c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff) return rest('error');
      cps.push(c);
      i += used;
    }
    return null;
  };
  const walk = (t: Term): boolean => {
    if (t instanceof BitStr) {
      const r = binary(t);
      if (r !== null) failure = r;
      return r === null;
    }
    let l = t;
    for (; l instanceof Cons; l = l.tail) {
      const h = l.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 0x10ffff || (h >= 0xd800 && h <= 0xdfff)) {
          failure = [Atom.of('error'), l];
          return false;
        }
        cps.push(h);
      } else if (!walk(h)) return false;
    }
    if (l instanceof BitStr) return walk(l);
    return true;
  };
  walk(data);
  const converted = list(cps);
  if (failure === null) return converted;
  const [kind, rest] = failure as [Term, Term];
  return [kind, converted, rest];
}

/** characters_to_nf*_list/binary: the code points normalised (errors as characters_to_list's). */
function normalised(form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD', binary: boolean) {
  const fn = `characters_to_${form.toLowerCase()}_${binary ? 'binary' : 'list'}`;
  const norm = (items: Term[]) => Array.from(String.fromCodePoint(...(items as number[])).normalize(form), (c) => c.codePointAt(0)!);
  /** The list form: an integer that is no code point passes through as it is, as OTP's unicode_util lets it. */
  const normList = (d: Term): Term => {
    const l = charactersToList(d);
    const items = listToArray(l);
    if (items !== null) return list(norm(items));
    const [, done, rest] = l as [Term, Term, Term];
    if (rest instanceof Cons && typeof rest.head === 'number') {
      const after = normList(rest.tail);
      if (Array.isArray(after)) return [after[0]!, list([...norm(listToArray(done)!), rest.head, ...listToArray(after[1]!)!]), after[2]!];
      return list([...norm(listToArray(done)!), rest.head, ...listToArray(after)!]);
    }
    return [A.error, list(norm(listToArray(done)!)), rest];
  };
  return (_p: unknown, d: Term): Term =>
    convert(fn, [d], () => {
      if (!binary) return normList(d);
      const l = charactersToList(d);
      const items = listToArray(l);
      if (items === null) {
        // A binary cannot hold an integer that is no code point.
        const rest = (l as Term[])[2];
        if (rest instanceof Cons && typeof rest.head === 'number') throw new ErlException('error', A.badarg);
        return l;
      }
      return new BitStr(new Uint8Array(Buffer.from(String.fromCodePoint(...(items as number[])).normalize(form), 'utf8')));
    });
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'characters_to_nfc_list/1': normalised('NFC', false),
  'characters_to_nfd_list/1': normalised('NFD', false),
  'characters_to_nfkc_list/1': normalised('NFKC', false),
  'characters_to_nfkd_list/1': normalised('NFKD', false),
  'characters_to_nfc_binary/1': normalised('NFC', true),
  'characters_to_nfd_binary/1': normalised('NFD', true),
  'characters_to_nfkc_binary/1': normalised('NFKC', true),
  'characters_to_nfkd_binary/1': normalised('NFKD', true),
  'characters_to_list/1': (_p, d) => convert('characters_to_list', [d], () => charactersToList(d)),
  'characters_to_list/2': (_p, d, e) =>
    convert('characters_to_list', [d, e], () => {
      const wide = wideEncoding(e);
      return wide === null ? charactersToList(d, e) : wideToList(d, wide);
    }),
  'characters_to_binary/1': (_p, d) => convert('characters_to_binary', [d], () => charactersToBinary(d)),
  'characters_to_binary/2': (_p, d, e) => convert('characters_to_binary', [d, e], () => charactersToBinary(d, e)),
  'characters_to_binary/3': (_p, d, i, o) => convert('characters_to_binary', [d, i, o], () => charactersToBinary(d, i, o)),
  'encoding_to_bom/1': (_p, e) => {
    const boms: Record<string, number[]> = {
      utf8: [0xef, 0xbb, 0xbf],
      unicode: [0xef, 0xbb, 0xbf],
      utf16: [0xfe, 0xff],
      utf32: [0, 0, 0xfe, 0xff],
      latin1: [],
    };
    if (e instanceof Atom && boms[e.name] !== undefined) return new BitStr(Uint8Array.from(boms[e.name]!));
    if (Array.isArray(e) && e.length === 2 && (e[0] === Atom.of('utf16') || e[0] === Atom.of('utf32'))) {
      const wide = e[0] === Atom.of('utf16');
      if (e[1] === Atom.of('little')) return new BitStr(Uint8Array.from(wide ? [0xff, 0xfe] : [0xff, 0xfe, 0, 0]));
      if (e[1] === Atom.of('big')) return new BitStr(Uint8Array.from(wide ? [0xfe, 0xff] : [0, 0, 0xfe, 0xff]));
    }
    throw new ErlException('error', A.function_clause, { module: 'unicode', function: 'encoding_to_bom', args: [e], line: 192 });
  },
  'bom_to_encoding/1': (_p, b) => {
    if (!(b instanceof BitStr && b.isBinary))
      throw new ErlException('error', A.function_clause, { module: 'unicode', function: 'bom_to_encoding', args: [b], line: 175 });
    const u = b.buf;
    const starts = (xs: number[]) => xs.every((x, i) => u[i] === x);
    if (starts([0xef, 0xbb, 0xbf])) return [Atom.of('utf8'), 3];
    if (starts([0, 0, 0xfe, 0xff])) return [[Atom.of('utf32'), Atom.of('big')], 4];
    if (starts([0xff, 0xfe, 0, 0])) return [[Atom.of('utf32'), Atom.of('little')], 4];
    if (starts([0xfe, 0xff])) return [[Atom.of('utf16'), Atom.of('big')], 2];
    if (starts([0xff, 0xfe])) return [[Atom.of('utf16'), Atom.of('little')], 2];
    return [Atom.of('latin1'), 0];
  },
};

export const unicodeNatives: NativeModule = {
  name: 'unicode',
  functions: f as unknown as Record<string, NativeFn>,
};
