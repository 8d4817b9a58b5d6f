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
  // An object met again is the same node: a shell fun's clauses hold the
  // funs inside them, which must not be copied once per level.
  const seen = new Map<object, number>();
  const work: { x: unknown; slot: number }[] = [];
  const place = (x: unknown): number => {
    if (x !== null && typeof x === 'object') {
      const known = seen.get(x);
      if (known !== undefined) return known;
      seen.set(x, nodes.length);
    }
    const i = nodes.length;
    nodes.push({ p: undefined });
    work.push({ x, slot: i });
    return i;
  };
  place(root);
  while (work.length > 0) {
    const { x, slot } = work.pop()!;
    if (x === null || typeof x !== 'object') {
      if (typeof x === 'function' || typeof x === 'symbol') throw new TypeError('flatten: not a value');
      nodes[slot] = { p: x as string | number | boolean | bigint | null | undefined };
      continue;
    }
    if (Array.isArray(x)) nodes[slot] = { a: x.map(place) };
    else if (x instanceof Map) {
      const m = [...x.keys()].map(place);
      nodes[slot] = { m, v: [...x.values()].map(place) };
    } else if (isPlainObject(x)) {
      const keys = Object.keys(x);
      nodes[slot] = { o: keys, v: keys.map((k) => place((x as Record<string, unknown>)[k])) };
    } else {
      nodes[slot] = { t: terms.length };
      terms.push(encodeTerm(x as Term));
    }
  }
  return { nodes, terms };
}

/** The value `flatten` took apart: every node made first (empty), then the containers filled, so shared nodes stay shared. */
export function unflatten(f: FlatValue): unknown {
  const built: unknown[] = f.nodes.map((n) => {
    if ('p' in n) return n.p;
    if ('a' in n) return new Array(n.a.length);
    if ('o' in n) return {};
    if ('m' in n) return new Map();
    return decodeTerm(f.terms[n.t]!);
  });
  f.nodes.forEach((n, i) => {
    const x = built[i];
    if ('a' in n)
      n.a.forEach((c, j) => {
        (x as unknown[])[j] = built[c];
      });
    else if ('o' in n)
      n.o.forEach((k, j) => {
        (x as Record<string, unknown>)[k] = built[n.v[j]!];
      });
    else if ('m' in n) n.m.forEach((k, j) => (x as Map<unknown, unknown>).set(built[k], built[n.v[j]!]));
  });
  return built[0];
}
