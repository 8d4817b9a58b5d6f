// Walking Erlang lists from native code without recursion (lists may hold
// millions of cells, far beyond the JS stack).

import { Cons, NIL, type Term, isList } from '../../terms/types.js';

/** The elements of a list's spine and whatever ends it (NIL for a proper list). */
export interface Spine {
  items: Term[];
  tail: Term;
}

export function spine(l: Term): Spine {
  const items: Term[] = [];
  while (l instanceof Cons) {
    items.push(l.head);
    l = l.tail;
  }
  return { items, tail: l };
}

/** Builds items onto tail, keeping the items' order. */
export function fromArray(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/** Prepends items in reverse order onto tail (like lists:reverse(Items, Tail)). */
export function reverseOnto(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (const x of items) l = new Cons(x, l);
  return l;
}

export function isProperList(l: Term): boolean {
  while (l instanceof Cons) l = l.tail;
  return l === NIL;
}

export { isList };
