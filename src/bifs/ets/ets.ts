// The ets natives. Tables live in the VM's ext (one registry per node) and
// belong to the process that created them: when it exits they are deleted,
// or handed to the heir. Functions that call funs (foldl, foldr) are in
// lib/erlang/ets.erl on top of these.

import { A, Atom, Cons, NIL, Pid, Ref, bool, list, listToArray, type Term, type Tuple } from '../../terms/types.js';
import { add, type Num } from '../../terms/arith.js';
import { compare } from '../../terms/compare.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { refKey, type RefKey, type VM } from '../../vm/vm.js';
import { EtsTable, type TableOptions, type TableType, type Protection } from './table.js';
import { etsError, type Cause } from './errors.js';
import { frameError } from '../errors.js';
import {
  compileMatchSpec,
  compileForRef,
  compiledSpec,
  isMatchSpec,
  keepsKey,
  registerCompiled,
  runMatchSpec,
  matchObjectSpec,
  matchPatternSpec,
  type MatchSpec,
} from './match.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** The node's ets tables. */
    ets?: EtsState;
  }
}

type P = Process;

// ---- per-node state ----------------------------------------------------------

interface EtsState {
  byId: Map<RefKey, EtsTable>;
  byName: Map<Atom, EtsTable>;
  /** Ids of every table ever created: a deleted table's id is 'id', any other ref 'type'. */
  everIds: Set<RefKey>;
  /**
   * Tables by the Ref objects they were looked up with: a call with the same
   * term skips building the id's string key. Replaced whenever a table goes.
   */
  byRef: WeakMap<Ref, EtsTable>;
  /** The last table found by its Ref, and that Ref: a loop on one table skips even the WeakMap. */
  lastRef: Ref | null;
  lastTable: EtsTable | null;
}

function state(vm: VM): EtsState {
  let s = vm.ext.ets;
  if (s === undefined) {
    s = { byId: new Map(), byName: new Map(), everIds: new Set(), byRef: new WeakMap(), lastRef: null, lastTable: null };
    vm.ext.ets = s;
    const hooks = (vm.ext.exitHooks ??= []);
    hooks.push((q) => ownerExited(vm, s!, q));
  }
  return s;
}

function ownerExited(vm: VM, s: EtsState, q: P): void {
  // Every exit comes here and most processes own no table: look before
  // copying anything (the loop below changes byId).
  let owned: EtsTable[] | null = null;
  for (const t of s.byId.values()) {
    if (t.owner.id === q.pid.id && t.owner.serial === q.pid.serial) (owned ??= []).push(t);
  }
  if (owned === null) return;
  for (const t of owned) {
    const heir = t.opts.heir;
    const heirProc = heir !== null ? vm.proc(heir.pid) : undefined;
    if (heir !== null && heirProc !== undefined && heirProc !== q) {
      t.owner = heir.pid;
      vm.deliver(heirProc, [Atom.of('ETS-TRANSFER'), tabTerm(t), q.pid, heir.data]);
    } else drop(s, t);
  }
}

function drop(s: EtsState, t: EtsTable): void {
  s.byId.delete(refKey(t.id));
  s.byRef = new WeakMap();
  s.lastRef = null;
  s.lastTable = null;
  if (t.opts.named && s.byName.get(t.name) === t) s.byName.delete(t.name);
}

/** What ets:new returned for the table: its name when named, else its id. */
function tabTerm(t: EtsTable): Term {
  return t.opts.named ? t.name : t.id;
}

// ---- finding tables ------------------------------------------------------------

type Access = 'read' | 'write' | 'any';

function find(p: P, tab: Term): EtsTable | Cause {
  const s = state(p.vm);
  if (tab instanceof Atom) return s.byName.get(tab) ?? 'id';
  if (tab === s.lastRef) return s.lastTable!;
  if (tab instanceof Ref) {
    let t = s.byRef.get(tab);
    if (t === undefined) {
      t = s.byId.get(refKey(tab));
      if (t === undefined) return s.everIds.has(refKey(tab)) ? 'id' : 'type';
      s.byRef.set(tab, t);
    }
    s.lastRef = tab;
    s.lastTable = t;
    return t;
  }
  return 'type';
}

function isOwner(p: P, t: EtsTable): boolean {
  return t.owner.id === p.pid.id && t.owner.serial === p.pid.serial && t.owner.node === p.pid.node;
}

/**
 * The table behind args[0], or the badarg erl raises for fn(args); validMs
 * says whether a match spec among the arguments is valid, for the
 * explanation of argument 2 that select/3 gives with a bad table.
 */
function table(p: P, fn: string, args: Term[], access: Access, validMs = true): EtsTable {
  const t = find(p, args[0]!);
  if (typeof t === 'string') throw etsError(fn, args, t, validMs);
  if (!mayAccess(p, t, access)) throw etsError(fn, args, 'access', validMs);
  return t;
}

/** Whether p may use t so: anyone reads a public or protected table and writes a public one, its owner everything. */
function mayAccess(p: P, t: EtsTable, access: Access): boolean {
  const prot = t.opts.protection;
  if (access === 'any' || prot === 'public' || (access === 'read' && prot === 'protected')) return true;
  return isOwner(p, t);
}

/**
 * The table behind tab when this process may use it so, without building
 * the arguments an error would need; null sends the caller to table() for
 * the error (or the answer) the general path gives.
 */
function usable(p: P, tab: Term, access: Access): EtsTable | null {
  const t = find(p, tab);
  return typeof t === 'string' || !mayAccess(p, t, access) ? null : t;
}

// ---- ets:new ---------------------------------------------------------------------

const TYPES = new Set(['set', 'ordered_set', 'bag', 'duplicate_bag']);
const PROTECTIONS = new Set(['public', 'protected', 'private']);

function parseOptions(opts: Term): TableOptions | null {
  const arr = listToArray(opts);
  if (arr === null) return null;
  const o: TableOptions = {
    type: 'set',
    keypos: 1,
    protection: 'protected',
    named: false,
    heir: null,
    readConcurrency: false,
    writeConcurrency: false,
    decentralizedCounters: false,
    compressed: false,
  };
  let decentral: boolean | null = null;
  const isBool = (x: Term | undefined) => x === A.true || x === A.false;
  for (const x of arr) {
    if (x instanceof Atom) {
      if (TYPES.has(x.name)) o.type = x.name as TableType;
      else if (PROTECTIONS.has(x.name)) o.protection = x.name as Protection;
      else if (x.name === 'named_table') o.named = true;
      else if (x.name === 'compressed') o.compressed = true;
      else return null;
      continue;
    }
    if (!Array.isArray(x) || !(x[0] instanceof Atom)) return null;
    const [k, v] = x as [Atom, Term];
    if (k.name === 'keypos' && x.length === 2 && typeof v === 'number' && v >= 1) o.keypos = v;
    else if (k.name === 'heir' && x.length === 2 && v === Atom.of('none')) o.heir = null;
    else if (k.name === 'heir' && x.length === 3 && v instanceof Pid) o.heir = { pid: v, data: x[2]! };
    else if (k.name === 'read_concurrency' && x.length === 2 && isBool(v)) o.readConcurrency = v === A.true;
    else if (k.name === 'write_concurrency' && x.length === 2 && (isBool(v) || v === Atom.of('auto'))) o.writeConcurrency = v !== A.false;
    else if (k.name === 'decentralized_counters' && x.length === 2 && isBool(v)) decentral = v === A.true;
    else return null;
  }
  // As on BEAM: ordered_set with write_concurrency gets decentralized counters by default.
  o.decentralizedCounters = decentral ?? (o.type === 'ordered_set' && o.writeConcurrency);
  return o;
}

function etsNew(p: P, name: Term, opts: Term): Term {
  const args = [name, opts];
  const o = name instanceof Atom ? parseOptions(opts) : null;
  if (o === null) throw etsError('new', args, 'none');
  const s = state(p.vm);
  const nm = name as Atom;
  if (o.named && s.byName.has(nm)) throw etsError('new', args, 'already_exists');
  const t = new EtsTable(p.vm.makeRef(), nm, p.pid, o);
  s.byId.set(refKey(t.id), t);
  s.everIds.add(refKey(t.id));
  if (o.named) s.byName.set(nm, t);
  return tabTerm(t);
}

// ---- objects -------------------------------------------------------------------------

/** The objects of insert/2's second argument, or null when one is not a tuple of keypos elements. */
function objects(t: EtsTable, x: Term): Tuple[] | null {
  const arr = Array.isArray(x) ? [x] : listToArray(x);
  if (arr === null) return null;
  for (const o of arr) if (!Array.isArray(o) || o.length < t.keypos) return null;
  return arr as Tuple[];
}

function insert(p: P, tab: Term, objs: Term, fn: 'insert' | 'insert_new'): Term {
  const args = [tab, objs];
  const t = table(p, fn, args, 'write');
  const arr = objects(t, objs);
  if (arr === null) throw etsError(fn, args, 'none');
  // A bag takes a list's objects last first: objects with one key then read
  // as on BEAM (insert(T, [{k,1},{k,2}]) looks up as [{k,2},{k,1}]).
  const ordered = t.type === 'bag' ? arr.slice().reverse() : arr;
  if (fn === 'insert_new') {
    if (arr.some((o) => t.member(t.keyOf(o)))) return A.false;
    for (const o of ordered) t.insert(o);
    return A.true;
  }
  for (const o of ordered) t.insert(o);
  return A.true;
}

/** insert/2 of one object into a table this process may write; the general path for anything else. */
function insertOne(p: P, tab: Term, obj: Tuple): Term {
  const t = usable(p, tab, 'write');
  if (t === null || obj.length < t.keypos) return insert(p, tab, obj, 'insert');
  t.insert(obj);
  return A.true;
}

// ---- select and friends --------------------------------------------------------------------

function spec(fn: string, args: Term[], ms: Term): MatchSpec {
  const c = compileMatchSpec(ms);
  if (c === null) throw etsError(fn, args, 'none', false);
  return c;
}

function selectAll(p: P, t: EtsTable, ms: MatchSpec, reverse = false): Term[] {
  const env = { self: p.pid, node: p.vm.nodeName };
  const out: Term[] = [];
  const objs = t.all();
  if (reverse && t.ordered) objs.reverse();
  for (const o of objs) {
    const r = runMatchSpec(ms, o, env);
    if (r !== undefined) out.push(r);
  }
  return out;
}

/** Objects for which the spec's body returns true (select_count, select_delete). */
function selectTrue(p: P, t: EtsTable, ms: MatchSpec): Tuple[] {
  const env = { self: p.pid, node: p.vm.nodeName };
  return t.all().filter((o) => runMatchSpec(ms, o, env) === A.true);
}

// Continuations of select/3 and match/3: erl's are opaque tuples that start
// with the table and re-read it; ours start with the table too (a
// continuation of a deleted table fails as erl's does) and carry the rest
// of the results computed up front.
const CONT = Atom.of('$erlts_ets_cont');

function chunk(t: EtsTable, results: Term[], limit: number): Term {
  if (results.length === 0) return Atom.of('$end_of_table');
  const rest = results.slice(limit);
  return [list(results.slice(0, limit)), rest.length === 0 ? Atom.of('$end_of_table') : [t.id, CONT, list(rest), limit]];
}

function continueChunk(p: P, fn: string, cont: Term): Term {
  if (cont === Atom.of('$end_of_table')) return cont;
  // Any tuple is taken for a continuation and its first element for the table.
  const t = Array.isArray(cont) && cont.length > 0 ? find(p, cont[0]!) : 'none';
  if (typeof t === 'string') throw etsError(fn, [cont], t);
  const c = cont as Term[];
  if (c.length !== 4 || c[1] !== CONT || typeof c[3] !== 'number') throw etsError(fn, [cont], 'none');
  return chunk(t, listToArray(c[2]!) ?? [], c[3]);
}

/**
 * select/3 and match/3. erl_stdlib_errors judges select's spec as
 * match_spec_compile/1 would ([] is no valid spec there), match's not at all.
 */
function limited(p: P, fn: string, tab: Term, ms: Term, limit: Term, build: (ms: Term) => Term, reverse = false): Term {
  const args = [tab, ms, limit];
  const judged = fn === 'select' || fn === 'select_reverse' ? isMatchSpec(ms) : true;
  const t = table(p, fn, args, 'read', judged);
  const c = compileMatchSpec(build(ms));
  if (c === null || typeof limit !== 'number' || limit < 1) throw etsError(fn, args, 'none', judged);
  return chunk(t, selectAll(p, t, c, reverse), limit);
}

/** ets:select_replace/2: each matching object is replaced by the body's result, which keeps its key. */
function selectReplace(p: P, tab: Term, ms: Term): Term {
  const args = [tab, ms];
  const fn = 'select_replace';
  const t = table(p, fn, args, 'write');
  if (t.type === 'bag' || t.type === 'duplicate_bag') throw etsError(fn, args, 'table_type');
  const c = compileMatchSpec(ms);
  if (c === null || !c.source.every((cl) => keepsKey(t.keypos, cl))) throw etsError(fn, args, 'none');
  const env = { self: p.pid, node: p.vm.nodeName };
  let n = 0;
  for (const o of t.all()) {
    const r = runMatchSpec(c, o, env);
    if (r === undefined) continue;
    t.replace(r as Tuple);
    n++;
  }
  return n;
}

// ---- counters and elements ----------------------------------------------------------------

/**
 * update_counter on a set with an integer increment of an integer counter
 * after the key, the key present: the result, or undefined for anything
 * else (then the general path below decides, errors included).
 */
function counterFast(p: P, tab: Term, key: Term, op: Term): Term | undefined {
  if (typeof op !== 'number') return undefined;
  const t = usable(p, tab, 'write');
  if (t === null || t.type !== 'set') return undefined;
  return t.bumpCounter(key, op);
}

function updateCounter(p: P, args: Term[]): Term {
  const [, key, op, dflt] = args as [Term, Term, Term, Term | undefined];
  const fn = 'update_counter';
  const t = table(p, fn, args, 'write');
  if (t.type === 'bag' || t.type === 'duplicate_bag') throw etsError(fn, args, 'table_type');
  let obj = t.lookupOne(key);
  if (obj === undefined) {
    if (dflt === undefined) throw etsError(fn, args, 'badkey');
    if (!Array.isArray(dflt) || dflt.length < t.keypos) throw etsError(fn, args, 'none');
    obj = (dflt as Tuple).slice();
    obj[t.keypos - 1] = key;
  }
  if (typeof op === 'number') {
    // The common counter: add to the element after the key; errors and bignums take the general path.
    const i = t.keypos;
    const cur = obj[i];
    if (typeof cur === 'number' && i < obj.length) {
      const v = cur + op;
      if (Number.isSafeInteger(v)) {
        const next = obj.slice();
        next[i] = v;
        t.replace(next);
        return v;
      }
    }
  }
  const single = !(op instanceof Cons || op === NIL);
  const ops = single ? [op] : listToArray(op);
  if (ops === null) throw etsError(fn, args, 'none');
  const next = obj.slice();
  const results: Term[] = [];
  for (const o of ops) {
    let pos: Term;
    let incr: Term;
    let threshold: Term | undefined;
    let setValue: Term | undefined;
    if (typeof o === 'number' || typeof o === 'bigint') [pos, incr] = [t.keypos + 1, o];
    else if (Array.isArray(o) && o.length === 2) [pos, incr] = o as [Term, Term];
    else if (Array.isArray(o) && o.length === 4) [pos, incr, threshold, setValue] = o as [Term, Term, Term, Term];
    else throw etsError(fn, args, 'none');
    const isInt = (x: Term | undefined) => typeof x === 'number' || typeof x === 'bigint';
    if (!isInt(pos) || !isInt(incr) || (threshold !== undefined && (!isInt(threshold) || !isInt(setValue)))) throw etsError(fn, args, 'none');
    const i = Number(pos);
    if (i === t.keypos) throw etsError(fn, args, 'keypos');
    if (i < 1 || i > next.length) throw etsError(fn, args, 'position');
    const cur = next[i - 1]!;
    if (!isInt(cur)) throw etsError(fn, args, 'none');
    let v = add(cur, incr) as Num;
    if (threshold !== undefined) {
      const up = compare(incr, 0) >= 0;
      if ((up && compare(v, threshold) > 0) || (!up && compare(v, threshold) < 0)) v = setValue as Num;
    }
    next[i - 1] = v;
    results.push(v);
  }
  t.replace(next);
  return single ? results[0]! : list(results);
}

function updateElement(p: P, tab: Term, key: Term, spec: Term): Term {
  const args = [tab, key, spec];
  const fn = 'update_element';
  const t = table(p, fn, args, 'write');
  if (t.type === 'bag' || t.type === 'duplicate_bag') throw etsError(fn, args, 'table_type');
  const specs = spec instanceof Cons || spec === NIL ? listToArray(spec) : [spec];
  if (specs === null) throw etsError(fn, args, 'none');
  const obj = t.lookupOne(key);
  for (const s of specs) {
    if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== 'number') throw etsError(fn, args, 'none');
    if (s[0] === t.keypos) throw etsError(fn, args, 'keypos');
    if (obj !== undefined && (s[0] < 1 || s[0] > obj.length)) throw etsError(fn, args, 'none');
  }
  if (obj === undefined) return A.false;
  const next = obj.slice();
  for (const s of specs as [number, Term][]) next[s[0] - 1] = s[1];
  t.replace(next);
  return A.true;
}

// ---- info -------------------------------------------------------------------------------

const INFO_ORDER = [
  'id',
  'decentralized_counters',
  'read_concurrency',
  'write_concurrency',
  'compressed',
  'memory',
  'owner',
  'heir',
  'name',
  'size',
  'node',
  'named_table',
  'type',
  'keypos',
  'protection',
];

function infoItem(p: P, t: EtsTable, item: string): Term | undefined {
  switch (item) {
    case 'id':
      return t.id;
    case 'decentralized_counters':
      return bool(t.opts.decentralizedCounters);
    case 'read_concurrency':
      return bool(t.opts.readConcurrency);
    case 'write_concurrency':
      return bool(t.opts.writeConcurrency);
    case 'compressed':
      return bool(t.opts.compressed);
    case 'memory':
      return t.memory();
    case 'owner':
      return t.owner;
    case 'heir':
      return t.opts.heir?.pid ?? Atom.of('none');
    case 'name':
      return t.name;
    case 'size':
      return t.size;
    case 'node':
      return p.vm.nodeName;
    case 'named_table':
      return bool(t.opts.named);
    case 'type':
      return Atom.of(t.type);
    case 'keypos':
      return t.keypos;
    case 'protection':
      return Atom.of(t.opts.protection);
    case 'fixed':
      return bool(t.fixed);
    case 'safe_fixed':
    case 'safe_fixed_monotonic_time':
      return A.false;
    case 'stats':
      return A.false;
    default:
      return undefined;
  }
}

function info1(p: P, tab: Term): Term {
  const t = find(p, tab);
  if (t === 'type') throw etsError('info', [tab], 'type');
  if (t === 'id') return A.undefined;
  return list(INFO_ORDER.map((k) => [Atom.of(k), infoItem(p, t as EtsTable, k)!]));
}

function info2(p: P, tab: Term, item: Term): Term {
  const args = [tab, item];
  // BEAM answers `binary` from erts_internal:ets_info_binary/1, which fixes the table first.
  if (item === Atom.of('binary')) {
    const t = find(p, tab);
    if (typeof t === 'string') {
      const e = etsError('safe_fixtable', [tab, A.false], t);
      e.info!.callers = [['erts_internal', 'ets_info_binary', 1, null]];
      throw e;
    }
    return NIL;
  }
  const t = find(p, tab);
  if (t === 'type') throw etsError('info', args, 'type');
  // A table that is gone has no items: erl answers undefined whatever was asked.
  if (t === 'id') return A.undefined;
  const v = item instanceof Atom ? infoItem(p, t as EtsTable, item.name) : undefined;
  if (v !== undefined) return v;
  throw etsError('info', args, 'none');
}

// ---- traversal ------------------------------------------------------------------------------

const END = Atom.of('$end_of_table');

function step(p: P, fn: 'next' | 'prev', tab: Term, key: Term): Term {
  const t = usable(p, tab, 'read') ?? table(p, fn, [tab, key], 'read');
  const k = fn === 'next' ? t.next(key) : t.prev(key);
  if (k === null) throw etsError(fn, [tab, key], 'none');
  return k ?? END;
}

// ---- the module -------------------------------------------------------------------------------

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'new/2': etsNew,
  'insert/2': (p, tab, objs) => (Array.isArray(objs) ? insertOne(p, tab, objs) : insert(p, tab, objs, 'insert')),
  'insert_new/2': (p, tab, objs) => insert(p, tab, objs, 'insert_new'),
  'lookup/2': (p, tab, key) => {
    const t = usable(p, tab, 'read') ?? table(p, 'lookup', [tab, key], 'read');
    if (t.type === 'bag' || t.type === 'duplicate_bag') return list(t.lookup(key));
    const o = t.lookupOne(key);
    return o === undefined ? NIL : new Cons(o, NIL);
  },
  'lookup_element/3': (p, tab, key, pos) => {
    const args = [tab, key, pos];
    const t = table(p, 'lookup_element', args, 'read');
    if (typeof pos !== 'number' || pos < 1) throw etsError('lookup_element', args, 'none');
    const objs = t.lookup(key);
    if (objs.length === 0) throw etsError('lookup_element', args, 'badkey');
    if (objs.some((o) => o.length < pos)) throw etsError('lookup_element', args, 'none');
    if (t.type === 'set' || t.type === 'ordered_set') return objs[0]![pos - 1]!;
    return list(objs.map((o) => o[pos - 1]!));
  },
  'member/2': (p, tab, key) => bool((usable(p, tab, 'read') ?? table(p, 'member', [tab, key], 'read')).member(key)),
  'take/2': (p, tab, key) => list(table(p, 'take', [tab, key], 'write').delete(key)),
  'delete/1': (p, tab) => {
    const t = table(p, 'delete', [tab], 'write');
    drop(state(p.vm), t);
    return A.true;
  },
  'delete/2': (p, tab, key) => {
    table(p, 'delete', [tab, key], 'write').delete(key);
    return A.true;
  },
  'delete_object/2': (p, tab, obj) => {
    const args = [tab, obj];
    const t = table(p, 'delete_object', args, 'write');
    if (!Array.isArray(obj) || obj.length < t.keypos) throw etsError('delete_object', args, 'none');
    t.deleteObject(obj);
    return A.true;
  },
  'internal_delete_all/2': (p, tab, u) => {
    const t = table(p, 'internal_delete_all', [tab, u], 'write');
    const n = t.size;
    t.clear();
    return n;
  },
  'info/1': info1,
  'info/2': info2,
  'first/1': (p, tab) => table(p, 'first', [tab], 'read').first() ?? END,
  'last/1': (p, tab) => table(p, 'last', [tab], 'read').last() ?? END,
  'next/2': (p, tab, key) => step(p, 'next', tab, key),
  // Our tables have no hash buckets: slot I holds the Ith object (ordered_set's answer).
  'slot/2': (p, tab, i) => {
    const t = table(p, 'slot', [tab, i], 'read');
    if (typeof i !== 'number' || i < 0) throw frameError(Atom.of('badarg'), 'ets', 'slot', [tab, i]);
    const all = t.all();
    return i < all.length ? list([all[i]!]) : END;
  },
  'prev/2': (p, tab, key) => step(p, 'prev', tab, key),
  'match/2': (p, tab, pat) => {
    const t = table(p, 'match', [tab, pat], 'read');
    return list(selectAll(p, t, spec('match', [tab, pat], matchPatternSpec(pat))));
  },
  'match_object/2': (p, tab, pat) => {
    const t = table(p, 'match_object', [tab, pat], 'read');
    return list(selectAll(p, t, spec('match_object', [tab, pat], matchObjectSpec(pat))));
  },
  'select/2': (p, tab, ms) => {
    const t = table(p, 'select', [tab, ms], 'read');
    return list(selectAll(p, t, spec('select', [tab, ms], ms)));
  },
  'select_reverse/2': (p, tab, ms) => {
    const t = table(p, 'select_reverse', [tab, ms], 'read');
    return list(selectAll(p, t, spec('select_reverse', [tab, ms], ms), true));
  },
  'select/3': (p, tab, ms, n) => limited(p, 'select', tab, ms, n, (x) => x),
  'select_reverse/3': (p, tab, ms, n) => limited(p, 'select_reverse', tab, ms, n, (x) => x, true),
  'match/3': (p, tab, pat, n) => limited(p, 'match', tab, pat, n, matchPatternSpec),
  'match_object/3': (p, tab, pat, n) => limited(p, 'match_object', tab, pat, n, matchObjectSpec),
  'select/1': (p, c) => continueChunk(p, 'select', c),
  'select_reverse/1': (p, c) => continueChunk(p, 'select_reverse', c),
  'match/1': (p, c) => continueChunk(p, 'match', c),
  'match_object/1': (p, c) => continueChunk(p, 'match_object', c),
  'select_count/2': (p, tab, ms) => {
    const t = table(p, 'select_count', [tab, ms], 'read');
    return selectTrue(p, t, spec('select_count', [tab, ms], ms)).length;
  },
  'internal_select_delete/2': (p, tab, ms) => {
    const args = [tab, ms];
    const t = table(p, 'internal_select_delete', args, 'write');
    const objs = selectTrue(p, t, spec('internal_select_delete', args, ms));
    for (const o of objs) t.deleteObject(o);
    return objs.length;
  },
  'select_replace/2': selectReplace,
  'update_counter/3': (p, tab, key, op) => counterFast(p, tab, key, op) ?? updateCounter(p, [tab, key, op]),
  'update_counter/4': (p, tab, key, op, d) => counterFast(p, tab, key, op) ?? updateCounter(p, [tab, key, op, d]),
  'update_element/3': updateElement,
  'give_away/3': (p, tab, pid, gift) => {
    const args = [tab, pid, gift];
    // A table of someone else's fails its access check first (protected, private); a public one is not ours to give.
    const t = table(p, 'give_away', args, 'write');
    if (!(pid instanceof Pid)) throw etsError('give_away', args, 'none');
    if (!isOwner(p, t)) throw etsError('give_away', args, 'not_owner');
    const q = p.vm.proc(pid);
    if (q === undefined) throw etsError('give_away', args, 'none');
    if (q === p) throw etsError('give_away', args, 'owner');
    t.owner = pid;
    p.vm.deliver(q, [Atom.of('ETS-TRANSFER'), tabTerm(t), p.pid, gift]);
    return A.true;
  },
  'setopts/2': (p, tab, opts) => {
    const args = [tab, opts];
    const t = table(p, 'setopts', args, 'any');
    if (!isOwner(p, t)) throw etsError('setopts', args, 'not_owner');
    const arr = Array.isArray(opts) ? [opts] : listToArray(opts);
    for (const o of arr ?? [NIL]) {
      if (Array.isArray(o) && o[0] === Atom.of('heir') && o.length === 2 && o[1] === Atom.of('none')) t.opts.heir = null;
      else if (Array.isArray(o) && o[0] === Atom.of('heir') && o.length === 3 && o[1] instanceof Pid) t.opts.heir = { pid: o[1], data: o[2]! };
      else throw etsError('setopts', args, 'none');
    }
    return A.true;
  },
  'rename/2': (p, tab, name) => {
    const args = [tab, name];
    const t = table(p, 'rename', args, 'write');
    if (!(name instanceof Atom)) throw etsError('rename', args, 'none');
    const s = state(p.vm);
    if (t.opts.named) {
      if (s.byName.has(name) && s.byName.get(name) !== t) throw etsError('rename', args, 'none');
      s.byName.delete(t.name);
      s.byName.set(name, t);
    }
    t.name = name;
    return name;
  },
  'whereis/1': (p, name) => {
    if (!(name instanceof Atom)) throw etsError('whereis', [name], 'none');
    return state(p.vm).byName.get(name)?.id ?? A.undefined;
  },
  'all/0': (p) => list([...state(p.vm).byId.values()].map(tabTerm)),
  'safe_fixtable/2': (p, tab, flag) => {
    const args = [tab, flag];
    const t = table(p, 'safe_fixtable', args, 'read');
    if (flag !== A.true && flag !== A.false) throw etsError('safe_fixtable', args, 'none');
    if (flag === A.true) t.fix();
    else t.unfix();
    return A.true;
  },
  'is_compiled_ms/1': (_p, t) => bool(compiledSpec(t) !== undefined),
  'match_spec_compile/1': (p, ms) => {
    const c = compileForRef(ms);
    if (c === null) throw etsError('match_spec_compile', [ms], 'none');
    const ref = p.vm.makeRef();
    registerCompiled(ref, c);
    return ref;
  },
  'match_spec_run_r/3': (p, objs, cms, acc) => {
    const ms = compiledSpec(cms);
    const items = listToArray(objs);
    if (ms === undefined || items === null) throw etsError('match_spec_run_r', [objs, cms, acc], 'none');
    const env = { self: p.pid, node: p.vm.nodeName };
    let out = acc;
    for (const o of items) {
      const r = runMatchSpec(ms, o, env);
      if (r !== undefined) out = new Cons(r, out);
    }
    return out;
  },
  'test_ms/2': (p, obj, ms) => {
    const c = compileMatchSpec(ms);
    if (c === null) return [A.error, list([[A.error, list([...'invalid match spec'].map((ch) => ch.charCodeAt(0)))]])];
    const r = runMatchSpec(c, obj, { self: p.pid, node: p.vm.nodeName });
    return [A.ok, r ?? A.false];
  },
};

export const etsNatives: NativeModule = {
  name: 'ets',
  functions: f as unknown as Record<string, NativeFn>,
};
