// The bits of arithmetic and list operators that Erlang-written library code
// performs, failing with the operator's frame (`erlang:'+'/2`, `'++'/2`) the
// way erl reports them.

import { A, ErlFloat, NIL, type Term, isNumber } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import { add, sub } from '../terms/arith.js';
import { compare } from '../terms/compare.js';
import { frameError } from './errors.js';
import { fromArray, spine } from './list_util.js';
import { mapKey } from './term_key.js';

function inOperator(op: string, f: (a: Term, b: Term) => Term, a: Term, b: Term): Term {
  try {
    return f(a, b);
  } catch (e) {
    if (e instanceof ErlException && e.reason === A.badarith) throw frameError(A.badarith, 'erlang', op, [a, b]);
    throw e;
  }
}

export function addIn(a: Term, b: Term): Term {
  return inOperator('+', add, a, b);
}

/**
 * N - 1, as lists.erl's counting clauses compute it; a non-number fails with
 * badarith blamed on the calling lists function and line, as erl reports it.
 */
export function decrement(n: Term, fn: string, line: number): Term {
  if (typeof n === 'number' && n > Number.MIN_SAFE_INTEGER) return n - 1;
  if (n instanceof ErlFloat) return new ErlFloat(n.value - 1);
  if (!isNumber(n)) throw frameError(A.badarith, 'lists', fn, 2, undefined, line);
  return sub(n, 1);
}

/** The guard `N > Bound` in standard term order: any non-number is greater. */
export function isPositive(n: Term, bound: number): boolean {
  if (typeof n === 'number') return n > bound;
  if (!isNumber(n)) return true;
  return compare(n, bound) > 0;
}

/** A ++ B. */
export function plusplus(a: Term, b: Term): Term {
  if (a === NIL) return b;
  const s = spine(a);
  if (s.tail !== NIL) throw frameError(A.badarg, 'erlang', '++', [a, b], {});
  return fromArray(s.items, b);
}

/** A -- B: each element of B removes the first =:= occurrence in A. */
export function subtract(a: Term, b: Term): Term {
  const sa = spine(a);
  const sb = spine(b);
  if (sa.tail !== NIL || sb.tail !== NIL) {
    throw frameError(A.badarg, 'erlang', '--', [a, b], {});
  }
  if (sb.items.length === 0 || sa.items.length === 0) return sb.items.length === 0 ? a : NIL;
  const pending = new Map<unknown, number>();
  for (const x of sb.items) {
    const k = mapKey(x);
    pending.set(k, (pending.get(k) ?? 0) + 1);
  }
  const kept: Term[] = [];
  for (const x of sa.items) {
    const k = mapKey(x);
    const count = pending.get(k);
    if (count) pending.set(k, count - 1);
    else kept.push(x);
  }
  return fromArray(kept);
}
