// Replays calls recorded from real erl (see gen_expected.escript) against our
// natives and reports every difference: results, error reasons, the frame
// erl blamed, the `*** argument N` explanations, and function_clause lines.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Atom, BitStr, Cons, ErlFloat, ExportFun, NIL, type Term, isMap } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';
import { compare } from '../../src/terms/compare.js';
import type { NativeModule, ProcessContext } from '../../src/vm/native.js';
import { mapEntries, mapFromEntries } from '../../src/bifs/map_access.js';
import { stackTerm } from '../../src/vm/stacktrace/stacktrace.js';
import { knownReason, loadKnownFailures } from '../support/known_failures.js';

type Json = null | number | string | Json[] | { [k: string]: Json };

interface RecordedError {
  class: string;
  reason: Json;
  frame?: { m: string; f: string; args: Json; arity: number; line: number | null };
  argErrors: Record<string, string>;
}
interface Recorded {
  call: string;
  m: string;
  f: string;
  args: Json;
  ok?: Json;
  error?: RecordedError;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function loadRecorded(name: string): Recorded[] {
  const text = readFileSync(resolve(repoRoot, 'test/bifs/data', `${name}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Recorded);
}

// ---- the JSON term encoding shared with the generator ---------------------

export function fromJson(j: Json): Term {
  if (typeof j === 'number') return j;
  if (j === null || typeof j !== 'object' || Array.isArray(j)) throw new Error(`bad term json ${JSON.stringify(j)}`);
  if ('big' in j) return BigInt(j.big as string);
  if ('f' in j) return new ErlFloat(Number(j.f as string));
  if ('a' in j) return Atom.of(j.a as string);
  if ('l' in j) {
    let l: Term = 'tl' in j ? fromJson(j.tl!) : NIL;
    const items = j.l as Json[];
    for (let i = items.length - 1; i >= 0; i--) l = new Cons(fromJson(items[i]!), l);
    return l;
  }
  if ('t' in j) return (j.t as Json[]).map(fromJson);
  if ('m' in j) return mapFromEntries((j.m as Json[][]).map(([k, v]) => [fromJson(k!), fromJson(v!)] as [Term, Term]));
  if ('bin' in j) return new BitStr(Uint8Array.from(j.bin as number[]));
  if ('bits' in j) return new BitStr(Uint8Array.from(j.bits as number[]), j.n as number);
  const exportFun = 'x' in j ? /^fun (\w+):(\w+)\/(\d+)$/.exec(j.x as string) : null;
  if (exportFun !== null) return new ExportFun(Atom.of(exportFun[1]!), Atom.of(exportFun[2]!), Number(exportFun[3]));
  throw new Error(`cannot rebuild ${JSON.stringify(j)}`);
}

/** Canonical JSON of a term; maps sorted like lists:sort(maps:to_list(M)). */
export function toJson(t: Term): Json {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') return { big: t.toString() };
  if (t instanceof ErlFloat) return { f: Object.is(t.value, -0) ? '-0' : String(t.value) };
  if (t instanceof Atom) return { a: t.name };
  if (t === NIL || t instanceof Cons) {
    const items: Json[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      items.push(toJson(l.head));
      l = l.tail;
    }
    return l === NIL ? { l: items } : { l: items, tl: toJson(l) };
  }
  if (Array.isArray(t)) return { t: t.map(toJson) };
  if (isMap(t)) {
    const entries = mapEntries(t as never).sort((x, y) => compare([x[0], x[1]], [y[0], y[1]]));
    return { m: entries.map(([k, v]) => [toJson(k), toJson(v)]) };
  }
  if (t instanceof BitStr) {
    const bytes = Array.from(t.buf.subarray(0, t.byteSize));
    return t.isBinary ? { bin: bytes } : { bits: bytes, n: t.bits };
  }
  if (t instanceof ExportFun) return { x: `fun ${t.module.name}:${t.name.name}/${t.arity}` };
  return { x: String(t) };
}

/** Floats as the generator prints them are re-read through fromJson first. */
function canonical(j: Json): string {
  return JSON.stringify(toJson(fromJson(j)));
}

// ---- replay ----------------------------------------------------------------

const fakeProcess: ProcessContext = { vm: null };

export interface Mismatch {
  call: string;
  problem: string;
}

/** Runs every recorded call whose module has natives here; returns the differences. */
export function replay(name: string, modules: NativeModule[]): { checked: number; calls: string[]; mismatches: Mismatch[] } {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const mismatches: Mismatch[] = [];
  const calls: string[] = [];
  let checked = 0;
  for (const rec of loadRecorded(name)) {
    calls.push(rec.call);
    const args = fromJson(rec.args) as Term[] & Term as unknown as Term;
    const argArray: Term[] = [];
    for (let l = args; l instanceof Cons; l = l.tail) argArray.push(l.head);
    const fn = byName.get(rec.m)?.functions[`${rec.f}/${argArray.length}`];
    if (fn === undefined) {
      mismatches.push({ call: rec.call, problem: `no native ${rec.m}:${rec.f}/${argArray.length}` });
      continue;
    }
    checked++;
    const problem = check(rec, () => fn(fakeProcess, ...argArray), argArray);
    if (problem !== null) mismatches.push({ call: rec.call, problem });
  }
  return { checked, calls, mismatches };
}

/**
 * replay, judged against test/bifs/known_failures.txt (IDs are the recorded
 * call texts): what is wrong is an unlisted mismatch, or a listed call of
 * this recording that now passes or was never recorded (a stale line).
 */
export function replayKnown(name: string, modules: NativeModule[]): { checked: number; problems: string[] } {
  const known = loadKnownFailures('bifs');
  const { checked, calls, mismatches } = replay(name, modules);
  const problems = mismatches.filter((m) => knownReason(known, m.call) === undefined).map((m) => `${m.call}: ${m.problem}`);
  const failing = new Set(mismatches.map((m) => m.call));
  const recorded = new Set(calls);
  for (const id of known.reasons.keys()) {
    if (!id.startsWith(`${name}:`)) continue;
    if (!recorded.has(id)) problems.push(`${id}: listed in ${known.file} but not recorded (stale line)`);
    else if (!failing.has(id)) problems.push(`${id}: passes now, remove its line from ${known.file}`);
  }
  return { checked, problems };
}

function check(rec: Recorded, run: () => Term, args: Term[]): string | null {
  let result: Term;
  try {
    result = run();
  } catch (e) {
    if (!(e instanceof ErlException)) return `threw a JS error: ${(e as Error)?.stack ?? e}`;
    if (rec.error === undefined) return `raised ${JSON.stringify(toJson(e.reason))}, expected ${canonical(rec.ok!)}`;
    return compareError(rec, e, args);
  }
  if (rec.error !== undefined) return `returned ${JSON.stringify(toJson(result))}, expected error ${canonical(rec.error.reason)}`;
  const got = JSON.stringify(toJson(result));
  const want = canonical(rec.ok!);
  return got === want ? null : `returned ${got}, expected ${want}`;
}

function compareError(rec: Recorded, e: ErlException, args: Term[]): string | null {
  const want = rec.error!;
  const problems: string[] = [];
  if (e.cls !== want.class) problems.push(`class ${e.cls} vs ${want.class}`);
  const reason = JSON.stringify(toJson(e.reason));
  if (reason !== canonical(want.reason)) problems.push(`reason ${reason} vs ${canonical(want.reason)}`);
  const info = e.info ?? {};
  const argErrors: Record<string, string> = {};
  for (const [k, v] of Object.entries(info.argErrors ?? {})) argErrors[k] = v as string;
  if (JSON.stringify(sortKeys(argErrors)) !== JSON.stringify(sortKeys(want.argErrors))) {
    problems.push(`argErrors ${JSON.stringify(argErrors)} vs ${JSON.stringify(want.argErrors)}`);
  }
  if (want.frame !== undefined) {
    const m = info.module ?? rec.m;
    const f = info.function ?? rec.f;
    const fargs = info.args ?? args;
    if (m !== want.frame.m || f !== want.frame.f) problems.push(`frame ${m}:${f} vs ${want.frame.m}:${want.frame.f}`);
    else if (want.frame.args !== null) {
      const got = JSON.stringify(toJson(listOf(fargs)));
      if (got !== canonical(want.frame.args)) problems.push(`frame args ${got} vs ${canonical(want.frame.args)}`);
    }
    if (want.frame.line !== null && frameLine(e) !== want.frame.line) problems.push(`line ${frameLine(e)} vs ${want.frame.line}`);
  }
  return problems.length === 0 ? null : problems.join('; ');
}

function listOf(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

function sortKeys(o: Record<string, string>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The line in the top stack frame's location list, if we built one. */
function frameLine(e: ErlException): number | null {
  const stack = stackTerm(e);
  const top = stack instanceof Cons ? stack.head : null;
  if (!Array.isArray(top) || top.length !== 4) return null;
  for (let l = top[3]!; l instanceof Cons; l = l.tail) {
    const kv = l.head;
    if (Array.isArray(kv) && kv[0] === Atom.of('line')) return kv[1] as number;
  }
  return null;
}
