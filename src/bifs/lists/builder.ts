// erlts_lists: a list built front to back, for lib/erlang/lists.erl's map.
//
// lists:map used to gather its results in a reversed accumulator and
// reverse it at the end: two cells per element, and the accumulator and the
// result both live (and copied by every V8 scavenge) at the end. A builder
// appends each result to the last cell instead, so a million-element map
// allocates a million cells. Terms are immutable everywhere else; this is
// safe because the cells a builder appends to are its own and nobody can
// reach them before finish/2 hands the list out, after which the builder is
// closed and never touches them again. A map of a short list is not worth a
// builder: its accumulator starts as a reversed list, which push/2 and
// finish/2 also take (and never change), and becomes a builder at the
// first push4/6 that has a long list still to do. The handle is a reference, a term
// that never changes, so any caller gets the same guarantee and the
// functions need not be private to lists.erl.

import { Cons, NIL, Ref, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { badargIn } from '../errors.js';

type Cell = { head: Term; tail: Term };

/**
 * A builder's handle: a reference like any other to Erlang code (it prints,
 * compares and hashes as one), carrying the list so far. No table maps
 * handles to lists: a WeakMap entry cost about as much as a short map's
 * whole work. `first.tail` is
 * the list so far, `last` its last cell (`first` while empty); `last` is
 * null once the builder is closed.
 */
class BuilderRef extends Ref {
  readonly first = new Cons(NIL, NIL) as unknown as Cell;
  last: Cell | null = this.first;
}

const notOpen = (fn: string, args: Term[]) => badargIn('erlts_lists', fn, args, 1, 'not an open list builder');

/** A new builder holding the elements of the reversed list `acc`, or null when acc is not a proper list. */
function fromReversed(p: Process, acc: Term): BuilderRef | null {
  const r = p.vm.makeRef();
  const b = new BuilderRef(r.node, r.ids, r.creation);
  b.key = r.key;
  let l = acc;
  while (l instanceof Cons) {
    b.first.tail = new Cons(l.head, b.first.tail);
    if (b.last === b.first) b.last = b.first.tail as unknown as Cell;
    l = l.tail;
  }
  return l === NIL ? b : null;
}

/**
 * Adds x to `acc`: a builder (appended to, returned), or the reversed
 * list a short map starts with (a new cell on its front, returned): a
 * short list is not worth a builder.
 */
function push(_p: unknown, acc: Term, x: Term): Term {
  if (!(acc instanceof BuilderRef)) {
    if (acc === NIL || acc instanceof Cons) return new Cons(x, acc);
    throw notOpen('push', [acc, x]);
  }
  const last = acc.last;
  if (last === null) throw notOpen('push', [acc, x]);
  const cell = new Cons(x, NIL) as unknown as Cell;
  last.tail = cell as unknown as Term;
  acc.last = cell;
  return acc;
}

/** Fewer elements than this still to come after a push4, and a reversed accumulator stays one. */
const BUILDER_AFTER = 16;

/** Whether `rest` has at least BUILDER_AFTER cells. */
function isLong(rest: Term): boolean {
  let l = rest;
  for (let n = 0; n < BUILDER_AFTER; n++) {
    if (!(l instanceof Cons)) return false;
    l = l.tail;
  }
  return true;
}

/**
 * Adds four elements in order to `acc`, a builder or a reversed list. A
 * reversed list becomes a builder when `rest`, what the map has still to
 * do, is long; else the four go on its front.
 */
function push4(p: Process, acc: Term, x1: Term, x2: Term, x3: Term, x4: Term, rest: Term): Term {
  let b: BuilderRef | null;
  if (acc instanceof BuilderRef) b = acc;
  else if ((acc === NIL || acc instanceof Cons) && !isLong(rest)) return new Cons(x4, new Cons(x3, new Cons(x2, new Cons(x1, acc))));
  else b = fromReversed(p, acc);
  const last = b === null ? null : b.last;
  if (last === null) throw notOpen('push4', [acc, x1, x2, x3, x4, rest]);
  const c4 = new Cons(x4, NIL);
  last.tail = new Cons(x1, new Cons(x2, new Cons(x3, c4)));
  b!.last = c4 as unknown as Cell;
  return b!;
}

/** The list built, ending in `tail`, and the builder closed; for a reversed list, its reverse onto `tail`. */
function finish(_p: unknown, acc: Term, tail: Term): Term {
  if (!(acc instanceof BuilderRef)) {
    let out = tail;
    let l = acc;
    while (l instanceof Cons) {
      out = new Cons(l.head, out);
      l = l.tail;
    }
    if (l !== NIL) throw notOpen('finish', [acc, tail]);
    return out;
  }
  const last = acc.last;
  if (last === null) throw notOpen('finish', [acc, tail]);
  last.tail = tail;
  acc.last = null;
  const list = acc.first.tail;
  acc.first.tail = NIL;
  return list;
}

export const erltsListsNatives: NativeModule = {
  name: 'erlts_lists',
  functions: {
    'push/2': push,
    'push4/6': push4,
    'finish/2': finish,
  } as unknown as Record<string, NativeFn>,
};
