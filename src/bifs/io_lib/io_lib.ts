// io_lib: formatting to character lists, natively.

import { A, Atom, Cons, NIL, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { ioLibFormatParts } from '../../terms/format.js';
import { deepFormat, deepPrint, deepWrite } from './deep.js';
import { formatPlainW, writePlain } from './fast_write.js';
import { writeTerm } from '../../terms/print/write.js';
import { functionClause } from '../errors.js';
import { prettyTerm } from '../../terms/print/pretty.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';

/** A JS string as an Erlang list of code points. */
export function charList(s: string): Term {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let l: Term = NIL;
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i]!, l);
  return l;
}

/** format/2 and format/3 re-raise any failure as badarg from their `erlang:error` line in io_lib.erl. */
function format(fmt: Term, args: Term, line = 187): Term {
  const plain = formatPlainW(fmt, args);
  if (plain !== null) return plain;
  try {
    const items: Term[] = [];
    let l = args;
    for (; l instanceof Cons; l = l.tail) items.push(l.head);
    if (l !== NIL) throw new ErlException('error', A.badarg);
    return deepFormat(ioLibFormatParts(fmt, items));
  } catch (e) {
    if (e instanceof ErlException) throw new ErlException('error', A.badarg, { module: 'io_lib', function: 'format', args: [fmt, args], line });
    throw e;
  }
}

/** format/3's options must be a list (erl then reports the failure as format/2's). */
function format3(fmt: Term, args: Term, opts: Term): Term {
  // io_lib_format reads the options with lists:keyfind/3, which fails on an improper list.
  let tail = opts;
  while (tail instanceof Cons) tail = tail.tail;
  if (tail !== NIL) throw new ErlException('error', A.badarg, { module: 'io_lib', function: 'format', args: [fmt, args], line: 202 });
  return format(fmt, args, 202);
}

/** The value of {Key, V} in an option list, as io_lib's get_option (lists:keyfind) finds it. */
function option(opts: Term, key: string): Term | undefined {
  for (let l = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (Array.isArray(o) && o.length >= 1 && o[0] === Atom.of(key)) return o.length === 2 ? o[1] : undefined;
  }
  return undefined;
}

/** io_lib:write/2: a depth, or an option list. */
function write2(t: Term, d: Term): Term {
  if (d instanceof Cons || d === NIL) {
    const depth = option(d, 'depth');
    const enc = option(d, 'encoding');
    const limit = option(d, 'chars_limit');
    const dn = typeof depth === 'number' ? depth : -1;
    if (dn === 0 || limit === 0) return charList('...');
    const encoding = enc === Atom.of('latin1') ? 'latin1' : enc === undefined ? 'unicode' : 'unicode';
    if (typeof limit === 'number' && limit > 0) return charList(writeTerm(t, { depth: dn, encoding }));
    return deepWrite(t, dn, encoding);
  }
  return deepWrite(t, typeof d === 'number' ? d : -1);
}

/** io_lib:print(Term, Column, LineLength, Depth). */
function print4(t: Term, col: Term, ll: Term, depth: Term): Term {
  const d = typeof depth === 'number' ? depth : -1;
  const text = prettyTerm(t, { column: typeof col === 'number' ? col : 1, lineLength: typeof ll === 'number' ? ll : 80, depth: d });
  return deepPrint(t, text, d, 'latin1', true);
}

const functions: Record<string, (...a: Term[]) => Term> = {
  'format/2': (_p, f, a) => format(f!, a!),
  'fwrite/2': (_p, f, a) => format(f!, a!),
  'format/3': (_p, f, a, o) => format3(f!, a!, o!),
  'fwrite/3': (_p, f, a, o) => format3(f!, a!, o!),
  'write/1': (_p, t) => writePlain(t!) ?? deepWrite(t!, -1),
  'write/2': (_p, t, d) => write2(t!, d!),
  'write/3': (_p, t, d, pretty) => {
    if (pretty === A.true) return print4(t!, 1, 80, d!);
    if (pretty === A.false) return write2(t!, d!);
    throw functionClause('io_lib', 'write', [t!, d!, pretty!], 329);
  },
  'print/1': (_p, t) => print4(t!, 1, 80, -1),
  'print/4': (_p, t, c, l, d) => print4(t!, c!, l!, d!),
  'nl/0': () => charList('\n'),
};

export const ioLibNatives: NativeModule = {
  name: 'io_lib',
  functions: functions as unknown as Record<string, NativeFn>,
};
