// The list operators ++ and -- (erlang:'++'/2 and erlang:'--'/2), one
// implementation for compiled code (rt) and the natives (lists:append/2,
// lists:subtract/2...). Both fail with badarg blamed on the operator when a
// list they must walk is improper, as erl does.

import { A, Atom, Cons, NIL, type Term } from './types.js';
import { ErlException } from './exception.js';
import { exactEq } from './equality.js';
import { hashTerm } from './hash.js';

/** badarg in erlang:Op/2; erl_erts_errors explains nothing for these. */
function operatorBadarg(op: '++' | '--', a: Term, b: Term): ErlException {
  return new ErlException('error', A.badarg, { module: 'erlang', function: op, args: [a, b], argErrors: {} });
}

/** The elements of a proper list, or null when it is not one. */
function properItems(l: Term): Term[] | null {
  const items: Term[] = [];
  while (l instanceof Cons) {
    items.push(l.head);
    l = l.tail;
  }
  return l === NIL ? items : null;
}

/** A ++ B: A is copied, B is shared (and may be anything). */
export function listAppend(a: Term, b: Term): Term {
  if (a === NIL) return b;
  if (!(a instanceof Cons)) throw operatorBadarg('++', a, b);
  // The copy is built front to back: its cells are nobody else's until it is returned.
  const first = new Cons(a.head, NIL) as unknown as { tail: Term };
  let last = first;
  let l = a.tail;
  while (l instanceof Cons) {
    const cell = new Cons(l.head, NIL) as unknown as { tail: Term };
    last.tail = cell as unknown as Term;
    last = cell;
    l = l.tail;
  }
  if (l !== NIL) throw operatorBadarg('++', a, b);
  last.tail = b;
  return first as unknown as Term;
}

/**
 * A -- B: each element of B removes the first element of A that is =:= to
 * it ([1] -- [1.0] is [1]; [0.0] -- [-0.0] is [], as in erl 25). Linear: B
 * becomes a multiset, A is walked once, and A's cells after the last removal
 * are shared.
 */
export function listSubtract(a: Term, b: Term): Term {
  const xs = properItems(a);
  const ys = properItems(b);
  if (xs === null || ys === null) throw operatorBadarg('--', a, b);
  if (ys.length === 0) return a;
  if (xs.length === 0) return NIL;
  if (ys.length <= FEW) return subtractFew(a, xs, ys);
  const pending = new Multiset(ys);
  const kept: Term[] = [];
  let rest: Term = a;
  while (rest instanceof Cons && pending.size > 0) {
    if (!pending.take(rest.head)) kept.push(rest.head);
    rest = rest.tail;
  }
  let out = rest;
  for (let i = kept.length - 1; i >= 0; i--) out = new Cons(kept[i]!, out);
  return out;
}

/** Up to this many elements to remove, scanning A for each beats building a multiset. */
const FEW = 4;

function subtractFew(a: Term, xs: readonly Term[], ys: readonly Term[]): Term {
  const removed = new Uint8Array(xs.length);
  let last = -1;
  for (const y of ys) {
    for (let i = 0; i < xs.length; i++) {
      if (removed[i] === 0 && (xs[i] === y || exactEq(xs[i]!, y))) {
        removed[i] = 1;
        if (i > last) last = i;
        break;
      }
    }
  }
  if (last < 0) return a;
  let out: Term = a;
  for (let i = 0; i <= last; i++) out = (out as Cons).tail;
  for (let i = last; i >= 0; i--) if (removed[i] === 0) out = new Cons(xs[i]!, out);
  return out;
}

interface Counted {
  term: Term;
  count: number;
}

/** Terms with multiplicities, matched by =:=. */
class Multiset {
  /** Integers, atoms and []: JS Map key equality is =:= for them. */
  private readonly simple = new Map<Term, number>();
  /** Everything else, by hashTerm (consistent with =:=), then exactEq. */
  private readonly buckets = new Map<number, Counted[]>();
  size = 0;

  constructor(items: readonly Term[]) {
    for (const t of items) this.add(t);
  }

  private add(t: Term): void {
    this.size++;
    if (isSimple(t)) {
      this.simple.set(t, (this.simple.get(t) ?? 0) + 1);
      return;
    }
    const h = hashTerm(t);
    const bucket = this.buckets.get(h);
    if (bucket === undefined) {
      this.buckets.set(h, [{ term: t, count: 1 }]);
      return;
    }
    const found = bucket.find((c) => exactEq(c.term, t));
    if (found !== undefined) found.count++;
    else bucket.push({ term: t, count: 1 });
  }

  /** Removes one t if there is one left. */
  take(t: Term): boolean {
    if (isSimple(t)) {
      const n = this.simple.get(t);
      if (n === undefined || n === 0) return false;
      this.simple.set(t, n - 1);
      this.size--;
      return true;
    }
    const bucket = this.buckets.get(hashTerm(t));
    if (bucket === undefined) return false;
    const found = bucket.find((c) => c.count > 0 && exactEq(c.term, t));
    if (found === undefined) return false;
    found.count--;
    this.size--;
    return true;
  }
}

function isSimple(t: Term): boolean {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Atom || t === NIL;
}
