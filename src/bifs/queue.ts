// Fast paths for queue:in/2 and queue:out/1 (lib/erlang/queue.erl keeps
// OTP 25's {Rear, Front} pair). A queue used as a FIFO spends nearly all
// its calls in the two commonest clauses: in/2 consing onto the rear, out/1
// taking the head of a front list of two or more. Those are answered here
// with the same terms the Erlang clauses build; every other case (a front
// list running dry, which OTP cuts in half, an empty queue, a bad argument)
// goes to the Erlang function, so results, errors and stack traces are its own.

import { Atom, Cons, NIL, type Term, isList } from '../terms/types.js';
import { DECLINE, type NativeFn, type NativeModule, fastPath } from '../vm/native.js';

const VALUE = Atom.of('value');

/** in(X, {R, F}): {[X], R} when R is one element and F is empty, else {[X | R], F}. */
function queueIn(_p: unknown, x: Term, q: Term): Term {
  if (!Array.isArray(q) || q.length !== 2) return DECLINE;
  const r = q[0]!;
  const f = q[1]!;
  if (!isList(r) || !isList(f)) return DECLINE;
  if (f === NIL && r instanceof Cons && r.tail === NIL) return [new Cons(x, NIL), r];
  return [new Cons(x, r), f];
}

/** out({R, [V | F]}) with F not empty: {{value, V}, {R, F}}. */
function queueOut(_p: unknown, q: Term): Term {
  if (!Array.isArray(q) || q.length !== 2) return DECLINE;
  const r = q[0]!;
  const f = q[1]!;
  if (!isList(r) || !(f instanceof Cons) || !(f.tail instanceof Cons)) return DECLINE;
  return [
    [VALUE, f.head],
    [r, f.tail],
  ];
}

export const queueNatives: NativeModule = {
  name: 'queue',
  functions: {
    'in/2': fastPath(queueIn as NativeFn),
    'out/1': fastPath(queueOut as NativeFn),
  },
};
