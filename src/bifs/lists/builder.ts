// erlts_lists: a list built front to back, for lib/erlang/lists.erl's map.
//
// lists:map used to gather its results in a reversed accumulator and
// reverse it at the end: two cells per element, and the accumulator and the
// result both live (and copied by every V8 scavenge) at the end. A builder
// appends each result to the last cell instead, so a million-element map
// allocates a million cells. Terms are immutable everywhere else; this is
// safe because the cells a builder appends to are its own and nobody can
// reach them before finish/2 hands the list out, after which the builder is
// closed and never touches them again. The handle is a plain reference
// (as crypto's hash states are), a term that never changes, so any caller
// gets the same guarantee and the functions need not be private to
// lists.erl.

import { Cons, NIL, Ref, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { badargIn } from '../errors.js';

type Cell = { head: Term; tail: Term };

/** An open builder: `first.tail` is the list so far, `last` its last cell (`first` while empty). */
class Builder {
  readonly first = new Cons(NIL, NIL) as unknown as Cell;
  last: Cell = this.first;
}

const open = new WeakMap<Ref, Builder>();
/** The builder used last: a map's loop uses one builder for all its steps. */
let currentRef: Ref | null = null;
let current: Builder | null = null;

function find(b: Term): Builder | undefined {
  if (b === currentRef) return current!;
  if (!(b instanceof Ref)) return undefined;
  const s = open.get(b);
  if (s !== undefined) {
    currentRef = b;
    current = s;
  }
  return s;
}

const notOpen = (fn: string, args: Term[]) => badargIn('erlts_lists', fn, args, 1, 'not an open list builder');

function builder(p: Process): Term {
  const ref = p.vm.makeRef();
  const s = new Builder();
  open.set(ref, s);
  currentRef = ref;
  current = s;
  return ref;
}

function push(_p: unknown, b: Term, x: Term): Term {
  const s = find(b);
  if (s === undefined) throw notOpen('push', [b, x]);
  const cell = new Cons(x, NIL) as unknown as Cell;
  s.last.tail = cell as unknown as Term;
  s.last = cell;
  return b;
}

function push4(_p: unknown, b: Term, x1: Term, x2: Term, x3: Term, x4: Term): Term {
  const s = find(b);
  if (s === undefined) throw notOpen('push4', [b, x1, x2, x3, x4]);
  const c4 = new Cons(x4, NIL);
  s.last.tail = new Cons(x1, new Cons(x2, new Cons(x3, c4)));
  s.last = c4 as unknown as Cell;
  return b;
}

/** The list built, ending in `tail`; the builder is closed. */
function finish(_p: unknown, b: Term, tail: Term): Term {
  const s = find(b);
  if (s === undefined) throw notOpen('finish', [b, tail]);
  s.last.tail = tail;
  open.delete(b as Ref);
  currentRef = null;
  current = null;
  const list = s.first.tail;
  s.first.tail = NIL;
  s.last = s.first;
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
