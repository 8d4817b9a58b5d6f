// The proplists module (to_map/1,2, which call a fun, are Erlang:
// lib/erlang/proplists.erl). A property is an atom Key (short for {Key, true})
// or a tuple whose first element is the key; other list elements are
// ignored. Improper lists fail with function_clause at the OTP 25 line of
// the clause that walks them.

import { A, Atom, Cons, NIL, type Term, isTuple } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import { exactEq } from '../terms/equality.js';
import { compare } from '../terms/compare.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import { calledFrom, frameError, functionClause } from './errors.js';
import type { LibraryFrame } from '../terms/exception.js';
import { ErlMap } from '../terms/map.js';
import { fromArray, spine } from './lists/util.js';
import { plusplus } from './lists/arith.js';
import { isMapTerm, mapEntries } from './map_access.js';
import { termKey } from './term_key.js';

const clause = (fn: string, line: number, ...args: Term[]) => functionClause('proplists', fn, args, line);

const BAD_GENERATOR = Atom.of('bad_generator');

/**
 * A list comprehension of OTP's proplists.erl meeting something that is no
 * list: BEAM raises in the comprehension's own function
 * ('-compact/1-lc$^0/1-0-'), whose return address shows once more when it
 * had built on an element before (`deep`), above the functions that called it.
 */
function badGenerator(lc: string, arity: number, line: number, bad: Term, deep: boolean, ...callers: LibraryFrame[]) {
  const ex = frameError([BAD_GENERATOR, bad], 'proplists', lc, arity, undefined, line);
  const frames: LibraryFrame[] = deep ? [['proplists', lc, arity, line], ...callers] : callers;
  return frames.length > 0 ? calledFrom(ex, ...frames) : ex;
}

/** The exception with `callers` under it, when it is an Erlang exception. */
function under(e: unknown, ...callers: LibraryFrame[]): unknown {
  return e instanceof ErlException && callers.length > 0 ? calledFrom(e, ...callers) : e;
}

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
  if (s.tail !== NIL) throw badGenerator('-compact/1-lc$^0/1-0-', 1, 116, s.tail, s.items.length > 0);
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
  // get_keys(Tail, Keys) with the sets:new() it started from (keys seen
  // before a bad tail are not added to it here).
  if (s.tail !== NIL) throw calledFrom(clause('get_keys', 336, s.tail, EMPTY_SET), ['proplists', 'get_keys', 1, 334]);
  const seen = new Map<string, Term>();
  for (const p of s.items) {
    const k = keyOfProperty(p);
    if (k !== undefined && !seen.has(termKey(k))) seen.set(termKey(k), k);
  }
  // OTP returns them in its sets' hash order; sorted is the stable choice here.
  return fromArray([...seen.values()].sort(compare));
}

const EMPTY_SEGMENT: Term = new Array<Term>(16).fill(NIL);
/** sets:new() as OTP 25 builds it: the `set` record with one empty segment. */
const EMPTY_SET: Term = [Atom.of('set'), 0, 16, 16, 8, 80, 48, EMPTY_SEGMENT, [EMPTY_SEGMENT]];

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

function substituteAliases(p: unknown, as: Term, props: Term, ...callers: LibraryFrame[]): Term {
  const s = spine(props);
  if (s.tail !== NIL) throw badGenerator('-substitute_aliases/2-lc$^0/1-0-', 2, 393, s.tail, s.items.length > 0, ...callers);
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

function substituteNegations(p: unknown, ns: Term, props: Term, ...callers: LibraryFrame[]): Term {
  const s = spine(props);
  if (s.tail !== NIL) throw badGenerator('-substitute_negations/2-lc$^0/1-0-', 2, 437, s.tail, s.items.length > 0, ...callers);
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

function expand(p: unknown, es: Term, ps: Term, ...callers: LibraryFrame[]): Term {
  if (ps !== NIL && !(ps instanceof Cons)) throw under(clause('expand', 502, es, ps), ...callers);
  const esSpine = spine(es);
  if (esSpine.tail !== NIL) {
    // [{property(P), V} || {P, V} <- Es]: only the pairs build on the result.
    const deep = esSpine.items.some((e) => isTuple(e) && e.length === 2);
    throw badGenerator('-expand/2-lc$^0/1-0-', 1, 503, esSpine.tail, deep, ['proplists', 'expand', 2, 503], ...callers);
  }
  // Expansions keyed by their minimal form; of adjacent equal ones the first wins.
  const expansions: [Term, Term][] = [];
  for (const e of esSpine.items) {
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

/** OTP's apply_stages/2, called by `caller` (normalize/2 or to_map/2). */
function applyStages(p: unknown, l: Term, stages: Term, caller: LibraryFrame): Term {
  let list = l;
  let rest = stages;
  while (rest instanceof Cons) {
    const st = rest.head;
    const op = isTuple(st) && st.length === 2 ? st[0] : undefined;
    const arg = isTuple(st) && st.length === 2 ? st[1]! : NIL;
    // Each stage is called from its apply_stages clause (lines 615, 617, 619).
    if (op === Atom.of('aliases')) list = substituteAliases(p, arg, list, ['proplists', 'apply_stages', 2, 615], caller);
    else if (op === Atom.of('expand')) list = expand(p, arg, list, ['proplists', 'apply_stages', 2, 617], caller);
    else if (op === Atom.of('negations')) list = substituteNegations(p, arg, list, ['proplists', 'apply_stages', 2, 619], caller);
    else break;
    rest = rest.tail;
  }
  if (rest !== NIL) throw calledFrom(clause('apply_stages', 614, list, rest), caller);
  return list;
}

function normalize(p: unknown, l: Term, stages: Term): Term {
  return compact(p, applyStages(p, l, stages, ['proplists', 'normalize', 2, 612]));
}

function split(_p: unknown, l: Term, keys: Term): Term {
  const keysSpine = spine(keys);
  if (keysSpine.tail !== NIL) {
    throw badGenerator('-split/2-lc$^0/1-0-', 1, 646, keysSpine.tail, keysSpine.items.length > 0, ['proplists', 'split', 2, 646]);
  }
  const keyList = keysSpine.items;
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
  if (s.tail !== NIL) {
    // split(Tail, Store, Rest): Store maps each key to its properties so far
    // (latest first), Rest holds the others (latest first).
    let store = ErlMap.EMPTY;
    for (const k of keyList) store = store.set(k, fromArray([...groups.get(termKey(k))!].reverse()));
    throw calledFrom(clause('split', 650, s.tail, store, fromArray([...rest].reverse())), ['proplists', 'split', 2, 646]);
  }
  return [fromArray(keyList.map((k) => fromArray(groups.get(termKey(k))!))), fromArray(rest)];
}

function fromMap(_p: unknown, m: Term): Term {
  if (!isMapTerm(m)) {
    // OTP's from_map/1 is maps:to_list/1, which raises through its error_with_info/2.
    const ex = frameError([A.badmap, m], 'maps', 'to_list', [m], { 1: 'not a map' }, 581);
    ex.info!.errorInfo = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));
    throw ex;
  }
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
    'from_map/1': fromMap,
  } as unknown as Record<string, NativeFn>,
};

export default proplistsNatives;
