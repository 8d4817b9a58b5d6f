// Carries a compiler input or result (syntax trees, compiled units, records)
// between threads whatever its depth. Structured cloning recurses on the
// native stack, and a tree nested 10,000 deep would overflow it on the
// receiving side; so the value travels as a flat table of nodes, built and
// rebuilt with explicit stacks. Erlang terms inside (a constant-table entry,
// a syntax tree's deep constant) travel in the external term format, which
// keeps atoms interned and floats boxed.

import { decodeTerm, encodeTerm } from '../../terms/etf/index.js';
import type { Term } from '../../terms/types.js';

/**
 * One node: a primitive; an array or a plain object (its children by node
 * index); a Map; or a term (its index in `terms`).
 */
type FlatNode =
  | { p: string | number | boolean | bigint | null | undefined }
  | { a: number[] }
  | { o: string[]; v: number[] }
  | { m: number[]; v: number[] }
  | { t: number };

export interface FlatValue {
  nodes: FlatNode[];
  terms: Uint8Array[];
}

function isPlainObject(x: object): boolean {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * Arrays are tuples inside terms, so an array is walked as a plain array:
 * its elements are encoded each as a term or value, which rebuilds a tuple
 * the same. Any object of another class (an atom, a cons cell, a map, a
 * boxed float...) is a term.
 */
export function flatten(root: unknown): FlatValue {
  const nodes: FlatNode[] = [];
  const terms: Uint8Array[] = [];
  const work: { x: unknown; slot: number }[] = [{ x: root, slot: 0 }];
  nodes.push({ p: undefined });
  while (work.length > 0) {
    const { x, slot } = work.pop()!;
    if (x === null || typeof x !== 'object') {
      if (typeof x === 'function' || typeof x === 'symbol') throw new TypeError('flatten: not a value');
      nodes[slot] = { p: x as string | number | boolean | bigint | null | undefined };
      continue;
    }
    const children = (xs: unknown[]): number[] =>
      xs.map((c) => {
        const i = nodes.length;
        nodes.push({ p: undefined });
        work.push({ x: c, slot: i });
        return i;
      });
    if (Array.isArray(x)) nodes[slot] = { a: children(x) };
    else if (x instanceof Map) {
      const m = children([...x.keys()]);
      nodes[slot] = { m, v: children([...x.values()]) };
    } else if (isPlainObject(x)) {
      const keys = Object.keys(x);
      nodes[slot] = { o: keys, v: children(keys.map((k) => (x as Record<string, unknown>)[k])) };
    } else {
      nodes[slot] = { t: terms.length };
      terms.push(encodeTerm(x as Term));
    }
  }
  return { nodes, terms };
}

/** The value `flatten` took apart. Children have higher indexes than their parent, so the table is rebuilt from its end. */
export function unflatten(f: FlatValue): unknown {
  const built: unknown[] = new Array(f.nodes.length);
  for (let i = f.nodes.length - 1; i >= 0; i--) {
    const n = f.nodes[i]!;
    if ('p' in n) built[i] = n.p;
    else if ('a' in n) built[i] = n.a.map((c) => built[c]);
    else if ('o' in n) {
      const o: Record<string, unknown> = {};
      n.o.forEach((k, j) => {
        o[k] = built[n.v[j]!];
      });
      built[i] = o;
    } else if ('m' in n) built[i] = new Map(n.m.map((k, j) => [built[k], built[n.v[j]!]]));
    else built[i] = decodeTerm(f.terms[n.t]!);
  }
  return built[0];
}
