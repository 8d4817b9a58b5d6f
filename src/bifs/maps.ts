// The first-order functions of the maps module; the ones taking funs (map,
// fold, filter, update_with...) are Erlang code in lib/erlang/maps.erl.
//
// Failures follow erl: {badmap, M} and {badkey, K} reasons, with the
// explanations erl_stdlib_errors gives (including its quirk of saying
// "not a map" for a missing key in maps:update/3).

import { A, Atom, Cons, ExportFun, NIL, type Term, isFun, isList, isTuple } from '../terms/types.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import { calledFrom, frameError, functionClause } from './errors.js';
import { ErlMap } from '../terms/map.js';
import type { ErlException } from '../terms/exception.js';
import { fromArray, spine } from './lists/util.js';
import {
  type MapTerm,
  emptyMap,
  isMapTerm,
  mapDelete,
  mapEntries,
  mapSortedKeys,
  mapSortedValues,
  mapFromEntries,
  mapGet,
  mapHas,
  mapSet,
  mapSize,
} from './map_access.js';

type ArgErrors = { [n: number]: string };

const STDLIB_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));

/** An error of a maps function: erl puts erl_stdlib_errors in its frame's location. */
function mapsError(reason: Term, fn: string, args: Term[], errs: ArgErrors, line?: number): ErlException {
  const ex = frameError(reason, 'maps', fn, args, errs, line);
  ex.info!.errorInfo = STDLIB_ERRORS;
  return ex;
}

const badmap = (m: Term) => [A.badmap, m];
const badkey = (k: Term) => [A.badkey, k];

// Functions written in Erlang in OTP's maps.erl raise through its
// error_with_info/2 helper, so erl shows that helper's line for them.
const ERROR_WITH_INFO_LINE = 581;
const BADARG_WITH_INFO_LINE = 578;
const WITH_1_LINE = 494;
const ERLANG_WRITTEN = new Set(['get/3', 'to_list/1', 'size/1', 'with/2', 'without/2', 'iterator/1', 'intersect/2']);

function lineOf(fn: string, arity: number): number | undefined {
  return ERLANG_WRITTEN.has(`${fn}/${arity}`) ? ERROR_WITH_INFO_LINE : undefined;
}

/** The map argument, or {badmap, M} explaining argument argNo. */
function mapArg(fn: string, args: Term[], argNo: number): MapTerm {
  const m = args[argNo - 1]!;
  if (!isMapTerm(m)) throw mapsError(badmap(m), fn, args, { [argNo]: 'not a map' }, lineOf(fn, args.length));
  return m;
}

// The hot natives test for a map before anything else: building the
// argument list mapArg reports errors with cost more than the lookup.

function get2(_p: unknown, k: Term, m: Term): Term {
  if (isMapTerm(m)) {
    const v = mapGet(m, k);
    if (v !== undefined) return v;
  }
  const map = mapArg('get', [k, m], 2);
  const v = mapGet(map, k);
  if (v === undefined) throw mapsError(badkey(k), 'get', [k, m], { 1: 'not present in map' });
  return v;
}

function get3(_p: unknown, k: Term, m: Term, dflt: Term): Term {
  if (isMapTerm(m)) return mapGet(m, k) ?? dflt;
  return mapGet(mapArg('get', [k, m, dflt], 2), k) ?? dflt;
}

function find(_p: unknown, k: Term, m: Term): Term {
  const v = mapGet(isMapTerm(m) ? m : mapArg('find', [k, m], 2), k);
  return v === undefined ? A.error : [A.ok, v];
}

function put(_p: unknown, k: Term, v: Term, m: Term): Term {
  return mapSet(isMapTerm(m) ? m : mapArg('put', [k, v, m], 3), k, v);
}

function update(_p: unknown, k: Term, v: Term, m: Term): Term {
  const map = isMapTerm(m) ? m : mapArg('update', [k, v, m], 3);
  if (!mapHas(map, k)) throw mapsError(badkey(k), 'update', [k, v, m], { 3: 'not a map' });
  return mapSet(map, k, v);
}

function remove(_p: unknown, k: Term, m: Term): Term {
  const map = isMapTerm(m) ? m : mapArg('remove', [k, m], 2);
  return mapHas(map, k) ? mapDelete(map, k) : map;
}

function take(_p: unknown, k: Term, m: Term): Term {
  const map = isMapTerm(m) ? m : mapArg('take', [k, m], 2);
  const v = mapGet(map, k);
  return v === undefined ? A.error : [v, mapDelete(map, k)];
}

function isKey(_p: unknown, k: Term, m: Term): Term {
  return mapHas(isMapTerm(m) ? m : mapArg('is_key', [k, m], 2), k) ? A.true : A.false;
}

function keys(_p: unknown, m: Term): Term {
  return fromArray(mapSortedKeys(mapArg('keys', [m], 1)));
}

function values(_p: unknown, m: Term): Term {
  return fromArray(mapSortedValues(mapArg('values', [m], 1)));
}

function toList(_p: unknown, m: Term): Term {
  return fromArray(mapEntries(mapArg('to_list', [m], 1)));
}

/** The elements of a list argument, failing with badarg as the list-taking map BIFs do. */
function listArg(fn: string, args: Term[], argNo: number): Term[] {
  const l = args[argNo - 1]!;
  if (!isList(l)) throw mapsError(A.badarg, fn, args, { [argNo]: 'not a list' });
  const s = spine(l);
  if (s.tail !== NIL) throw mapsError(A.badarg, fn, args, { [argNo]: 'not a proper list' });
  return s.items;
}

function fromList(_p: unknown, l: Term): Term {
  const items = listArg('from_list', [l], 1);
  const entries: [Term, Term][] = [];
  for (const x of items) {
    if (!isTuple(x) || x.length !== 2) throw mapsError(A.badarg, 'from_list', [l], {});
    entries.push([x[0]!, x[1]!]);
  }
  return mapFromEntries(entries);
}

function fromKeys(_p: unknown, l: Term, v: Term): Term {
  return mapFromEntries(listArg('from_keys', [l, v], 1).map((k) => [k, v] as [Term, Term]));
}

function size(_p: unknown, m: Term): Term {
  return mapSize(isMapTerm(m) ? m : mapArg('size', [m], 1));
}

/** Checks two map arguments at once, so both are named when both are wrong. */
function twoMaps(fn: string, a: Term, b: Term): [MapTerm, MapTerm] {
  if (isMapTerm(a) && isMapTerm(b)) return [a, b];
  const errs: ArgErrors = {};
  if (!isMapTerm(a)) errs[1] = 'not a map';
  if (!isMapTerm(b)) errs[2] = 'not a map';
  throw mapsError(badmap(isMapTerm(a) ? b : a), fn, [a, b], errs, lineOf(fn, 2));
}

function merge(_p: unknown, a: Term, b: Term): Term {
  const [ma, mb] = twoMaps('merge', a, b);
  let out = ma;
  // The second map's keys win (0.0 over -0.0), as in erl.
  for (const [k, v] of mapEntries(mb)) out = out.set(k, v, true);
  return out;
}

function intersect(_p: unknown, a: Term, b: Term): Term {
  const [ma, mb] = twoMaps('intersect', a, b);
  const entries: [Term, Term][] = [];
  // As OTP's: the smaller map (the first on a tie) gives the keys (0.0 or -0.0), the second the values.
  if (mapSize(ma) <= mapSize(mb)) {
    for (const [k] of mapEntries(ma)) {
      const v = mapGet(mb, k);
      if (v !== undefined) entries.push([k, v]);
    }
  } else for (const [k, v] of mapEntries(mb)) if (mapHas(ma, k)) entries.push([k, v]);
  return mapFromEntries(entries);
}

/** maps:with/without: a list of keys and a map, the map checked first. */
function keysAndMap(fn: string, ks: Term, m: Term): { keys: Term; map: MapTerm } {
  if (!isMapTerm(m)) throw mapsError(badmap(m), fn, [ks, m], { 2: 'not a map' }, ERROR_WITH_INFO_LINE);
  if (!isList(ks)) throw mapsError(A.badarg, fn, [ks, m], { 1: 'not a list' }, ERROR_WITH_INFO_LINE);
  return { keys: ks, map: m };
}

function withKeys(_p: unknown, ks: Term, m: Term): Term {
  const { keys, map } = keysAndMap('with', ks, m);
  const entries: [Term, Term][] = [];
  let l = keys;
  while (l instanceof Cons) {
    const v = mapGet(map, l.head);
    if (v !== undefined) entries.push([l.head, v]);
    l = l.tail;
  }
  if (l !== NIL) {
    // with_1 builds on each key found (a return address, shown once), under with/2.
    const ex = frameError(A.function_clause, 'maps', 'with_1', [l, map], undefined, WITH_1_LINE);
    throw calledFrom(ex, ...(entries.length > 0 ? [['maps', 'with_1', 2, WITH_1_LINE + 2] as const] : []), ['maps', 'with', 2, 490]);
  }
  return mapFromEntries(entries);
}

function withoutKeys(_p: unknown, ks: Term, m: Term): Term {
  const { keys, map } = keysAndMap('without', ks, m);
  let out = map;
  let l = keys;
  while (l instanceof Cons) {
    out = mapDelete(out, l.head);
    l = l.tail;
  }
  // OTP's without/2 is lists:foldl(fun maps:remove/2, M, Ks), in tail position.
  if (l !== NIL) throw functionClause('lists', 'foldl_1', [new ExportFun(Atom.of('maps'), Atom.of('remove'), 2), out, l], 1354);
  return out;
}

const newMap = (): Term => emptyMap;

// ---- iterators --------------------------------------------------------------
// An iterator is [Position | Map] as in erl, so it prints the same; next/1
// hands out the remaining entries as a {K, V, {K2, V2, ... none}} chain, as
// erl does for maps of up to 32 keys; a bigger map's 32 at a time, the chain
// ending in [Position | Map] for the rest, as erl's does (and a fold over a
// big map then never holds more than 32 of them).

/** Entries a chain from next/1 holds at most, for a map of more keys. */
const NEXT_BATCH = 32;

function iterator(_p: unknown, m: Term): Term {
  return new Cons(0, mapArg('iterator', [m], 1));
}

function next(_p: unknown, it: Term): Term {
  if (it === Atom.of('none')) return it;
  if (isTuple(it) && it.length === 3) return it;
  if (it instanceof Cons && typeof it.head === 'number' && it.head >= 0 && isMapTerm(it.tail)) {
    const m = it.tail;
    const ks = mapSortedKeys(m);
    const vs = mapSortedValues(m);
    const n = ks.length;
    const end = n > NEXT_BATCH ? Math.min(n, it.head + NEXT_BATCH) : n;
    let chain: Term = end < n ? new Cons(end, m) : Atom.of('none');
    for (let i = end - 1; i >= it.head; i--) chain = [ks[i]!, vs[i]!, chain];
    return chain;
  }
  throw mapsError(A.badarg, 'next', [it], { 1: 'not a valid iterator' }, BADARG_WITH_INFO_LINE);
}

// ---- the errors of maps functions written in Erlang ----------------------------
// OTP's maps.erl raises through error_with_info/2 and badarg_with_info/1,
// erlang:error/3 with an error_info the shell explains with
// erl_stdlib_errors:format_maps_error/2. lib/erlang/maps.erl calls these
// instead; the frame is the maps function's own, at those helpers' lines.

const funText: Record<number, string> = { 1: 'one argument', 2: 'two arguments', 3: 'three arguments' };
const mustBeFun = (f: Term, arity: number): string | null => (isFun(f) && f.arity === arity ? null : `not a fun that takes ${funText[arity]}`);
const mustBeMap = (m: Term): string | null => (isMapTerm(m) ? null : 'not a map');
function mustBeList(l: Term): string | null {
  if (!isList(l)) return 'not a list';
  return spine(l).tail === NIL ? null : 'not a proper list';
}
function mustBeMapOrIter(m: Term): string | null {
  if (isMapTerm(m)) return null;
  try {
    next(null, m);
    return null;
  } catch {
    return 'not a map or an iterator';
  }
}

/** erl_stdlib_errors:format_maps_error/2 for the functions lib/erlang/maps.erl raises in. */
function explainMaps(fn: string, args: Term[]): ArgErrors {
  const [a, b, c, d] = args;
  let per: (string | null)[] = [];
  switch (`${fn}/${args.length}`) {
    case 'map/2':
    case 'filter/2':
    case 'filtermap/2':
    case 'foreach/2':
      per = [mustBeFun(a!, 2), mustBeMapOrIter(b!)];
      break;
    case 'fold/3':
      per = [mustBeFun(a!, 3), null, mustBeMapOrIter(c!)];
      break;
    case 'groups_from_list/2':
      per = [mustBeFun(a!, 1), mustBeList(b!)];
      break;
    case 'groups_from_list/3':
      per = [mustBeFun(a!, 1), mustBeFun(b!, 1), mustBeList(c!)];
      break;
    case 'intersect_with/3':
    case 'merge_with/3':
      per = [mustBeFun(a!, 3), mustBeMap(b!), mustBeMap(c!)];
      break;
    case 'update_with/3':
      per = [null, mustBeFun(b!, 1), mustBeMap(c!)];
      break;
    case 'update_with/4':
      per = [null, mustBeFun(b!, 1), null, mustBeMap(d!)];
      break;
  }
  const errs: ArgErrors = {};
  per.forEach((e, i) => {
    if (e !== null) errs[i + 1] = e;
  });
  return errs;
}

function errorWithInfo(_p: unknown, fn: Term, reason: Term, args: Term): Term {
  const as = spine(args).items;
  throw mapsError(reason, (fn as Atom).name, as, explainMaps((fn as Atom).name, as), ERROR_WITH_INFO_LINE);
}

function badargWithInfo(_p: unknown, fn: Term, args: Term): Term {
  const as = spine(args).items;
  throw mapsError(A.badarg, (fn as Atom).name, as, explainMaps((fn as Atom).name, as), BADARG_WITH_INFO_LINE);
}

/** erlts_maps: the helpers above, for lib/erlang/maps.erl only. */
export const erltsMapsNatives: NativeModule = {
  name: 'erlts_maps',
  functions: { 'error_with_info/3': errorWithInfo, 'badarg_with_info/2': badargWithInfo } as unknown as Record<string, NativeFn>,
};

export const mapsNatives: NativeModule = {
  name: 'maps',
  functions: {
    'get/2': get2,
    'get/3': get3,
    'find/2': find,
    'put/3': put,
    'update/3': update,
    'remove/2': remove,
    'take/2': take,
    'is_key/2': isKey,
    'keys/1': keys,
    'values/1': values,
    'to_list/1': toList,
    'from_list/1': fromList,
    'from_keys/2': fromKeys,
    'size/1': size,
    'merge/2': merge,
    'intersect/2': intersect,
    'with/2': withKeys,
    'without/2': withoutKeys,
    'new/0': newMap,
    'iterator/1': iterator,
    'next/1': next,
  } as unknown as Record<string, NativeFn>,
};

export default mapsNatives;
