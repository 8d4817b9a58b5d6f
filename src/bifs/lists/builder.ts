// erlts_lists: a list built front to back, for lib/erlang/lists.erl's map.
//
// lists:map used to gather its results in a reversed accumulator and
// reverse it at the end: two cells per element, and the accumulator and the
// result both live (and copied by every V8 scavenge) at the end. A builder
// appends each result to the last cell instead, so a million-element map
// allocates a million cells. Terms are immutable everywhere else; this is
// safe because the cells a builder appends to are its own and nobody can
// reach them before finish/2 hands the list out, after which the builder is
// closed and never touches them again. Any caller gets the same guarantee,
// so the functions need not be private to lists.erl.

import { Cons, NIL, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { badargIn } from '../errors.js';

type Cell = { head: Term; tail: Term };

/**
 * Open builders. A builder is a sentinel cell: its tail is the first cell
 * of the list so far, its head (never read as a term) the last cell.
 */
const open = new WeakSet<Cons>();
/** The builder used last: a map's loop uses one builder for all its steps. */
let current: Cons | null = null;

function isOpen(b: Term): b is Cons {
  if (b === current) return true;
  if (b instanceof Cons && open.has(b)) {
    current = b;
    return true;
  }
  return false;
}

function builder(_p: unknown): Term {
  const b = new Cons(NIL, NIL) as unknown as Cell;
  b.head = b as unknown as Term;
  open.add(b as unknown as Cons);
  current = b as unknown as Cons;
  return b as unknown as Term;
}

function push(_p: unknown, b: Term, x: Term): Term {
  if (!isOpen(b)) throw badargIn('erlts_lists', 'push', [b, x], 1, 'not an open list builder');
  const cell = new Cons(x, NIL);
  (b.head as unknown as Cell).tail = cell;
  (b as unknown as Cell).head = cell;
  return b;
}

function push4(_p: unknown, b: Term, x1: Term, x2: Term, x3: Term, x4: Term): Term {
  if (!isOpen(b)) throw badargIn('erlts_lists', 'push4', [b, x1, x2, x3, x4], 1, 'not an open list builder');
  const c4 = new Cons(x4, NIL);
  (b.head as unknown as Cell).tail = new Cons(x1, new Cons(x2, new Cons(x3, c4)));
  (b as unknown as Cell).head = c4;
  return b;
}

/** The list built, ending in `tail`; the builder is closed. */
function finish(_p: unknown, b: Term, tail: Term): Term {
  if (!isOpen(b)) throw badargIn('erlts_lists', 'finish', [b, tail], 1, 'not an open list builder');
  (b.head as unknown as Cell).tail = tail;
  open.delete(b);
  if (current === b) current = null;
  const list = b.tail;
  const s = b as unknown as Cell;
  s.head = NIL;
  s.tail = NIL;
  return list;
}

export const erltsListsNatives: NativeModule = {
  name: 'erlts_lists',
  functions: {
    'builder/0': builder,
    'push/2': push,
    'push4/5': push4,
    'finish/2': finish,
  } as unknown as Record<string, NativeFn>,
};
