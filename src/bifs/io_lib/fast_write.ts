// io_lib:format/2's common case, `~w` of plain data, in one pass: a format
// of plain characters, `~w` and `~n`, and arguments made of integers,
// atoms, lists (proper or not) and tuples. The deep result has the shape
// io_lib:write/1 gives (deep.ts `shape`, checked against erl there), built
// straight from the term without writing its text first. Anything else
// returns null and goes the general way (terms/format.ts, then deep.ts).

import { writeAtom } from '../../terms/atom_quote.js';
import { Atom, Cons, NIL, type Term } from '../../terms/types.js';

type Cell = { head: Term; tail: Term };

/** A list built front to back: its cells are ours until it is returned. */
class Builder {
  private readonly first: Cell = new Cons(NIL, NIL) as unknown as Cell;
  private last: Cell = this.first;
  push(x: Term): void {
    const cell = new Cons(x, NIL) as unknown as Cell;
    this.last.tail = cell as unknown as Term;
    this.last = cell;
  }
  done(): Term {
    return this.first.tail;
  }
}

/** The characters of an ASCII string as a list. */
function chars(s: string): Term {
  let l: Term = NIL;
  for (let i = s.length - 1; i >= 0; i--) l = new Cons(s.charCodeAt(i), l);
  return l;
}

const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_TUPLE = 123;
const CLOSE_TUPLE = 125;
const COMMA = 44;
const BAR = 124;

/** Nesting deeper than this goes the general way (which does not recurse). */
const MAX_NESTING = 2000;

class Writer {
  /** An atom's text is the same list every time: terms are immutable, sharing is not seen. */
  private readonly atoms = new Map<Atom, Term>();
  private readonly empty = chars('[]');
  private readonly emptyTuple = chars('{}');

  /** io_lib:write(T)'s deep list, or null when T holds anything but integers, atoms, lists and tuples. */
  write(t: Term, nesting: number): Term | null {
    if (typeof t === 'number' || typeof t === 'bigint') return chars(t.toString());
    if (t instanceof Atom) return this.atom(t);
    if (t === NIL) return this.empty;
    if (nesting > MAX_NESTING) return null;
    if (t instanceof Cons) {
      // [$[, [First, $,, Second, ... ($|, Tail)], $]]
      const first = this.write(t.head, nesting + 1);
      if (first === null) return null;
      const items = new Builder();
      items.push(first);
      let l = t.tail;
      while (l instanceof Cons) {
        const e = this.write(l.head, nesting + 1);
        if (e === null) return null;
        items.push(COMMA);
        items.push(e);
        l = l.tail;
      }
      if (l !== NIL) {
        const e = this.write(l, nesting + 1);
        if (e === null) return null;
        items.push(BAR);
        items.push(e);
      }
      return new Cons(OPEN_LIST, new Cons(items.done(), new Cons(CLOSE_LIST, NIL)));
    }
    if (Array.isArray(t)) {
      if (t.length === 0) return this.emptyTuple;
      // [${, [First, $,, Second, ...], $}]
      const items = new Builder();
      for (let i = 0; i < t.length; i++) {
        const e = this.write(t[i]!, nesting + 1);
        if (e === null) return null;
        if (i > 0) items.push(COMMA);
        items.push(e);
      }
      return new Cons(OPEN_TUPLE, new Cons(items.done(), new Cons(CLOSE_TUPLE, NIL)));
    }
    return null;
  }

  private atom(a: Atom): Term | null {
    let l = this.atoms.get(a);
    if (l === undefined) {
      const text = writeAtom(a, 'latin1');
      // (Latin-1 writing escapes anything above 255; should a character get through, the general writer decides.)
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return null;
      l = chars(text);
      this.atoms.set(a, l);
    }
    return l;
  }
}

/**
 * io_lib:format(Format, Args) when the format is a flat list of characters
 * with no directive but `~w` and `~n`, Args has one term a `~w`, and each
 * is plain data; null otherwise.
 */
export function formatPlainW(fmt: Term, args: Term): Term | null {
  const out = new Builder();
  const writer = new Writer();
  let a = args;
  let f = fmt;
  if (!(f instanceof Cons)) return null;
  while (f instanceof Cons) {
    const c = f.head;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff) return null;
    f = f.tail;
    if (c !== 0x7e) {
      out.push(c);
      continue;
    }
    if (!(f instanceof Cons)) return null;
    const d = f.head;
    f = f.tail;
    if (d === 0x6e /* n */) out.push(10);
    else if (d === 0x77 /* w */) {
      if (!(a instanceof Cons)) return null;
      const w = writer.write(a.head, 0);
      if (w === null) return null;
      out.push(w);
      a = a.tail;
    } else return null;
  }
  if (f !== NIL || a !== NIL) return null;
  return out.done();
}

/** io_lib:write(T)'s deep list for plain data; null otherwise. */
export function writePlain(t: Term): Term | null {
  return new Writer().write(t, 0);
}
