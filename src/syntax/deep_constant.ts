// Reads a constant term (atoms, numbers, strings, lists, tuples) from the
// tokens with an explicit stack, for the parser's deeply nested literals:
// `[[[...]]]` 100k deep is valid Erlang, and a recursive descent would
// overflow the JavaScript stack long before erl runs out of memory.

import { Atom, Cons, ErlFloat, NIL, type Term } from '../terms/types.js';
import type { Anno, Expr } from './ast.js';
import type { Token } from './token.js';

/** Nesting from which the parser hands on a constant as one term node. */
export const DEEP_NESTING = 64;

interface Open {
  close: ']' | '}';
  items: Term[];
  /** The list's tail after `|`, once read. */
  tail: Term | null;
  barSeen: boolean;
}

export type ConstantRead = { term: Term; end: number; depth: number } | { failAt: number };

function stringTerm(codes: readonly number[], tail: Term): Term {
  let l = tail;
  for (let i = codes.length - 1; i >= 0; i--) l = new Cons(codes[i]!, l);
  return l;
}

/**
 * The constant term starting at tokens[i] (a `[` or `{`), with the index
 * after it and its nesting depth; or the index of the first token that is
 * not part of a constant term (or where the term is malformed).
 */
export function readConstant(toks: readonly Token[], i: number): ConstantRead {
  const stack: Open[] = [];
  let depth = 0;
  let j = i;
  // What the innermost open bracket needs next: a value, or `,` `|` or its close.
  let want: 'value' | 'sep' = 'value';
  for (;;) {
    const t = toks[j];
    if (t === undefined) return { failAt: j };
    let value: Term;
    if (want === 'sep') {
      const top = stack[stack.length - 1]!;
      if (t.kind === top.close) {
        stack.pop();
        j++;
        value = top.close === ']' ? listOf(top.items, top.tail ?? NIL) : top.items;
      } else if (t.kind === ',' && !top.barSeen) {
        want = 'value';
        j++;
        continue;
      } else if (t.kind === '|' && top.close === ']' && !top.barSeen) {
        top.barSeen = true;
        want = 'value';
        j++;
        continue;
      } else return { failAt: j };
    } else {
      switch (t.kind) {
        case '[':
        case '{':
          if (toks[j + 1]?.kind === (t.kind === '[' ? ']' : '}')) {
            value = t.kind === '[' ? NIL : [];
            j += 2;
            break;
          }
          stack.push({ close: t.kind === '[' ? ']' : '}', items: [], tail: null, barSeen: false });
          if (stack.length > depth) depth = stack.length;
          j++;
          continue;
        case 'atom':
          value = Atom.of(t.value as string);
          j++;
          break;
        case 'integer':
        case 'char':
          value = t.value as number | bigint;
          j++;
          break;
        case 'float':
          value = new ErlFloat(t.value as number);
          j++;
          break;
        case 'string': {
          let codes = t.value as number[];
          j++;
          while (toks[j]?.kind === 'string') codes = codes.concat(toks[j++]!.value as number[]);
          value = stringTerm(codes, NIL);
          break;
        }
        default:
          return { failAt: j };
      }
    }
    // A value is complete: it goes into the innermost open bracket, or ends the read.
    const into = stack[stack.length - 1];
    if (into === undefined) return { term: value, end: j, depth };
    if (into.barSeen) into.tail = value;
    else into.items.push(value);
    want = 'sep';
  }
}

function listOf(items: Term[], tail: Term): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/**
 * The nested nodes a term node stands for (for passes that want the usual
 * shape, such as abstract code sent to another node), built iteratively.
 */
export function termExpr(t: Term, at: Anno): Expr {
  // Post-order over the term with an explicit stack of pending compounds.
  type Pending = { t: Cons | Term[]; kids: Term[]; done: Expr[] };
  const leaf = (x: Term): Expr | null => {
    if (typeof x === 'number' || typeof x === 'bigint') return { kind: 'integer', ...at, value: x };
    if (x instanceof ErlFloat) return { kind: 'float', ...at, value: x.value };
    if (x instanceof Atom) return { kind: 'atom', ...at, value: x.name };
    if (x === NIL) return { kind: 'nil', ...at };
    if (x instanceof Cons || Array.isArray(x)) return null;
    throw new Error('not a literal term');
  };
  const open = (x: Cons | Term[]): Pending => ({ t: x, kids: x instanceof Cons ? [x.head, x.tail] : x, done: [] });
  const first = leaf(t);
  if (first !== null) return first;
  const stack: Pending[] = [open(t as Cons | Term[])];
  for (;;) {
    const top = stack[stack.length - 1]!;
    if (top.done.length < top.kids.length) {
      const k = top.kids[top.done.length]!;
      const l = leaf(k);
      if (l === null) stack.push(open(k as Cons | Term[]));
      else top.done.push(l);
      continue;
    }
    stack.pop();
    const e: Expr = top.t instanceof Cons ? { kind: 'cons', ...at, head: top.done[0]!, tail: top.done[1]! } : { kind: 'tuple', ...at, elements: top.done };
    const parent = stack[stack.length - 1];
    if (parent === undefined) return e;
    parent.done.push(e);
  }
}
