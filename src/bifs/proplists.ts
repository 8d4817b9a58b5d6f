// The proplists module. A property is an atom Key (short for {Key, true})
// or a tuple whose first element is the key; other list elements are
// ignored. Improper lists fail with function_clause at the OTP 25 line of
// the clause that walks them.

import { A, Atom, Cons, NIL, type Term, isTuple } from '../terms/types.js';
import { exactEq } from '../terms/equality.js';
import { compare } from '../terms/compare.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import { frameError, functionClause } from './errors.js';
import { fromArray, spine } from './lists/util.js';
import { plusplus } from './lists/arith.js';
import { emptyMap, isMapTerm, mapDelete, mapEntries, mapSet } from './map_access.js';
import { termKey } from './term_key.js';

const clause = (fn: string, line: number, ...args: Term[]) => functionClause('proplists', fn, args, line);

/** The key a list element defines, or undefined when it is no property. */
function keyOfProperty(p: Term): Term | undefined {
  if (p instanceof Atom) return p;
  if (isTuple(p) && p.length >= 1) return p[0];
  return undefined;
}

function matches(p: Term, key: Term): boolean {
  const k = keyOfProperty(p);
  return k !== undefined && exactEq(k, key);
}

/** The elements of a property list; an improper tail fails in fn(key, Tail). */
function items(fn: string, line: number, key: Term, l: Term): Term[] {
  const s = spine(l);
  if (s.tail !== NIL) throw clause(fn, line, key, s.tail);
  return s.items;
}

/** Walks to the first property with the key, like the recursive lookups in OTP. */
function findFirst(fn: string, line: number, key: Term, l: Term, extra: Term[] = []): Term | undefined {
  let c = l;
  while (c instanceof Cons) {
    if (matches(c.head, key)) return c.head;
    c = c.tail;
  }
  if (c !== NIL) throw clause(fn, line, key, c, ...extra);
  return undefined;
}

function property1(_p: unknown, prop: Term): Term {
  return isTuple(prop) && prop.length === 2 && prop[1] === A.true && prop[0] instanceof Atom ? prop[0] : prop;
}

function property2(_p: unknown, key: Term, value: Term): Term {
  return value === A.true && key instanceof Atom ? key : [key, value];
}

function unfold(_p: unknown, l: Term): Term {
  const s = spine(l);
  if (s.tail !== NIL) throw clause('unfold', 96, s.tail);
  return fromArray(s.items.map((p) => (p instanceof Atom ? [p, A.true] : p)));
}

function compact(p: unknown, l: Term): Term {
  const s = spine(l);
  if (s.tail !== NIL) throw clause('compact', 115, l);
  return fromArray(s.items.map((x) => property1(p, x)));
}

function lookup(_p: unknown, key: Term, l: Term): Term {
  const found = findFirst('lookup', 134, key, l);
  if (found === undefined) return Atom.of('none');
  return found instanceof Atom ? [key, A.true] : found;
}

function lookupAll(_p: unknown, key: Term, l: Term): Term {
  const out: Term[] = [];
  for (const p of items('lookup_all', 156, key, l)) if (matches(p, key)) out.push(p instanceof Atom ? [key, A.true] : p);
  return fromArray(out);
}

function isDefined(_p: unknown, key: Term, l: Term): Term {
  return findFirst('is_defined', 178, key, l) === undefined ? A.false : A.true;
}

function getValue3(_p: unknown, key: Term, l: Term, dflt: Term): Term {
  const found = findFirst('get_value', 216, key, l, [dflt]);
  if (found === undefined) return dflt;
  if (found instanceof Atom) return A.true;
  // A matching tuple of another size ends the search with the default.
  return (found as Term[]).length === 2 ? (found as Term[])[1]! : dflt;
}

function getValue2(p: unknown, key: Term, l: Term): Term {
  return getValue3(p, key, l, A.undefined);
}

function getAllValues(_p: unknown, key: Term, l: Term): Term {
  const out: Term[] = [];
  for (const p of items('get_all_values', 244, key, l)) {
    if (!matches(p, key)) continue;
    if (p instanceof Atom) out.push(A.true);
    else if ((p as Term[]).length === 2) out.push((p as Term[])[1]!);
  }
  return fromArray(out);
}

function appendValues(_p: unknown, key: Term, l: Term): Term {
  // List values are spliced in (Value ++ Rest), others added as one element.
  const parts: Term[] = [];
  for (const p of items('append_values', 274, key, l)) {
    if (!matches(p, key)) continue;
    if (p instanceof Atom) parts.push(new Cons(A.true, NIL));
    else if ((p as Term[]).length === 2) {
      const v = (p as Term[])[1]!;
      parts.push(v === NIL || v instanceof Cons ? v : new Cons(v, NIL));
    }
  }
  let acc: Term = NIL;
  for (let i = parts.length - 1; i >= 0; i--) acc = plusplus(parts[i]!, acc);
  return acc;
}

function getBool(_p: unknown, key: Term, l: Term): Term {
  const found = findFirst('get_bool', 307, key, l);
  if (found === undefined) return A.false;
  if (found instanceof Atom) return A.true;
  const t = found as Term[];
  return t.length === 2 && t[1] === A.true ? A.true : A.false;
}

function getKeys(_p: unknown, l: Term): Term {
  const s = spine(l);
  if (s.tail !== NIL) throw clause('get_keys', 336, s.tail, NIL);
  const seen = new Map<string, Term>();
  for (const p of s.items) {
    const k = keyOfProperty(p);
    if (k !== undefined && !seen.has(termKey(k))) seen.set(termKey(k), k);
  }
  // OTP returns them in its sets' hash order; sorted is the stable choice here.
  return fromArray([...seen.values()].sort(compare));
}

function deleteKey(_p: unknown, key: Term, l: Term): Term {
  return fromArray(items('delete', 357, key, l).filter((p) => !matches(p, key)));
}

/** The {Key, Key1} pairs of aliases/negations, in order. */
function pairs(fn: string, line: number, as: Term, p: Term): [Term, Term][] {
  const s = spine(as);
  const out: [Term, Term][] = [];
  for (let i = 0; i < s.items.length; i++) {
    const a = s.items[i]!;
    if (!isTuple(a) || a.length !== 2) throw clause(fn, line, fromArray(s.items.slice(i), s.tail), p);
    out.push([a[0]!, a[1]!]);
  }
  if (s.tail !== NIL) throw clause(fn, line, s.tail, p);
  return out;
}

function substituteAliases(p: unknown, as: Term, props: Term): Term {
  const s = spine(props);
  if (s.tail !== NIL) throw clause('substitute_aliases', 392, as, props);
  return fromArray(
    s.items.map((prop) => {
      for (const [key, key1] of pairs('substitute_aliases_1', 395, as, prop)) {
        if (!matches(prop, key)) continue;
        if (prop instanceof Atom) return property2(p, key1, A.true);
        const copy = (prop as Term[]).slice();
        copy[0] = key1;
        return property1(p, copy);
      }
      return prop;
    }),
  );
}

function substituteNegations(p: unknown, ns: Term, props: Term): Term {
  const s = spine(props);
  if (s.tail !== NIL) throw clause('substitute_negations', 436, ns, props);
  return fromArray(
    s.items.map((prop) => {
      for (const [key, key1] of pairs('substitute_negations_1', 439, ns, prop)) {
        if (!matches(prop, key)) continue;
        if (prop instanceof Atom) return property2(p, key1, A.false);
        const t = prop as Term[];
        // Only {_, true} negates to false; anything else counts as false.
        const isTrue = t.length === 2 && t[1] === A.true;
        return property2(p, key1, isTrue ? A.false : A.true);
      }
      return prop;
    }),
  );
}

function expand(p: unknown, es: Term, ps: Term): Term {
  if (ps !== NIL && !(ps instanceof Cons)) throw clause('expand', 502, es, ps);
  // Expansions keyed by their minimal form; of adjacent equal ones the first wins.
  const expansions: [Term, Term][] = [];
  for (const e of spine(es).items) {
    if (!isTuple(e) || e.length !== 2) continue;
    const prop = property1(p, e[0]!);
    if (expansions.length > 0 && exactEq(expansions[expansions.length - 1]![0], prop)) continue;
    expansions.push([prop, e[1]!]);
  }
  let list: Term[] = spine(ps).items;
  for (const [prop, expansion] of expansions) {
    const key = keyOfProperty(prop);
    if (key === undefined) continue;
    // Lists (earlier expansions) are not properties, so they are skipped.
    const at = list.findIndex((x) => matches(x, key));
    if (at < 0) continue;
    const found = list[at]!;
    if (!exactEq(found instanceof Atom ? found : property1(p, found), prop)) continue;
    // The expansion replaces the first entry; later entries with the key go.
    const rest = list.slice(at + 1).filter((x) => !matches(x, key));
    list = [...list.slice(0, at), expansion, ...rest];
  }
  // Finally every list element, inserted or not, is spliced in.
  const out: Term[] = [];
  for (const x of list) {
    if (x === NIL || x instanceof Cons) for (const e of spine(x).items) out.push(e);
    else out.push(x);
  }
  return fromArray(out);
}

function applyStages(p: unknown, l: Term, stages: Term): Term {
  let list = l;
  const s = spine(stages);
  for (const st of s.items) {
    if (!isTuple(st) || st.length !== 2) throw clause('apply_stages', 614, list, fromArray([st]));
    const [op, arg] = st as [Term, Term];
    if (op === Atom.of('aliases')) list = substituteAliases(p, arg, list);
    else if (op === Atom.of('expand')) list = expand(p, arg, list);
    else if (op === Atom.of('negations')) list = substituteNegations(p, arg, list);
    else throw clause('apply_stages', 614, list, fromArray([st]));
  }
  if (s.tail !== NIL) throw clause('apply_stages', 614, list, s.tail);
  return list;
}

function normalize(p: unknown, l: Term, stages: Term): Term {
  return compact(p, applyStages(p, l, stages));
}

function split(_p: unknown, l: Term, keys: Term): Term {
  const keyList = spine(keys).items;
  const groups = new Map<string, Term[]>();
  for (const k of keyList) groups.set(termKey(k), []);
  const rest: Term[] = [];
  const s = spine(l);
  for (const prop of s.items) {
    const k = keyOfProperty(prop);
    const group = k === undefined ? undefined : groups.get(termKey(k));
    if (group !== undefined) group.push(prop);
    else rest.push(prop);
  }
  if (s.tail !== NIL) throw clause('split', 650, s.tail, NIL, NIL);
  return [fromArray(keyList.map((k) => fromArray(groups.get(termKey(k))!))), fromArray(rest)];
}

function toMap1(_p: unknown, l: Term): Term {
  // Like a foldr: earlier entries win; a tuple of another size hides later ones.
  let m = emptyMap;
  const s = spine(l);
  for (let i = s.items.length - 1; i >= 0; i--) {
    const x = s.items[i]!;
    if (isTuple(x) && x.length === 2) m = mapSet(m, x[0]!, x[1]!);
    else if (isTuple(x) && x.length >= 1) m = mapDelete(m, x[0]!);
    else if (x instanceof Atom) m = mapSet(m, x, A.true);
  }
  return m;
}

function toMap2(p: unknown, l: Term, stages: Term): Term {
  return toMap1(p, applyStages(p, l, stages));
}

function fromMap(_p: unknown, m: Term): Term {
  if (!isMapTerm(m)) throw frameError([A.badmap, m], 'maps', 'to_list', [m], { 1: 'not a map' }, 581);
  return fromArray(mapEntries(m).map(([k, v]) => [k, v]));
}

export const proplistsNatives: NativeModule = {
  name: 'proplists',
  functions: {
    'property/1': property1,
    'property/2': property2,
    'unfold/1': unfold,
    'compact/1': compact,
    'lookup/2': lookup,
    'lookup_all/2': lookupAll,
    'is_defined/2': isDefined,
    'get_value/2': getValue2,
    'get_value/3': getValue3,
    'get_all_values/2': getAllValues,
    'append_values/2': appendValues,
    'get_bool/2': getBool,
    'get_keys/1': getKeys,
    'delete/2': deleteKey,
    'substitute_aliases/2': substituteAliases,
    'substitute_negations/2': substituteNegations,
    'expand/2': expand,
    'normalize/2': normalize,
    'split/2': split,
    'to_map/1': toMap1,
    'to_map/2': toMap2,
    'from_map/1': fromMap,
  } as unknown as Record<string, NativeFn>,
};

export default proplistsNatives;
