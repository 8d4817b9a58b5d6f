// erlang:trace/3 and erlang:trace_pattern/3, enough for dbg (lib/erlang/dbg.erl):
// the trace flags of processes (send, 'receive', procs, call), and call
// patterns on exported functions. They listen to the VM's trace point, like
// the live view, and send erl's trace messages to the tracer process:
//   {trace, Pid, send, Msg, To}, {trace, Pid, 'receive', Msg},
//   {trace, Pid, spawn, Pid2, {M, F, Args}}, {trace, Pid, exit, Reason},
//   {trace, Pid, link | unlink | getting_linked | getting_unlinked, Pid2},
//   {trace, Pid, register, Name}, {trace, Pid, call, {M, F, Args}}.
// A global call pattern wraps a function's export entry, so it sees calls
// made through it (M:F(...) from another module, apply, funs of fun M:F/A);
// a local one ([local], dbg:tpl) sees every call of the function, local
// calls and self tail calls too (vm/call_trace.ts runs the processes with
// the call flag so that each call is seen). A match spec's heads and
// guards choose the calls traced; its body's {return_trace} and
// {exception_trace} add
//   {trace, Pid, return_from, {M, F, A}, Value},
//   {trace, Pid, exception_from, {M, F, A}, {Class, Reason}},
// {message, false} leaves out the call message and {message, {caller}}
// adds the calling function to it.

import { A, Atom, Cons, NIL, Pid, list, type Term } from '../../terms/types.js';
import { SUSPEND, type CompiledFn } from '../../vm/frames.js';
import { ErlException, badarg } from '../../terms/exception.js';
import { type MatchSpec, compileMatchSpec, runMatchSpec } from '../ets/match.js';
import { callerMfa } from '../../vm/stacktrace/callers.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import type { TraceEvent, Tracer } from '../../vm/trace.js';
import type { VM } from '../../vm/vm.js';
import { pushReturnRecord, setCallTraced, traceLineOut, type CallAction, type LocalPattern } from '../../vm/call_trace.js';

type Flag = 'send' | 'receive' | 'procs' | 'call';

interface TraceState {
  /** Per traced process (by pid id): its flags and its tracer. */
  procs: Map<number, { flags: Set<Flag>; tracer: Pid }>;
  /** Flags given to processes spawned from now on (`new`, `all`). */
  forNew: { flags: Set<Flag>; tracer: Pid } | null;
  /** Wrapped export entries: "M:F/A" -> the function they ran before. */
  patterns: Map<string, CompiledFn>;
  listener: Tracer | null;
  /** The processes run for local call tracing (vm/call_trace.ts), by pid id. */
  callTraced: Map<number, Process>;
}

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** erlang:trace/3's flags and erlang:trace_pattern/3's patterns (bifs/erlang/trace.ts). */
    traceState?: TraceState;
  }
}

const T = Atom.of('trace');

function state(vm: VM): TraceState {
  vm.ext.traceState ??= { procs: new Map(), forNew: null, patterns: new Map(), listener: null, callTraced: new Map() };
  return vm.ext.traceState;
}

function toArray(t: Term): Term[] | null {
  const out: Term[] = [];
  let at = t;
  while (at instanceof Cons) {
    out.push(at.head);
    at = at.tail;
  }
  return at === NIL ? out : null;
}

function parseFlags(t: Term): { flags: Set<Flag>; tracer: Pid | null } {
  const items = toArray(t);
  if (items === null) throw badarg();
  const flags = new Set<Flag>();
  let tracer: Pid | null = null;
  for (const f of items) {
    if (Array.isArray(f) && f.length === 2 && f[0] === Atom.of('tracer') && f[1] instanceof Pid) tracer = f[1];
    else if (f === Atom.of('send')) flags.add('send');
    else if (f === Atom.of('receive')) flags.add('receive');
    else if (f === Atom.of('procs')) flags.add('procs');
    else if (f === Atom.of('call')) flags.add('call');
    else if (f === Atom.of('all')) for (const x of ['send', 'receive', 'procs', 'call'] as const) flags.add(x);
    else if (!(f instanceof Atom)) throw badarg();
    // Other flags (timestamp, set_on_spawn, ...) are accepted and have no effect here.
  }
  return { flags, tracer };
}

function emit(vm: VM, tracer: Pid, msg: Term): void {
  const q = vm.proc(tracer);
  // Straight into the mailbox: the trace message itself is not traced.
  if (q !== undefined) vm.deliverNow(q, msg);
}

function listen(vm: VM): void {
  const st = state(vm);
  const wanted = st.procs.size > 0 || st.forNew !== null || st.patterns.size > 0 || vm.ext.localCalls !== undefined;
  syncCallTracing(vm, st);
  // erl's 'receive' trace is a message's arrival in the mailbox: the VM traces that only when asked.
  vm.traceDelivery = st.forNew?.flags.has('receive') === true || [...st.procs.values()].some((t) => t.flags.has('receive'));
  if (wanted && st.listener === null) {
    st.listener = (ev) => take(vm, st, ev);
    vm.addTracer(st.listener);
  } else if (!wanted && st.listener !== null) {
    vm.removeTracer(st.listener);
    st.listener = null;
  }
}

/** Local patterns reach only the processes run for call tracing (vm/call_trace.ts): those with the call flag, while any is set. */
function syncCallTracing(vm: VM, st: TraceState): void {
  const want = new Map<number, Process>();
  for (const id of vm.ext.localCalls === undefined ? [] : st.procs.keys()) {
    const q = vm.processes.get(id);
    if (q !== undefined && q.native === null && localCallTraced(vm, st, q.pid)) want.set(id, q);
  }
  for (const [id, q] of st.callTraced) if (!want.has(id)) setCallTraced(q, false);
  for (const q of want.values()) setCallTraced(q, true);
  st.callTraced = want;
}

/** Whether pid's calls of functions under local patterns are traced: it has the call flag and is not its own tracer. */
function localCallTraced(vm: VM, st: TraceState, pid: Pid): boolean {
  if (vm.ext.localCalls === undefined) return false;
  const t = st.procs.get(pid.id);
  return t?.flags.has('call') === true && t.tracer !== pid;
}

function take(vm: VM, st: TraceState, ev: TraceEvent): void {
  const traced = (pid: Pid | null, flag: Flag) => {
    if (pid === null || pid.node !== vm.nodeName) return null;
    const t = st.procs.get(pid.id);
    return t?.flags.has(flag) && t.tracer !== pid ? t.tracer : null;
  };
  switch (ev.kind) {
    case 'send': {
      const tr = traced(ev.from, 'send');
      if (tr !== null && ev.to !== tr) emit(vm, tr, [T, ev.from!, Atom.of('send'), ev.msg, ev.toName ?? ev.to]);
      return;
    }
    case 'send_named': {
      const tr = traced(ev.from, 'send');
      if (tr !== null) emit(vm, tr, [T, ev.from!, Atom.of('send'), ev.msg, [ev.name, ev.node]]);
      return;
    }
    case 'deliver': {
      const tr = traced(ev.pid, 'receive');
      if (tr !== null) emit(vm, tr, [T, ev.pid, Atom.of('receive'), ev.msg]);
      return;
    }
    case 'spawn': {
      if (st.forNew !== null && ev.pid.node === vm.nodeName) {
        st.procs.set(ev.pid.id, { flags: new Set(st.forNew.flags), tracer: st.forNew.tracer });
        const q = vm.proc(ev.pid);
        if (q !== undefined && localCallTraced(vm, st, ev.pid)) {
          setCallTraced(q, true);
          st.callTraced.set(ev.pid.id, q);
        }
      }
      const mfa: Term =
        ev.fun !== undefined
          ? [Atom.of('erlang'), Atom.of('apply'), list([ev.fun, NIL])]
          : [Atom.of(ev.mfa[0]), Atom.of(ev.mfa[1]), ev.args !== undefined ? list([...ev.args]) : ev.mfa[2]];
      const tr = traced(ev.parent, 'procs');
      if (tr !== null) emit(vm, tr, [T, ev.parent!, Atom.of('spawn'), ev.pid, mfa]);
      const child = traced(ev.pid, 'procs');
      if (child !== null && ev.parent !== null) emit(vm, child, [T, ev.pid, Atom.of('spawned'), ev.parent, mfa]);
      return;
    }
    case 'exit': {
      const tr = traced(ev.pid, 'procs');
      if (tr !== null) {
        emit(vm, tr, [T, ev.pid, Atom.of('exit'), ev.reason]);
        // Its name goes with it, and erl traces that too.
        if (ev.name !== undefined) emit(vm, tr, [T, ev.pid, Atom.of('unregister'), ev.name]);
      }
      st.procs.delete(ev.pid.id);
      st.callTraced.delete(ev.pid.id);
      return;
    }
    case 'link':
    case 'unlink': {
      const a = traced(ev.from, 'procs');
      if (a !== null) emit(vm, a, [T, ev.from, Atom.of(ev.kind), ev.to]);
      const b = traced(ev.to, 'procs');
      if (b !== null) emit(vm, b, [T, ev.to, Atom.of(ev.kind === 'link' ? 'getting_linked' : 'getting_unlinked'), ev.from]);
      return;
    }
    case 'register': {
      const tr = traced(ev.pid, 'procs');
      if (tr !== null) emit(vm, tr, [T, ev.pid, Atom.of('register'), Atom.of(ev.name)]);
      return;
    }
    case 'call': {
      const tr = traced(ev.pid, 'call');
      const call: Term = [Atom.of(ev.mfa[0]), Atom.of(ev.mfa[1]), list([...ev.args])];
      if (tr !== null) emit(vm, tr, ev.caller === undefined ? [T, ev.pid, Atom.of('call'), call] : [T, ev.pid, Atom.of('call'), call, ev.caller]);
      return;
    }
    case 'return_from': {
      const tr = traced(ev.pid, 'call');
      if (tr !== null) emit(vm, tr, [T, ev.pid, Atom.of('return_from'), [Atom.of(ev.mfa[0]), Atom.of(ev.mfa[1]), ev.mfa[2]], ev.value]);
      return;
    }
    case 'exception_from': {
      const tr = traced(ev.pid, 'call');
      if (tr !== null) emit(vm, tr, [T, ev.pid, Atom.of('exception_from'), [Atom.of(ev.mfa[0]), Atom.of(ev.mfa[1]), ev.mfa[2]], [ev.cls, ev.reason]]);
      return;
    }
    default:
      return;
  }
}

/** erlang:trace(PidSpec, How, FlagList): the number of processes whose flags changed. */
function trace(p: Process, spec: Term, how: Term, flagList: Term): Term {
  const vm = p.vm;
  const st = state(vm);
  if (how !== A.true && how !== A.false) throw badarg();
  const { flags, tracer: given } = parseFlags(flagList);
  const tracer = given ?? p.pid;
  const on = how === A.true;
  const set = (pid: Pid) => {
    const known = st.procs.get(pid.id);
    if (on) {
      const entry = known ?? { flags: new Set<Flag>(), tracer };
      for (const f of flags) entry.flags.add(f);
      entry.tracer = tracer;
      st.procs.set(pid.id, entry);
    } else if (known !== undefined) {
      for (const f of flags) known.flags.delete(f);
      if (known.flags.size === 0) st.procs.delete(pid.id);
    }
  };
  let n = 0;
  if (spec instanceof Pid) {
    if (spec.node !== vm.nodeName || vm.proc(spec) === undefined) throw badarg();
    set(spec);
    n = 1;
  } else if (spec === Atom.of('all') || spec === Atom.of('existing') || spec === Atom.of('processes') || spec === Atom.of('existing_processes')) {
    for (const q of vm.processes.values()) {
      if (!q.alive || q.pid === tracer) continue;
      set(q.pid);
      n++;
    }
  } else if (spec !== Atom.of('new') && spec !== Atom.of('new_processes')) {
    throw badarg();
  }
  if (spec === Atom.of('all') || spec === Atom.of('new') || spec === Atom.of('processes') || spec === Atom.of('new_processes')) {
    if (on) st.forNew = { flags: new Set([...(st.forNew?.flags ?? []), ...flags]), tracer };
    else if (st.forNew !== null) {
      for (const f of flags) st.forNew.flags.delete(f);
      if (st.forNew.flags.size === 0) st.forNew = null;
    }
  }
  listen(vm);
  return n;
}

/** erlang:trace_pattern({M, F, A}, MatchSpec, Flags): the number of functions (un)patterned. */
function tracePattern(p: Process, mfa: Term, ms: Term, flags: Term): Term {
  const vm = p.vm;
  const st = state(vm);
  if (!Array.isArray(mfa) || mfa.length !== 3) throw badarg();
  const [m, f, a] = mfa;
  if (!(m instanceof Atom) || !(f instanceof Atom) || !(typeof a === 'number' || a === Atom.of('_'))) throw badarg();
  const flagItems = toArray(flags);
  if (flagItems === null || flagItems.some((x) => x !== Atom.of('local') && x !== Atom.of('global'))) throw badarg();
  const local = flagItems.includes(Atom.of('local'));
  const off = ms === A.false;
  const spec = off ? null : traceSpec(ms);
  if (!off && spec === null) throw badarg();
  if (!vm.code.ensureLoaded(m.name)) return 0;
  const mod = vm.code.modules.get(m.name);
  if (mod === undefined) return 0;
  const wanted = (name: string, arity: number) => (f === Atom.of('_') || f.name === name) && (typeof a !== 'number' || a === arity);
  const locals = (vm.ext.localCalls ??= new Map());
  let n = 0;
  for (const [key, fn] of mod.functions) {
    const slash = key.lastIndexOf('/');
    const name = key.slice(0, slash);
    const arity = Number(key.slice(slash + 1));
    if (!wanted(name, arity)) continue;
    const exported = mod.exports.has(key);
    // A global pattern is for exported functions; a local one for all of them.
    if (!local && !exported) continue;
    n++;
    const id = `${m.name}:${name}/${arity}`;
    // Code with no entry check (a native, module_info) is traced at its export entry either way.
    const atEntry = local && fn.NS !== undefined;
    if (off) {
      if (local) locals.delete(fn);
      if (!local || !atEntry) unwrap(vm, st, id, m.name, name, arity);
      continue;
    }
    if (atEntry) {
      unwrap(vm, st, id, m.name, name, arity);
      locals.set(fn, localPattern([m.name, name, arity], false, spec!));
    } else if (exported) {
      locals.delete(fn);
      const entry = vm.code.entry(m.name, name, arity);
      const orig = st.patterns.get(id) ?? entry.fn;
      entry.fn = tracedEntry(vm, orig, [m.name, name, arity], spec!);
      st.patterns.set(id, orig);
    }
  }
  if (local) {
    // The funs of the module are functions of it too ('-f/1-fun-0-'/Arity, captured values last).
    for (const code of mod.lambdas) {
      const fn = code.fn as CompiledFn;
      if (fn.mfa === undefined || fn.INL === true || !wanted(fn.mfa[1], fn.mfa[2])) continue;
      n++;
      if (off) locals.delete(fn);
      else locals.set(fn, localPattern(fn.mfa, true, spec!));
    }
    // So are its comprehensions, which erlts runs inline: counted, not traced.
    const comprehensions = new Set<string>();
    for (const chain of mod.unit?.chains ?? [])
      for (const lv of chain?.levels ?? []) if (wanted(lv.name, lv.arity)) comprehensions.add(`${lv.name}/${lv.arity}`);
    n += comprehensions.size;
  }
  if (locals.size === 0) delete vm.ext.localCalls;
  listen(vm);
  return n;
}

/** Puts back the function a global pattern wrapped, if any. */
function unwrap(vm: VM, st: TraceState, id: string, m: string, name: string, arity: number): void {
  const before = st.patterns.get(id);
  if (before === undefined) return;
  vm.code.entry(m, name, arity).fn = before;
  st.patterns.delete(id);
}

/** A local pattern: the match spec's first clause that takes the call. */
function localPattern(mfa: [string, string, number], fun: boolean, spec: TraceClause[]): LocalPattern {
  return { mfa, fun, match: (q, args) => clauseFor(q, spec, args) };
}

/** One clause of a call trace's match spec: which calls (head and guards, as ets runs them) and what to do. */
interface TraceClause extends CallAction {
  test: MatchSpec | null;
}

/** A call trace's match spec: `true` or [] traces every call; else its clauses in order. */
function traceSpec(ms: Term): TraceClause[] | null {
  if (ms === A.true || ms === NIL) return [{ test: null, message: true, caller: false, returns: false, exceptions: false }];
  const clauses = toArray(ms);
  if (clauses === null) return null;
  const out: TraceClause[] = [];
  for (const c of clauses) {
    if (!Array.isArray(c) || c.length !== 3) return null;
    const [head, guards, body] = c as [Term, Term, Term];
    // ets runs tuples: the arguments [A1, ..., An] are matched as {A1, ..., An}.
    const headItems = head instanceof Atom ? null : toArray(head);
    if (headItems === null && !(head instanceof Atom)) return null;
    const test = compileMatchSpec(list([[headItems ?? head, guards, list([A.true])]]));
    if (test === null) return null;
    const actions = toArray(body);
    if (actions === null) return null;
    const clause: TraceClause = { test, message: true, caller: false, returns: false, exceptions: false };
    for (const a of actions) {
      if (!Array.isArray(a)) continue;
      if (a.length === 1 && a[0] === Atom.of('return_trace')) clause.returns = true;
      else if (a.length === 1 && a[0] === Atom.of('exception_trace')) clause.returns = clause.exceptions = true;
      else if (a.length === 2 && a[0] === Atom.of('message') && a[1] === A.false) clause.message = false;
      else if (a.length === 2 && a[0] === Atom.of('message') && Array.isArray(a[1]) && a[1].length === 1 && a[1][0] === Atom.of('caller')) clause.caller = true;
    }
    out.push(clause);
  }
  return out;
}

/** The first clause that takes these arguments, or null: the call is not traced. */
function clauseFor(q: Process, spec: TraceClause[], args: Term[]): TraceClause | null {
  for (const c of spec) {
    if (c.test === null || runMatchSpec(c.test, args, { self: q.pid, node: q.vm.nodeName }) !== undefined) return c;
  }
  return null;
}

/** An export entry's function that traces the calls its match spec takes. */
function tracedEntry(vm: VM, orig: CompiledFn, mfa: [string, string, number], spec: TraceClause[]): CompiledFn {
  const wrapped = function (this: unknown, q: Process, ...args: Term[]) {
    if (vm.tracer === null) return orig.call(this, q, ...args);
    const c = clauseFor(q, spec, args);
    if (c === null) return orig.call(this, q, ...args);
    if (c.message) {
      traceLineOut(q);
      if (c.caller) {
        const by = callerMfa();
        const caller: Term = by === null ? A.undefined : [Atom.of(by[0]), Atom.of(by[1]), by[2]];
        vm.trace({ kind: 'call', pid: q.pid, mfa: [mfa[0], mfa[1]], args, caller });
      } else vm.trace({ kind: 'call', pid: q.pid, mfa: [mfa[0], mfa[1]], args });
    }
    if (!c.returns) return orig.call(this, q, ...args);
    let r: unknown;
    try {
      r = orig.call(this, q, ...args);
    } catch (e) {
      if (c.exceptions && e instanceof ErlException) vm.trace({ kind: 'exception_from', pid: q.pid, mfa, cls: Atom.of(e.cls), reason: e.reason });
      throw e;
    }
    if (r === SUSPEND) {
      pushReturnRecord(q, mfa, c.exceptions);
      return SUSPEND;
    }
    vm.trace({ kind: 'return_from', pid: q.pid, mfa, value: r as Term });
    return r;
  } as unknown as CompiledFn;
  wrapped.mfa = orig.mfa;
  return wrapped;
}

export const erlangTraceNatives: NativeModule = {
  name: 'erlang',
  functions: {
    'trace/3': trace as unknown as NativeFn,
    'trace_pattern/3': tracePattern as unknown as NativeFn,
  },
};
