// File names as erl takes them (name_all: strings, deep lists with atoms,
// binaries) and gives them back (a string, or a binary when the input was
// one). Strings are codepoint lists; binaries are UTF-8, as with +fnu.

import { Atom, BitStr, Cons, NIL, str, type Term } from '../../terms/types.js';

export interface Name {
  s: string;
  bin: boolean;
}

/** The file name a term stands for, or null when it is not one. */
export function fileName(t: Term): Name | null {
  if (t instanceof BitStr) return t.isBinary ? { s: Buffer.from(t.buf).toString('utf8'), bin: true } : null;
  const parts: string[] = [];
  return flatten(t, parts, 0) ? { s: parts.join(''), bin: false } : null;
}

function flatten(t: Term, out: string[], depth: number): boolean {
  if (t instanceof Atom) {
    out.push(t.name);
    return true;
  }
  if (t instanceof BitStr) {
    if (!t.isBinary || depth === 0) return false;
    out.push(Buffer.from(t.buf).toString('utf8'));
    return true;
  }
  let l = t;
  while (l instanceof Cons) {
    const h = l.head;
    if (typeof h === 'number') {
      if (h < 0 || h > 0x10ffff) return false;
      out.push(String.fromCodePoint(h));
    } else if (!flatten(h, out, depth + 1)) return false;
    l = l.tail;
  }
  return l === NIL;
}

/** A name term: a binary when `bin`, else a codepoint list. */
export function nameTerm(s: string, bin: boolean): Term {
  return bin ? new BitStr(new Uint8Array(Buffer.from(s, 'utf8'))) : str(s);
}

/** erl's error atom for a Node.js fs error (ENOENT -> enoent). */
export function posixError(e: unknown): Atom {
  const code = (e as { code?: unknown }).code;
  return Atom.of(typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code.toLowerCase() : 'einval');
}
