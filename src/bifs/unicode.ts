// The unicode natives: conversions between chardata, lists and binaries,
// done by src/terms/utf_chardata.ts; this file adds erl's badarg texts.

import { A, Atom, BitStr, Cons, NIL, type Term } from '../terms/types.js';
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

function convert(fn: string, args: Term[], run: () => Term): Term {
  const encs = args.slice(1);
  if (chardataShape(args[0]!) && encs.every(validEncoding)) {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof ErlException)) throw e;
    }
  }
  const argErrors: Record<number, string> = {};
  if (!chardataShape(args[0]!)) argErrors[1] = 'not valid character data (an iodata term)';
  encs.forEach((e, i) => {
    if (!validEncoding(e)) argErrors[i + 2] = 'not a valid encoding';
  });
  throw new ErlException('error', A.badarg, { module: 'unicode', function: fn, args, argErrors });
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'characters_to_list/1': (_p, d) => convert('characters_to_list', [d], () => charactersToList(d)),
  'characters_to_list/2': (_p, d, e) => convert('characters_to_list', [d, e], () => charactersToList(d, e)),
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
    if (Array.isArray(e) && e[1] === Atom.of('little')) return new BitStr(Uint8Array.from(e[0] === Atom.of('utf16') ? [0xff, 0xfe] : [0xff, 0xfe, 0, 0]));
    if (Array.isArray(e)) return new BitStr(Uint8Array.from(e[0] === Atom.of('utf16') ? [0xfe, 0xff] : [0, 0, 0xfe, 0xff]));
    throw new ErlException('error', A.function_clause, { module: 'unicode', function: 'encoding_to_bom', args: [e] });
  },
  'bom_to_encoding/1': (_p, b) => {
    const u = b instanceof BitStr ? b.buf : new Uint8Array();
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
