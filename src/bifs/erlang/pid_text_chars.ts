// Character lists to and from JS strings, for the BIFs that read and write
// the text of pids and friends.

import { Cons, NIL, type Term } from '../../terms/types.js';

export function charList(s: string): Term {
  let l: Term = NIL;
  for (let i = s.length - 1; i >= 0; i--) l = new Cons(s.charCodeAt(i), l);
  return l;
}

/** The text of a flat list of character codes, or null for anything else. */
export function textOfCharList(t: Term): string | null {
  let out = '';
  for (; t instanceof Cons; t = t.tail) {
    const c = t.head;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff) return null;
    out += String.fromCodePoint(c);
  }
  return t === NIL ? out : null;
}
