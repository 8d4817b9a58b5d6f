// io_lib: formatting to character lists, natively.

import { A, Atom, Cons, NIL, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { ioLibFormatTerm } from '../../terms/format.js';
import { writeTerm } from '../../terms/print/write.js';
import { writeQuoted } from '../../terms/print/chars.js';
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

function format(fmt: Term, args: Term): Term {
  try {
    return charList(ioLibFormatTerm(fmt, args));
  } catch (e) {
    if (e instanceof ErlException) throw new ErlException('error', A.badarg, { module: 'io_lib', function: 'format', args: [fmt, args] });
    throw e;
  }
}

const functions: Record<string, (...a: Term[]) => Term> = {
  'format/2': (_p, f, a) => format(f!, a!),
  'fwrite/2': (_p, f, a) => format(f!, a!),
  'write/1': (_p, t) => charList(writeTerm(t!)),
  'write/2': (_p, t, d) => charList(writeTerm(t!, { depth: typeof d === 'number' ? d : -1 })),
  'print/1': (_p, t) => charList(prettyTerm(t!)),
  'nl/0': () => charList('\n'),
  'write_atom/1': (_p, a) => charList(writeTerm(a!)),
  'write_string/1': (_p, s) => charList(writeQuoted(stringChars(s!, 0x22), 0x22, 'unicode_as_unicode')),
  'write_string/2': (_p, s, q) => charList(writeQuoted(stringChars(s!, q!), q as number, 'unicode_as_unicode')),
};

/** The characters of a flat string; anything else fails in io_lib:write_string1 as in erl. */
function stringChars(s: Term, quote: Term): number[] {
  const out: number[] = [];
  let l = s;
  for (; l instanceof Cons; l = l.tail) {
    if (typeof l.head !== 'number' || l.head < 0) break;
    out.push(l.head);
  }
  if (l !== NIL || typeof quote !== 'number') throw functionClause('io_lib', 'write_string1', [Atom.of('unicode_as_unicode'), l, quote], 581);
  return out;
}

export const ioLibNatives: NativeModule = {
  name: 'io_lib',
  functions: functions as unknown as Record<string, NativeFn>,
};
