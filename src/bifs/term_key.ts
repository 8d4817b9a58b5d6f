// A string that is equal for two terms exactly when they are =:=, so that
// natives can use JS Maps/Sets for keyed and multiset work (lists:uniq/1,
// the process dictionary, proplists, ets keys) and stay linear on long
// lists. In OTP 25, 0.0 =:= -0.0 (OTP 27 parts them): both floats get one
// key, so lists:uniq([0.0, -0.0]) is [0.0] and put(-0.0, V) replaces
// 0.0's value, as in erl 25.

import { Atom, BitStr, Cons, ErlFloat, Fun, ExportFun, NIL, Pid, Port, Ref, type Term, isMap } from '../terms/types.js';
import { mapEntries } from './map_access.js';

export function termKey(t: Term): string {
  const out: string[] = [];
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (typeof x === 'number' || typeof x === 'bigint') out.push('i', String(x), ';');
    else if (x instanceof ErlFloat)
      out.push('f', String(x.value), ';'); // String(-0) is '0'
    else if (x instanceof Atom) out.push('a', String(x.name.length), ':', x.name);
    else if (x === NIL) out.push('n');
    else if (x instanceof Cons) {
      out.push('c');
      stack.push(x.tail, x.head);
    } else if (Array.isArray(x)) {
      out.push('t', String(x.length), ':');
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]!);
    } else if (x instanceof BitStr) out.push('b', String(x.bits), ':', Buffer.from(x.buf).toString('hex'), ';');
    else if (isMap(x)) {
      const entries = mapEntries(x as never);
      out.push('m', String(entries.length), ':');
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]![1], entries[i]![0]);
    } else if (x instanceof Pid) out.push('p', x.node.name, ',', String(x.id), ',', String(x.serial), ',', String(x.creation), ';');
    else if (x instanceof Ref) out.push('r', x.node.name, ',', x.ids.join('.'), ',', String(x.creation), ';');
    else if (x instanceof Port) out.push('o', x.node.name, ',', String(x.id), ',', String(x.creation), ';');
    else if (x instanceof ExportFun) out.push('e', x.module.name, ':', x.name.name, '/', String(x.arity), ';');
    else if (x instanceof Fun) out.push('F', funIdentity(x), ';');
  }
  return out.join('');
}

// Local funs are compared by identity of code and captured values; identity
// of the JS object is a safe approximation for multiset purposes.
const funIds = new WeakMap<Fun, number>();
let nextFunId = 0;
function funIdentity(f: Fun): string {
  let id = funIds.get(f);
  if (id === undefined) {
    id = nextFunId++;
    funIds.set(f, id);
  }
  return String(id);
}

/**
 * A JS Map key that is the same (SameValueZero) exactly for =:= terms: the
 * term itself for integers and interned atoms, its termKey string otherwise.
 * Cheaper than termKey when most elements are small.
 */
export function mapKey(t: Term): unknown {
  if (typeof t === 'number' || typeof t === 'bigint' || t instanceof Atom || t === NIL) return t;
  return termKey(t);
}
