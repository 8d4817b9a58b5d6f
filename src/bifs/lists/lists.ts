// The first-order functions of the lists module. The higher-order ones (map,
// foldl, sort/2...) are Erlang code in lib/erlang/lists.erl.
//
// Most of lists is Erlang code in OTP, so a bad argument there is a
// function_clause naming the clause that gave up, with its arguments at that
// moment and its line in lists.erl; the natives replay that. Only keyfind/3,
// keymember/3, keysearch/3, member/2 and reverse/2 are BIFs and fail with badarg.

import { A, Atom, Cons, NIL, type Term, isInteger, isList, isTuple, bool } from '../../terms/types.js';
import { compare } from '../../terms/compare.js';
import { eq, exactEq } from '../../terms/equality.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { badargIn, calledFrom, frameError, functionClause } from '../errors.js';
import { ErlMap } from '../../terms/map.js';
import { ErlException, type LibraryFrame } from '../../terms/exception.js';
import { fromArray, reverseOnto, spine } from './util.js';
import { mapKey } from '../term_key.js';
import { type Keyed, indistinguishable, keysortEntries, mergeRuns, sortFlatStrings, sortTerms } from './sort.js';
import { addIn, decrement, isPositive } from './arith.js';

const clause = (fn: string, line: number, ...args: Term[]) => functionClause('lists', fn, args, line);

/**
 * A function_clause one level or more down a body recursion of lists.erl
 * (`[H | delete(Item, Rest)]` at `line`): BEAM keeps that return address
 * once, however deep, so the trace shows the function once more below.
 */
function deepClause(fn: string, line: number, depth: number, returnLine: number, ...args: Term[]) {
  const ex = clause(fn, line, ...args);
  return depth > 0 ? calledFrom(ex, ['lists', fn, args.length, returnLine]) : ex;
}

const STDLIB_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));

/** badarg of a lists BIF: erts puts erl_stdlib_errors in its frame's location. */
function bifBadarg(fn: string, args: Term[], argNo: number, why: string) {
  const ex = badargIn('lists', fn, args, argNo, why);
  ex.info!.errorInfo = STDLIB_ERRORS;
  return ex;
}

/** How the list BIFs explain a bad list argument. */
function notAList(l: Term): string {
  return l instanceof Cons ? 'not a proper list' : 'not a list';
}

// ---- BIFs ---------------------------------------------------------------

/** The N-th element of a tuple, or undefined when it is no tuple of that size. */
function keyOf(t: Term, n: number): Term | undefined {
  return isTuple(t) && n <= t.length ? t[n - 1] : undefined;
}

/** The tuple whose N-th element == key, or null; checks arguments like the BIFs. */
function keyLookup(fn: string, key: Term, n: Term, l: Term): Term | null {
  const args = [key, n, l];
  if (!isInteger(n)) throw bifBadarg(fn, args, 2, 'not an integer');
  if (n < 1) throw bifBadarg(fn, args, 2, 'out of range');
  if (typeof n === 'bigint') {
    // A position past a machine word: badarg, which erl_stdlib_errors does
    // not explain (it is a positive integer), unless the list is bad.
    const ex = bifBadarg(fn, args, 3, notAList(l));
    if (isList(l) && spine(l).tail === NIL) ex.info!.argErrors = {};
    throw ex;
  }
  let cell = l;
  while (cell instanceof Cons) {
    const k = keyOf(cell.head, n);
    if (k !== undefined && eq(k, key)) return cell.head;
    cell = cell.tail;
  }
  if (cell !== NIL) throw bifBadarg(fn, args, 3, notAList(l));
  return null;
}

function keyfind(_p: unknown, key: Term, n: Term, l: Term): Term {
  return keyLookup('keyfind', key, n, l) ?? A.false;
}
function keymember(_p: unknown, key: Term, n: Term, l: Term): Term {
  return bool(keyLookup('keymember', key, n, l) !== null);
}
function keysearch(_p: unknown, key: Term, n: Term, l: Term): Term {
  const found = keyLookup('keysearch', key, n, l);
  return found === null ? A.false : [Atom_value, found];
}
const Atom_value = Atom.of('value');

function member(_p: unknown, x: Term, l: Term): Term {
  let cell = l;
  while (cell instanceof Cons) {
    if (exactEq(cell.head, x)) return A.true;
    cell = cell.tail;
  }
  if (cell !== NIL) throw bifBadarg('member', [x, l], 2, notAList(l));
  return A.false;
}

function reverse2(_p: unknown, l: Term, tail: Term): Term {
  // Cons by cons: no intermediate array (this is the hottest list BIF).
  let out = tail;
  let x = l;
  while (x instanceof Cons) {
    out = new Cons(x.head, out);
    x = x.tail;
  }
  if (x !== NIL) throw bifBadarg('reverse', [l, tail], 1, notAList(l));
  return out;
}

// ---- plain list functions ------------------------------------------------

function reverse1(p: unknown, l: Term): Term {
  // lists.erl handles up to two elements itself, then calls the BIF.
  if (l === NIL) return l;
  if (l instanceof Cons) {
    if (l.tail === NIL) return l;
    if (l.tail instanceof Cons) {
      const second = l.tail;
      if (second.tail === NIL) return fromArray([second.head, l.head]);
      return reverse2(p, second.tail, fromArray([second.head, l.head]));
    }
  }
  throw clause('reverse', 175, l);
}

function nth(_p: unknown, n0: Term, l0: Term): Term {
  let n = n0;
  let l = l0;
  for (;;) {
    if (n === 1 && l instanceof Cons) return l.head;
    if (!(l instanceof Cons) || !isPositive(n, 1)) throw clause('nth', 198, n, l);
    n = decrement(n, 'nth', 200);
    l = l.tail;
  }
}

function nthtail(_p: unknown, n0: Term, l0: Term): Term {
  let n = n0;
  let l = l0;
  for (;;) {
    if (n === 1 && l instanceof Cons) return l.tail;
    if (l instanceof Cons && isPositive(n, 1)) {
      n = decrement(n, 'nthtail', 210);
      l = l.tail;
      continue;
    }
    if (n === 0 && isList(l)) return l;
    throw clause('nthtail', 208, n, l);
  }
}

function prefix(_p: unknown, a0: Term, b0: Term): Term {
  let a = a0;
  let b = b0;
  while (a instanceof Cons && b instanceof Cons && exactEq(a.head, b.head)) {
    a = a.tail;
    b = b.tail;
  }
  if (isList(b)) {
    if (a === NIL) return A.true;
    if (a instanceof Cons) return A.false;
  }
  throw clause('prefix', 220, a, b);
}

function listLength(l: Term): number {
  const s = spine(l);
  if (s.tail !== NIL) throw badargIn('erlang', 'length', [l], 1, 'not a list');
  return s.items.length;
}

function suffix(p: unknown, suf: Term, l: Term): Term {
  let delta: number;
  try {
    delta = listLength(l) - listLength(suf);
  } catch (e) {
    // OTP's suffix/2 is Erlang calling length/1 (line 233).
    throw e instanceof ErlException ? calledFrom(e, ['lists', 'suffix', 2, 233]) : e;
  }
  if (delta < 0) return A.false;
  return bool(exactEq(nthtail(p, delta, l), suf));
}

function droplast(_p: unknown, l: Term): Term {
  const s = spine(l);
  if (s.items.length === 0 || s.tail !== NIL) throw clause('droplast', 246, s.items.length === 0 ? l : s.tail);
  return fromArray(s.items.slice(0, -1));
}

function last(_p: unknown, l: Term): Term {
  if (!(l instanceof Cons)) throw clause('last', 256, l);
  let e = l.head;
  let rest = l.tail;
  while (rest instanceof Cons) {
    e = rest.head;
    rest = rest.tail;
  }
  if (rest !== NIL) throw clause('last', 258, e, rest);
  return e;
}

function seq2(_p: unknown, first: Term, last: Term): Term {
  if (!isInteger(first) || !isInteger(last) || BigInt(first) - 1n > BigInt(last)) throw clause('seq', 271, first, last);
  return seqList(BigInt(first), BigInt(last), 1n);
}

function seq3(_p: unknown, first: Term, last: Term, inc: Term): Term {
  if (isInteger(first) && isInteger(last) && isInteger(inc)) {
    const f = BigInt(first);
    const l = BigInt(last);
    const i = BigInt(inc);
    if ((i > 0n && f - i <= l) || (i < 0n && f - i >= l)) return seqList(f, l, i);
    if (i === 0n && f === l) return fromArray([first]);
  }
  throw seqBadarg(first, last, inc);
}

// lists:seq/3 raises badarg with erl_stdlib_errors' explanation.
function seqBadarg(first: Term, last: Term, inc: Term) {
  const args = [first, last, inc];
  const errs: { [n: number]: string } = {};
  if (!isInteger(first)) errs[1] = 'not an integer';
  if (!isInteger(last)) errs[2] = 'not an integer';
  if (!isInteger(inc)) errs[3] = 'not an integer';
  if (Object.keys(errs).length === 0) {
    // erl_stdlib_errors words it this way round: a positive step that cannot
    // reach Last is "not a negative increment", and vice versa.
    const f = BigInt(first as number | bigint);
    const l = BigInt(last as number | bigint);
    const i = BigInt(inc as number | bigint);
    errs[3] = i <= 0n && f - i <= l ? 'not a positive increment' : 'not a negative increment';
  }
  const ex = frameError(A.badarg, 'lists', 'seq', args, errs, 299);
  ex.info!.errorInfo = STDLIB_ERRORS;
  return ex;
}

function seqList(first: bigint, last: bigint, inc: bigint): Term {
  const n = (last - first + inc) / inc;
  let x = first + inc * (n - 1n);
  let l: Term = NIL;
  const small = Number.isSafeInteger(Number(x)) && Number.isSafeInteger(Number(first));
  if (small) {
    let xs = Number(x);
    const d = Number(inc);
    for (let k = Number(n); k > 0; k--, xs -= d) l = new Cons(xs, l);
    return l;
  }
  for (let k = n; k > 0n; k--, x -= inc) l = new Cons(normalize(x), l);
  return l;
}

function normalize(v: bigint): Term {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function sum(_p: unknown, l: Term): Term {
  let acc: Term = 0;
  let cell = l;
  while (cell instanceof Cons) {
    acc = addIn(acc, cell.head);
    cell = cell.tail;
  }
  if (cell !== NIL) throw clause('sum', 319, cell, acc);
  return acc;
}

function duplicate(_p: unknown, n: Term, x: Term): Term {
  if (!isInteger(n) || n < 0) throw clause('duplicate', 331, n, x);
  let l: Term = NIL;
  for (let i = Number(n); i > 0; i--) l = new Cons(x, l);
  return l;
}

function extreme(fn: 'min' | 'max', line: number, l: Term, better: (c: number) => boolean): Term {
  if (!(l instanceof Cons)) throw clause(fn, line, l);
  let best = l.head;
  let cell = l.tail;
  while (cell instanceof Cons) {
    if (better(compare(cell.head, best))) best = cell.head;
    cell = cell.tail;
  }
  if (cell !== NIL) throw clause(fn, line + 2, cell, best);
  return best;
}
const min = (_p: unknown, l: Term) => extreme('min', 343, l, (c) => c < 0);
const max = (_p: unknown, l: Term) => extreme('max', 356, l, (c) => c > 0);

function sublist3(p: unknown, list: Term, start: Term, len: Term): Term {
  let l = list;
  let s = start;
  for (;;) {
    if (s === 1 && isList(l) && isInteger(len) && len >= 0) return sublist2(p, l, len);
    if (!isInteger(s) || s < 2) break;
    if (l === NIL) return NIL;
    if (!(l instanceof Cons)) break;
    l = l.tail;
    s = decrement(s, 'sublist', 377);
  }
  throw clause('sublist', 372, l, s, len);
}

function sublist2(_p: unknown, list: Term, len: Term): Term {
  if (!isInteger(len) || !isList(list)) throw clause('sublist', 385, list, len);
  const out: Term[] = [];
  let l = list;
  let n: Term = len;
  for (;;) {
    if (l instanceof Cons && isPositive(n, 0)) {
      out.push(l.head);
      l = l.tail;
      n = decrement(n, 'sublist_2', 389);
    } else if (n === 0) break;
    else if (isList(l) && isPositive(n, 0)) break;
    else throw clause('sublist_2', 388, l, n);
  }
  return fromArray(out);
}

function deleteFirst(_p: unknown, item: Term, list: Term): Term {
  const before: Term[] = [];
  let l = list;
  while (l instanceof Cons) {
    if (exactEq(l.head, item)) return fromArray(before, l.tail);
    before.push(l.head);
    l = l.tail;
  }
  if (l !== NIL) throw deepClause('delete', 404, before.length, 406, item, l);
  return list;
}

function zip(_p: unknown, a0: Term, b0: Term): Term {
  const out: Term[] = [];
  let a = a0;
  let b = b0;
  while (a instanceof Cons && b instanceof Cons) {
    out.push([a.head, b.head]);
    a = a.tail;
    b = b.tail;
  }
  if (a !== NIL || b !== NIL) throw deepClause('zip', 419, out.length, 419, a, b);
  return fromArray(out);
}

function zip3(_p: unknown, a0: Term, b0: Term, c0: Term): Term {
  const out: Term[] = [];
  let a = a0;
  let b = b0;
  let c = c0;
  while (a instanceof Cons && b instanceof Cons && c instanceof Cons) {
    out.push([a.head, b.head, c.head]);
    a = a.tail;
    b = b.tail;
    c = c.tail;
  }
  if (a !== NIL || b !== NIL || c !== NIL) throw deepClause('zip3', 449, out.length, 449, a, b, c);
  return fromArray(out);
}

function unzipN(fn: string, line: number, arity: number, l0: Term): Term {
  // The accumulators are reversed lists, as in lists.erl, so a failing
  // clause shows them just as erl would.
  const accs: Term[] = new Array(arity).fill(NIL);
  let l = l0;
  while (l instanceof Cons && isTuple(l.head) && l.head.length === arity) {
    for (let i = 0; i < arity; i++) accs[i] = new Cons(l.head[i]!, accs[i]!);
    l = l.tail;
  }
  if (l !== NIL) throw clause(fn, line, l, ...accs);
  return accs.map((acc) => reverseOnto(spine(acc).items));
}
const unzip = (_p: unknown, l: Term) => unzipN('unzip', 434, 2, l);
const unzip3 = (_p: unknown, l: Term) => unzipN('unzip3', 466, 3, l);

// ---- sorting ------------------------------------------------------------

function properItems(fn: string, line: number, l: Term, ...rest: Term[]): Term[] {
  const s = spine(l);
  if (s.tail !== NIL) throw clause(fn, line, ...rest, l);
  return s.items;
}

// sort/1, keysort/2 and merge/1 follow OTP's merge sort step by step (see
// lists_sort.ts): it is not stable, and where 1 and 1.0 end up shows.
function sort(_p: unknown, l: Term): Term {
  const items = properItems('sort', 512, l);
  if (items.length > 1 && typeof items[0] !== 'number') {
    const strings = sortFlatStrings(items);
    if (strings !== null) return fromArray(strings);
  }
  return fromArray(sortTerms(items, compare, indistinguishable));
}

/**
 * A stable sort in term order, for usort and ukeysort: OTP keeps the first
 * of the elements that compare equal, and the distinct ones have one order.
 * Lists of small integers go through a typed array (equal ones are identical).
 */
function stableSort(items: Term[]): Term[] {
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'number') return items.sort(compare);
  }
  const a = Float64Array.from(items as number[]).sort();
  for (let i = 0; i < a.length; i++) items[i] = a[i]!;
  return items;
}

function dedupSorted(items: Term[], same: (a: Term, b: Term) => boolean): Term[] {
  const out: Term[] = [];
  for (const x of items) if (out.length === 0 || !same(out[out.length - 1]!, x)) out.push(x);
  return out;
}

function usort(_p: unknown, l: Term): Term {
  const items = stableSort(properItems('usort', 1112, l));
  return fromArray(dedupSorted(items, (a, b) => compare(a, b) === 0));
}

/**
 * merge/2 as OTP's runs it: merge2_1 walks the first list while the second
 * list's head waits, merge2_2 the other way round; a bad tail fails in the
 * clause (or the final lists:reverse/2) OTP's would, under merge/2.
 */
function merge2(_p: unknown, t1: Term, l2: Term): Term {
  if (l2 === NIL) return t1;
  if (!(l2 instanceof Cons)) throw clause('merge', 607, t1, l2);
  const top: LibraryFrame = ['lists', 'merge', 2, 610];
  const out: Term[] = [];
  const acc = () => reverseOnto(out);
  const finish = (rest: Term, fn: string, arity: number, line: number): Term => {
    const s = spine(rest);
    if (s.tail !== NIL) throw calledFrom(bifBadarg('reverse', [rest, acc()], 1, notAList(rest)), ['lists', fn, arity, line], top);
    return fromArray([...out, ...s.items]);
  };
  let h2: Term = l2.head;
  let t2: Term = l2.tail;
  let rest1 = t1;
  for (;;) {
    // merge2_1(T1, H2, T2, M)
    if (rest1 === NIL) {
      out.push(h2);
      return finish(t2, 'merge2_1', 4, 1801);
    }
    if (!(rest1 instanceof Cons)) throw calledFrom(clause('merge2_1', 1795, rest1, h2, t2, acc()), top);
    const h1 = rest1.head;
    rest1 = rest1.tail;
    if (compare(h1, h2) <= 0) {
      out.push(h1);
      continue;
    }
    // merge2_2(T1, HdM, T2, M, H1)
    let hdm = h2;
    for (;;) {
      if (t2 === NIL) {
        out.push(hdm, h1);
        return finish(rest1, 'merge2_2', 5, 1808);
      }
      if (!(t2 instanceof Cons)) throw calledFrom(clause('merge2_2', 1802, rest1, hdm, t2, acc(), h1), top);
      const next = t2.head;
      t2 = t2.tail;
      if (compare(h1, next) <= 0) {
        out.push(hdm, h1);
        h2 = next;
        break;
      }
      out.push(hdm);
      hdm = next;
    }
  }
}

function merge1(_p: unknown, ls: Term): Term {
  // OTP's merge/1 hands the list to mergel(L, []), whose clauses take it apart.
  const outer = spine(ls);
  if (outer.tail !== NIL || outer.items.some((l) => !isList(l))) throw clause('mergel', 1666, ls, NIL);
  const lists = outer.items.map((l) => properItems('merge', 563, l));
  // mergel skips empty lists; the rest are merged as sort/1 merges its runs.
  return fromArray(
    mergeRuns(
      lists.filter((l) => l.length > 0),
      false,
      'asc',
      compare,
    ),
  );
}

/** element(I, T) as the key sorts call it, failing the way element/2 does. */
function tupleKey(i: number, t: Term): Term {
  if (!isTuple(t)) throw badargIn('erlang', 'element', [i, t], 2, 'not a tuple');
  if (i > t.length) throw badargIn('erlang', 'element', [i, t], 1, 'out of range');
  return t[i - 1]!;
}

function withKeys(i: number, items: Term[]): Keyed<Term>[] {
  return items.map((t): Keyed<Term> => ({ k: tupleKey(i, t), t }));
}

function checkIndex(fn: string, line: number, i: Term, ...rest: Term[]): number {
  if (!isInteger(i) || i <= 0) throw clause(fn, line, i, ...rest);
  return Number(i);
}

/**
 * OTP's keysort/ukeysort start with `case L of [] | [_] | [X, Y | T]`, a
 * case_clause for anything else, and take the keys of X and Y there; the
 * keys of the rest are taken deeper down.
 */
function keysortStart(fn: string, caseLine: number, keyLine: number, i: number, l: Term): Keyed<Term>[] | null {
  if (l === NIL || (l instanceof Cons && l.tail === NIL)) return null;
  if (!(l instanceof Cons && l.tail instanceof Cons)) throw frameError(error_case_clause(l), 'lists', fn, 2, undefined, caseLine);
  const items = properItems(fn, caseLine, l, i);
  try {
    tupleKey(i, items[0]!);
    tupleKey(i, items[1]!);
  } catch (e) {
    throw e instanceof ErlException ? calledFrom(e, ['lists', fn, 2, keyLine]) : e;
  }
  return withKeys(i, items);
}
const error_case_clause = (v: Term): Term => [Atom.of('case_clause'), v];

function keysort(_p: unknown, i0: Term, l: Term): Term {
  const i = checkIndex('keysort', 784, i0, l);
  const keyed = keysortStart('keysort', 785, 789, i, l);
  if (keyed === null) return l;
  const sorted = keysortEntries(keyed, compare, (a, b) => compare(a, b) === 0);
  return fromArray(sorted.map((x) => x.t));
}

function ukeysort(_p: unknown, i0: Term, l: Term): Term {
  const i = checkIndex('ukeysort', 879, i0, l);
  const keyed = keysortStart('ukeysort', 880, 884, i, l);
  if (keyed === null) return l;
  const sorted = keyed.sort((x, y) => compare(x.k, y.k));
  const out = sorted.filter((x, n) => n === 0 || compare(sorted[n - 1]!.k, x.k) !== 0);
  return fromArray(out.map((x) => x.t));
}

/**
 * keymerge/3 as OTP's runs it (keymerge2_1 walks the first list while the
 * second list's head waits, keymerge2_2 the other way round), so the keys
 * are taken in OTP's order and a bad tuple fails under OTP's frames.
 */
function keymerge(_p: unknown, i0: Term, t1: Term, l2: Term): Term {
  const i = checkIndex('keymerge', 848, i0, t1, l2);
  if (l2 === NIL) return t1;
  if (!(l2 instanceof Cons)) throw frameError(error_case_clause(l2), 'lists', 'keymerge', 3, undefined, 849);
  const top: LibraryFrame = ['lists', 'keymerge', 3, 854];
  const key = (t: Term, ...frames: LibraryFrame[]): Term => {
    try {
      return tupleKey(i, t);
    } catch (e) {
      throw e instanceof ErlException ? calledFrom(e, ...frames) : e;
    }
  };
  const out: Term[] = [];
  const acc = () => reverseOnto(out);
  /** lists:reverse(Rest, Acc) at the end of a walk, then the final reverse. */
  const finish = (rest: Term, fn: string, arity: number, line: number): Term => {
    const s = spine(rest);
    if (s.tail !== NIL) throw calledFrom(bifBadarg('reverse', [rest, acc()], 1, notAList(rest)), ['lists', fn, arity, line], top);
    return fromArray([...out, ...s.items]);
  };
  let h2: Term = l2.head;
  let t2: Term = l2.tail;
  let e2 = key(h2, ['lists', 'keymerge', 3, 853]);
  let rest1 = t1;
  for (;;) {
    // keymerge2_1(I, T1, E2, H2, T2, M)
    if (rest1 === NIL) {
      out.push(h2);
      return finish(t2, 'keymerge2_1', 6, 2332);
    }
    if (!(rest1 instanceof Cons)) throw calledFrom(clause('keymerge2_1', 2324, i0, rest1, e2, h2, t2, acc()), top);
    const h1 = rest1.head;
    rest1 = rest1.tail;
    const e1 = key(h1, ['lists', 'keymerge2_1', 6, 2325], top);
    if (compare(e1, e2) <= 0) {
      out.push(h1);
      continue;
    }
    // keymerge2_2(I, T1, E1, HdM, T2, M, H1)
    let hdm = h2;
    for (;;) {
      if (t2 === NIL) {
        out.push(hdm, h1);
        return finish(rest1, 'keymerge2_2', 7, 2342);
      }
      if (!(t2 instanceof Cons)) throw calledFrom(clause('keymerge2_2', 2334, i0, rest1, e1, hdm, t2, acc(), h1), top);
      const next = t2.head;
      t2 = t2.tail;
      const eNext = key(next, ['lists', 'keymerge2_2', 7, 2335], top);
      if (compare(e1, eNext) <= 0) {
        out.push(hdm, h1);
        h2 = next;
        e2 = eNext;
        break;
      }
      out.push(hdm);
      hdm = next;
    }
  }
}

// ---- key functions written in Erlang in OTP ----------------------------

/** Walks to the first match; on an improper tail fails in the helper clause. */
function keyScan(fn: string, line: number, key: Term, n: number, l: Term, extra: Term[]) {
  const items: Term[] = [];
  let cell = l;
  while (cell instanceof Cons) {
    const k = keyOf(cell.head, n);
    if (k !== undefined && eq(k, key)) return { before: items, found: cell.head, after: cell.tail };
    items.push(cell.head);
    cell = cell.tail;
  }
  if (cell !== NIL) throw clause(fn, line, key, n, cell, ...extra);
  return { before: items, found: undefined, after: NIL };
}

function keydelete(_p: unknown, key: Term, n0: Term, l: Term): Term {
  if (!isInteger(n0) || n0 <= 0) throw clause('keydelete', 719, key, n0, l);
  const r = keyScan('keydelete3', 722, key, Number(n0), l, []);
  return r.found === undefined ? l : fromArray(r.before, r.after);
}

function keyreplace(_p: unknown, key: Term, n0: Term, l: Term, repl: Term): Term {
  if (!isInteger(n0) || n0 <= 0 || !isTuple(repl)) throw clause('keyreplace', 735, key, n0, l, repl);
  const r = keyScan('keyreplace3', 738, key, Number(n0), l, [repl]);
  return r.found === undefined ? l : fromArray(r.before, new Cons(repl, r.after));
}

function keystore(_p: unknown, key: Term, n0: Term, l: Term, repl: Term): Term {
  if (!isInteger(n0) || n0 <= 0 || !isTuple(repl)) throw clause('keystore', 768, key, n0, l, repl);
  const r = keyScan('keystore2', 771, key, Number(n0), l, [repl]);
  return fromArray(r.before, new Cons(repl, r.found === undefined ? NIL : r.after));
}

function keytake(_p: unknown, key: Term, n0: Term, l: Term): Term {
  if (!isInteger(n0) || n0 <= 0) throw clause('keytake', 751, key, n0, l);
  const n = Number(n0);
  const before: Term[] = [];
  let cell = l;
  while (cell instanceof Cons) {
    const k = keyOf(cell.head, n);
    if (k !== undefined && eq(k, key)) return [Atom_value, cell.head, fromArray(before, cell.tail)];
    before.push(cell.head);
    cell = cell.tail;
  }
  if (cell !== NIL) throw clause('keytake', 754, key, n0, cell, reverseOnto(before));
  return A.false;
}

// ---- flattening ---------------------------------------------------------

/**
 * do_flatten(List, Tail): lists.erl flattens the rest of a list before its
 * head, so we go right to left with an explicit stack; an improper list fails
 * in do_flatten(BadTail, WhatWasFlattenedToItsRight) as it does there.
 */
/**
 * The common case of do_flatten: a proper deep list. One walk with the
 * rest of each outer list on a stack, each leaf appended to the result as
 * it comes (its last cell is still ours, so setting its tail is safe);
 * null for an improper list, which doFlatten fails on as OTP does.
 */
function flattenProper(list: Term, tail: Term): Term | null {
  const first = new Cons(NIL, NIL) as { head: Term; tail: Term };
  let last = first;
  const rest: Term[] = [];
  let l = list;
  for (;;) {
    if (l instanceof Cons) {
      const h = l.head;
      l = l.tail;
      if (h instanceof Cons) {
        rest.push(l);
        l = h;
      } else if (h !== NIL) {
        const cell = new Cons(h, NIL) as { head: Term; tail: Term };
        last.tail = cell as unknown as Term;
        last = cell;
      }
    } else if (l === NIL) {
      if (rest.length === 0) break;
      l = rest.pop()!;
    } else return null;
  }
  last.tail = tail;
  return first.tail;
}

function doFlatten(list: Term, tail: Term): Term {
  const fast = flattenProper(list, tail);
  if (fast !== null) return fast;
  let acc = tail;
  const stack: { items: Term[]; i: number }[] = [];
  const enter = (l: Term) => {
    const s = spine(l);
    if (s.tail !== NIL) {
      // The bad tail fails one call down from its cell's clause: line 660
      // when that cell's head is a list, 662 otherwise.
      const before = s.items[s.items.length - 1];
      throw deepClause('do_flatten', 659, s.items.length, before !== undefined && isList(before) ? 660 : 662, s.tail, acc);
    }
    stack.push({ items: s.items, i: s.items.length - 1 });
  };
  enter(list);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < 0) {
      stack.pop();
      continue;
    }
    const x = top.items[top.i--]!;
    if (isList(x)) enter(x);
    else acc = new Cons(x, acc);
  }
  return acc;
}

function flatten1(_p: unknown, l: Term): Term {
  if (!isList(l)) throw clause('flatten', 648, l);
  return doFlatten(l, NIL);
}

function flatten2(_p: unknown, l: Term, tail: Term): Term {
  if (!isList(l) || !isList(tail)) throw clause('flatten', 656, l, tail);
  return doFlatten(l, tail);
}

function flatlength(_p: unknown, list: Term): Term {
  // flatlength(H, flatlength(T, L)): the rest is counted before a nested head.
  const pending: Term[] = [];
  let cur = list;
  let n = 0;
  for (;;) {
    if (cur instanceof Cons) {
      if (isList(cur.head)) pending.push(cur.head);
      else n++;
      cur = cur.tail;
    } else if (cur === NIL) {
      if (pending.length === 0) return n;
      cur = pending.pop()!;
    } else throw clause('flatlength', 675, cur, n);
  }
}

// ---- assorted -----------------------------------------------------------

function split(_p: unknown, n: Term, l: Term): Term {
  if (!isInteger(n) || n < 0 || !isList(l)) throw frameError(A.badarg, 'lists', 'split', [n, l], {}, 1571);
  const before: Term[] = [];
  let cell = l;
  for (let k = Number(n); k > 0; k--) {
    if (!(cell instanceof Cons)) throw frameError(A.badarg, 'lists', 'split', [n, l], {}, 1568);
    before.push(cell.head);
    cell = cell.tail;
  }
  return [fromArray(before), cell];
}

function join(_p: unknown, sep: Term, l: Term): Term {
  if (l === NIL) return NIL;
  if (!(l instanceof Cons)) throw clause('join', 1586, sep, l);
  const out: Term[] = [l.head];
  let cell = l.tail;
  while (cell instanceof Cons) {
    out.push(sep, cell.head);
    cell = cell.tail;
  }
  if (cell !== NIL) throw clause('join_prepend', 1589, sep, cell);
  return fromArray(out);
}

function enumerateFrom(start: Term, l: Term): Term {
  const out: Term[] = [];
  let i = start;
  let cell = l;
  while (cell instanceof Cons) {
    out.push([i, cell.head]);
    i = addIn(i, 1);
    cell = cell.tail;
  }
  if (cell !== NIL) throw deepClause('enumerate_1', 1004, out.length, 1005, i, cell);
  return fromArray(out);
}
function enumerate1(_p: unknown, l: Term): Term {
  if (!isList(l)) throw clause('enumerate', 993, l);
  return enumerateFrom(1, l);
}
function enumerate2(_p: unknown, i: Term, l: Term): Term {
  if (!isInteger(i) || !isList(l)) throw clause('enumerate', 1001, i, l);
  return enumerateFrom(i, l);
}

function uniq(_p: unknown, l: Term): Term {
  const seen = new Set<unknown>();
  const out: Term[] = [];
  let cell = l;
  while (cell instanceof Cons) {
    const k = mapKey(cell.head);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(cell.head);
    }
    cell = cell.tail;
  }
  if (cell !== NIL) {
    // uniq_1(Tail, Seen): the map of the elements seen so far, each => true.
    let m = ErlMap.EMPTY;
    for (const x of out) m = m.set(x, A.true);
    throw deepClause('uniq_1', 2988, out.length, 2993, cell, m);
  }
  return fromArray(out);
}

export const listsNatives: NativeModule = {
  name: 'lists',
  functions: {
    'keyfind/3': keyfind,
    'keymember/3': keymember,
    'keysearch/3': keysearch,
    'member/2': member,
    'reverse/2': reverse2,
    'reverse/1': reverse1,
    'nth/2': nth,
    'nthtail/2': nthtail,
    'prefix/2': prefix,
    'suffix/2': suffix,
    'droplast/1': droplast,
    'last/1': last,
    'seq/2': seq2,
    'seq/3': seq3,
    'sum/1': sum,
    'duplicate/2': duplicate,
    'min/1': min,
    'max/1': max,
    'sublist/2': sublist2,
    'sublist/3': sublist3,
    'delete/2': deleteFirst,
    'zip/2': zip,
    'zip3/3': zip3,
    'unzip/1': unzip,
    'unzip3/1': unzip3,
    'sort/1': sort,
    'usort/1': usort,
    'merge/1': merge1,
    'merge/2': merge2,
    'keysort/2': keysort,
    'ukeysort/2': ukeysort,
    'keymerge/3': keymerge,
    'keydelete/3': keydelete,
    'keyreplace/4': keyreplace,
    'keystore/4': keystore,
    'keytake/3': keytake,
    'flatten/1': flatten1,
    'flatten/2': flatten2,
    'flatlength/1': flatlength,
    'split/2': split,
    'join/2': join,
    'enumerate/1': enumerate1,
    'enumerate/2': enumerate2,
    'uniq/1': uniq,
  } as Record<string, NativeFn>,
};

export default listsNatives;
