// erlts_logger: the node's logger configuration, kept here rather than in
// an Erlang process so that the emulator's own crash reports (TypeScript,
// src/bifs/logger/crash_report.ts) obey the same primary level as logger:log/2,
// and the legacy report header, whose local time Erlang code here cannot
// compute. lib/erlang/logger.erl validates; this only stores.

import { A, Atom, Cons, list, str, type Term } from '../../terms/types.js';
import { ErlMap } from '../../terms/map.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { VM } from '../../vm/vm.js';
import { reportTimestamp } from './log_event.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** logger's levels and handlers on this node. */
    logger?: LoggerState;
  }
}

/** Severity order as logger_config numbers them: none -1, emergency 0 ... debug 7, all 10. */
const LEVELS: Record<string, number> = {
  none: -1,
  emergency: 0,
  alert: 1,
  critical: 2,
  error: 3,
  warning: 4,
  notice: 5,
  info: 6,
  debug: 7,
  all: 10,
};

interface LoggerState {
  primary: Term;
  level: number;
  modules: Map<string, Atom>;
  /** The default handler's configuration once changed (logger.erl knows the initial one). */
  handler: Term;
  /** Stands for OTP's logger ets table in the arguments of a function_clause error. */
  tid: Term | null;
}

function defaultPrimary(): Term {
  return ErlMap.fromEntries([
    [Atom.of('filter_default'), Atom.of('log')],
    [Atom.of('filters'), list([])],
    [Atom.of('level'), Atom.of('notice')],
    [Atom.of('metadata'), ErlMap.fromEntries([])],
  ]);
}

function state(vm: VM): LoggerState {
  let s = vm.ext.logger;
  if (s === undefined) {
    s = { primary: defaultPrimary(), level: LEVELS.notice!, modules: new Map(), handler: A.undefined, tid: null };
    vm.ext.logger = s;
  }
  return s;
}

/** Whether the primary level lets an event of `level` through (erl's logger:allow/2 for no module). */
export function loggerAllows(vm: VM, level: string): boolean {
  const l = LEVELS[level];
  return l !== undefined && l <= state(vm).level;
}

type P = { vm: VM };

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'primary/0': (p) => state(p.vm).primary,
  'set_primary/1': (p, config) => {
    const s = state(p.vm);
    const level = config instanceof ErlMap ? config.get(Atom.of('level')) : undefined;
    s.primary = config;
    if (level instanceof Atom && LEVELS[level.name] !== undefined) s.level = LEVELS[level.name]!;
    return A.ok;
  },
  /** The level that applies to Module: its own if set, else the primary one. */
  'level/1': (p, mod) => {
    const s = state(p.vm);
    const own = mod instanceof Atom ? s.modules.get(mod.name) : undefined;
    return own ?? ((s.primary as ErlMap).get(Atom.of('level')) as Term);
  },
  'handler/0': (p) => state(p.vm).handler,
  'set_handler/1': (p, config) => {
    state(p.vm).handler = config;
    return A.ok;
  },
  'tid/0': (p) => {
    const s = state(p.vm);
    s.tid ??= p.vm.makeRef();
    return s.tid;
  },
  'module_levels/0': (p) => {
    const s = state(p.vm);
    const names = [...s.modules.keys()].sort();
    return list(names.map((n) => [Atom.of(n), s.modules.get(n)!]));
  },
  'set_module_levels/2': (p, mods, level) => {
    const s = state(p.vm);
    for (const m of listItems(mods)) if (m instanceof Atom && level instanceof Atom) s.modules.set(m.name, level);
    return A.ok;
  },
  'unset_module_levels/1': (p, mods) => {
    const s = state(p.vm);
    if (mods === Atom.of('all')) s.modules.clear();
    else for (const m of listItems(mods)) if (m instanceof Atom) s.modules.delete(m.name);
    return A.ok;
  },
  /** "=ERROR REPORT==== 26-Nov-2026::03:41:17.603936 ===" for a time in microseconds. */
  'header/2': (_p, title, micros) => {
    const { when, us } = splitMicros(micros);
    return str(`=${textOf(title)}==== ${reportTimestamp(when, us)} ===`);
  },
  /** logger_formatter's `time`: Offset "" is local time, "Z" (or "z", 0) UTC. */
  'rfc3339/3': (_p, micros, offset, designator) => {
    const utc = offset === 0 || (Array.isArray(offset) === false && textOf(offset).toUpperCase() === 'Z');
    const d = typeof designator === 'number' ? String.fromCharCode(designator) : 'T';
    return str(rfc3339(micros, utc, d));
  },
};

/** System time in microseconds, as seconds and the microseconds within them. */
function splitMicros(micros: Term): { when: Date; us: number } {
  const t = typeof micros === 'bigint' ? micros : typeof micros === 'number' ? BigInt(Math.trunc(micros)) : BigInt(Date.now()) * 1000n;
  let sec = t / 1000000n;
  let us = t % 1000000n;
  if (us < 0n) {
    us += 1000000n;
    sec -= 1n;
  }
  return { when: new Date(Number(sec) * 1000), us: Number(us) };
}

/** calendar:system_time_to_rfc3339/2 at microseconds: local time with its offset, or UTC as "Z". */
function rfc3339(micros: Term, utc: boolean, designator: string): string {
  const { when, us } = splitMicros(micros);
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const off = utc ? 0 : -when.getTimezoneOffset();
  const at = new Date(when.getTime() + off * 60000);
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}.${pad(us, 6)}`;
  const zone = utc ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return `${date}${designator}${time}${zone}`;
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  for (let c = l; c instanceof Cons; c = c.tail) out.push(c.head);
  return out;
}

function textOf(t: Term): string {
  return listItems(t)
    .map((c) => (typeof c === 'number' ? String.fromCodePoint(c) : ''))
    .join('');
}

export const erltsLoggerNatives: NativeModule = {
  name: 'erlts_logger',
  functions: f as unknown as Record<string, NativeFn>,
};
