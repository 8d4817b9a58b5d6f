// The bits of arithmetic and list operators that Erlang-written library code
// performs, failing with the operator's frame (`erlang:'+'/2`, `'++'/2`) the
// way erl reports them.

import { A, ErlFloat, type Term, isNumber } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { add, sub } from '../../terms/arith.js';
import { compare } from '../../terms/compare.js';
import { frameError } from '../errors.js';

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

// A ++ B and A -- B, shared with compiled code's operators.
export { listAppend as plusplus, listSubtract as subtract } from '../../terms/list_ops.js';
