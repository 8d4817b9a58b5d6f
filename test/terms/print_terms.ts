// Shared by the print and format tests: the generated data, the terms it
// describes, and the record table the generator used.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { A, Atom, BitStr, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, Cons, normInt, type Term } from '../../src/terms/types.js';
import { ErlMap } from '../../src/terms/map.js';

// Built files live in build/test/terms; the data stays next to the sources.
const here = dirname(fileURLToPath(import.meta.url));
export function loadData<T>(name: string): T {
  return JSON.parse(readFileSync(join(here, '../../../test/terms', name), 'utf8')) as T;
}

export type Enc = { [k: string]: any };

export function decode(e: Enc): Term {
  if ('i' in e) return normInt(BigInt(e.i));
  if ('f' in e) return new ErlFloat(Number(e.f));
  if ('a' in e) return Atom.of(e.a);
  if ('l' in e) {
    let l: Term = e.tail ? decode(e.tail) : NIL;
    const items = e.l as Enc[];
    for (let i = items.length - 1; i >= 0; i--) l = new Cons(decode(items[i]!), l);
    return l;
  }
  if ('t' in e) return (e.t as Enc[]).map(decode);
  // ErlMap orders the keys itself; the data has erl's printing order, which must agree.
  if ('m' in e) return ErlMap.fromEntries((e.m as Enc[][]).map(([k, v]) => [decode(k!), decode(v!)] as [Term, Term]));
  if ('b' in e) return new BitStr(Uint8Array.from(e.b as number[]), e.bits);
  if ('pid' in e) return new Pid(A.nonode_nohost, e.pid[0], e.pid[1]);
  if ('port' in e) return new Port(A.nonode_nohost, e.port);
  // The data lists the words as erl prints them; Ref keeps wire order.
  if ('ref' in e) return new Ref(A.nonode_nohost, [...e.ref].reverse());
  if ('xfun' in e) return new ExportFun(Atom.of(e.xfun[0]), Atom.of(e.xfun[1]), e.xfun[2]);
  if ('lfun' in e) {
    const [m, index, uniq] = e.lfun as [string, number, number];
    return new Fun({ module: Atom.of(m), name: '-fun-', arity: 0, index, uniq, fn: () => null }, []);
  }
  throw new Error('cannot decode ' + JSON.stringify(e));
}

const RECORDS: { [key: string]: string[] } = {
  'point/2': ['x', 'y'],
  'person/3': ['name', 'age', 'email'],
  'empty/0': [],
  'node/3': ['left', 'value', 'right'],
  'very_long_record_name_here/2': ['first_field_name', 'second_field_name'],
};

export function testRecords(name: string, size: number): string[] | null {
  return RECORDS[`${name}/${size}`] ?? null;
}

export type Outcome = string | { error: string };
