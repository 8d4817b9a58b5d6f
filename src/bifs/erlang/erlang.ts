// The erlang BIFs that touch processes, the node or time. The side-effect
// free ones are in erlang_pure.ts.

import { codePointsToString } from '../../terms/code_points.js';
import { erlangBadarg, frameError } from '../errors.js';
import { heapCurrentFunction, heapStackTerm, raisedStack } from '../../vm/stacktrace/stacktrace.js';
import { jsErlangFrames } from '../../vm/stacktrace/callers.js';
import { A, Atom, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Ref, bool, list, listToArray, type Term } from '../../terms/types.js';
import { send } from '../../vm/runtime.js';
import { ErlException } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { Status } from '../../vm/process.js';
import { RefTable } from '../../vm/ref_table.js';
import { pidKey, refKey, type RefKey, type VM } from '../../vm/vm.js';
import { undef } from '../../vm/code.js';
import { setTimeoutNotEarly } from '../../vm/timeout_not_early.js';
import { stackWords, type CompiledFn } from '../../vm/frames.js';
import { termKey } from '../term_key.js';
import { ErlMap } from '../../terms/map.js';
import { exactEq as eqExact, eq as eqLoose } from '../../terms/equality.js';
import { compare } from '../../terms/compare.js';
import { fullCollection } from '../../vm/full_gc.js';
import { isOtpBif } from '../../compiler/otp_bifs.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** erlang:start_timer/send_after timers by reference key. */
    timers?: Map<RefKey, TimerRec>;
  }
}

type P = Process;

const bad = erlangBadarg;

// ---- spawning --------------------------------------------------------------

/** The entry of a process that runs Fun(). */
/** How a process starts: its code, the code's arguments, its initial call, and for the trace point what erl's spawn trace reports. */
interface SpawnEntry {
  fn: CompiledFn;
  args: unknown[];
  mfa: [string, string, number];
  traceArgs?: Term[];
  traceFun?: Term;
}

function funEntry(p: P, f: Term, fnName: string, args: Term[]): SpawnEntry {
  if (f instanceof Fun) {
    if (f.code.arity !== 0) throw bad(fnName, args, 1, 'not a fun of arity 0');
    return { fn: f.code.fn as CompiledFn, args: [f], mfa: [f.code.module.name, f.code.name, 0], traceFun: f };
  }
  if (f instanceof ExportFun && f.arity === 0) {
    return mfaEntry(p, f.module, f.name, NIL, fnName, args);
  }
  throw bad(fnName, args, 1, 'not a fun');
}

function mfaEntry(p: P, m: Term, f: Term, a: Term, fnName: string, args: Term[]): SpawnEntry {
  const argv = listToArray(a);
  if (!(m instanceof Atom)) throw bad(fnName, args, 1, 'not an atom');
  if (!(f instanceof Atom)) throw bad(fnName, args, 2, 'not an atom');
  if (argv === null) throw bad(fnName, args, 3, 'not a list');
  const vm = p.vm;
  const run: CompiledFn = (q: P) => {
    const fn = vm.code.lookup(m.name, f.name, argv.length);
    if (fn === null) throw undef(m.name, f.name, argv);
    return fn(q, ...argv);
  };
  return { fn: run, args: [], mfa: [m.name, f.name, argv.length], traceArgs: argv };
}

function doSpawn(p: P, e: SpawnEntry, link: boolean, limitFrame: LimitFrame): Process {
  checkProcessLimit(p, limitFrame);
  return p.vm.spawn(e.fn, e.args, p, { link, initialCall: e.mfa, traceArgs: e.traceArgs, traceFun: e.traceFun });
}

/** erl's process_limit (+P): erlang:system_info(process_limit). */
export const PROCESS_LIMIT = 262144;

/** The BIF erl names when spawning fails, with its arguments: erlang:spawn(erlang, apply, [Fun, []]) for spawn(Fun). */
type LimitFrame = [string, Term[]];

const funFrame = (fn: string, fun: Term, ...extra: Term[]): LimitFrame => [fn, [Atom.of('erlang'), Atom.of('apply'), list([fun, NIL]), ...extra]];
const mfaFrame = (fn: string, m: Term, f: Term, a: Term, ...extra: Term[]): LimitFrame => [fn, [m, f, a, ...extra]];

/** Beyond the process limit, erl logs "Too many processes" and the spawn raises system_limit. */
function checkProcessLimit(p: P, [fn, args]: LimitFrame): void {
  if (p.vm.processes.size < PROCESS_LIMIT) return;
  p.vm.ext.errorLog?.('Too many processes');
  throw frameError(A.system_limit, 'erlang', fn, args);
}

const ASYNC = Atom.of('async');
const TYPE = Atom.of('type');
const FLUSH = Atom.of('flush');
const INFO = Atom.of('info');

/** garbage_collect/1,2: false for a process that is not alive; with {async, Request} the answer comes as a message. */
function garbageCollect(p: P, pid: Pid, request: Term | null): Term {
  if (pid.node !== p.vm.nodeName) throw bad('garbage_collect', [pid], 1, 'not a local pid');
  const alive = p.vm.proc(pid) !== undefined;
  if (alive) fullCollection();
  if (request === null) return bool(alive);
  p.vm.sendPid(p, p.pid, [Atom.of('garbage_collect'), request, bool(alive)]);
  return ASYNC;
}

function monitorProcess(p: P, target: Process | Pid, tag: Term): Ref {
  const vm = p.vm;
  const ref = vm.makeRef();
  const pid = target instanceof Pid ? target : target.pid;
  (p.monitors ??= new RefTable()).set(refKey(ref), [ref, pid]);
  const q = target instanceof Pid ? vm.proc(target) : target;
  if (q === undefined) {
    if (pid.node !== vm.nodeName && vm.dist !== null) {
      vm.dist.monitor(p, pid, ref);
      return ref;
    }
    p.monitors.delete(refKey(ref));
    vm.deliver(p, [A.DOWN, ref, A.process, tag, A.noproc]);
    return ref;
  }
  (q.monitoredBy ??= new RefTable()).set(refKey(ref), [ref, p.pid, tag]);
  return ref;
}

// ---- the process dictionary --------------------------------------------------

function dictKey(k: Term): unknown {
  return typeof k === 'number' || k instanceof Atom ? k : termKey(k);
}

// ---- timers ---------------------------------------------------------------------

interface TimerRec {
  handle: ReturnType<typeof setTimeout>;
  due: number;
}
function timers(vm: VM): Map<RefKey, TimerRec> {
  return (vm.ext.timers ??= new Map<RefKey, TimerRec>());
}

function startTimer(p: P, time: Term, dest: Term, msg: (ref: Ref) => Term, fn: string, args: Term[]): Ref {
  if (typeof time !== 'number' || time < 0 || time > 0xffffffff) throw bad(fn, args, 1, 'not a valid time');
  if (!(dest instanceof Pid) && !(dest instanceof Atom)) throw bad(fn, args, 2, 'not a pid or an atom');
  const vm = p.vm;
  const ref = vm.makeRef();
  const key = refKey(ref);
  const rec: TimerRec = { handle: undefined as unknown as TimerRec['handle'], due: Date.now() + time };
  rec.handle = setTimeoutNotEarly(
    time,
    () => {
      timers(vm).delete(key);
      try {
        vm.send(null, dest, msg(ref));
      } catch {
        // A registered name that is gone: the message is dropped, as on BEAM.
      }
    },
    (h) => (rec.handle = h),
  );
  timers(vm).set(key, rec);
  return ref;
}

function cancelTimer(p: P, ref: Term): Term {
  if (!(ref instanceof Ref)) throw bad('cancel_timer', [ref], 1, 'not a reference');
  const t = timers(p.vm).get(refKey(ref));
  if (t === undefined) return A.false;
  clearTimeout(t.handle);
  timers(p.vm).delete(refKey(ref));
  return Math.max(0, t.due - Date.now());
}

// ---- time ---------------------------------------------------------------------

const hr0 = process.hrtime.bigint();
const NATIVE_PER_SEC = 1_000_000_000n;

function timeUnit(u: Term): bigint | null {
  if ((typeof u === 'number' && Number.isInteger(u) && u > 0) || (typeof u === 'bigint' && u > 0n)) return BigInt(u);
  switch (u instanceof Atom ? u.name : '') {
    case 'second':
    case 'seconds':
      return 1n;
    case 'millisecond':
    case 'milli_seconds':
      return 1000n;
    case 'microsecond':
    case 'micro_seconds':
      return 1_000_000n;
    case 'nanosecond':
    case 'nano_seconds':
    case 'native':
      return 1_000_000_000n;
    case 'perf_counter':
      return 1_000_000_000n;
    default:
      return null;
  }
}

function toInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Monotonic time in ns, offset so it starts negative like BEAM's. */
function monoNs(): bigint {
  return process.hrtime.bigint() - hr0 - 576460752303423488n;
}
function sysNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

function convert(ns: bigint, unit: Term, fn: string, args: Term[]): Term {
  const per = timeUnit(unit);
  if (per === null) throw bad(fn, args, 1, 'invalid time unit');
  const v = (ns * per) / NATIVE_PER_SEC;
  return toInt(ns < 0n && (ns * per) % NATIVE_PER_SEC !== 0n ? v - 1n : v);
}

function nowTuple(): Term {
  const us = Date.now() * 1000;
  return [Math.floor(us / 1e12), Math.floor(us / 1e6) % 1e6, us % 1e6];
}

function localDate(d: Date): Term {
  return [
    [d.getFullYear(), d.getMonth() + 1, d.getDate()],
    [d.getHours(), d.getMinutes(), d.getSeconds()],
  ];
}
function utcDate(d: Date): Term {
  return [
    [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()],
    [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()],
  ];
}

// ---- process_info -------------------------------------------------------------------

function infoItem(vm: VM, q: Process, item: Atom): Term | undefined {
  switch (item.name) {
    case 'registered_name':
      return q.registeredName ?? NIL;
    case 'status':
      return Atom.of(q.status === Status.Running ? 'running' : q.status === Status.Waiting ? 'waiting' : 'runnable');
    case 'message_queue_len':
      return q.mbox.size;
    case 'messages':
      return list(q.mbox.toArray());
    case 'links':
      return list([...(q.links?.values() ?? [])]);
    case 'monitors':
      return list([...(q.monitors?.values() ?? [])].map(([, t]) => [A.process, t as Term]));
    case 'monitored_by':
      return list([...(q.monitoredBy?.values() ?? [])].map(([, w]) => w));
    case 'trap_exit':
      return bool(q.trapExit);
    case 'group_leader':
      return q.groupLeader;
    case 'initial_call':
    case 'current_function': {
      // A waiting process is in the function of its innermost saved frame.
      const current = item.name === 'current_function' && q !== vm.current ? heapCurrentFunction(q.stack) : null;
      if (current !== null) return current;
      const [m, f, a] = q.initialCall;
      return [Atom.of(m), Atom.of(f), a];
    }
    case 'dictionary':
      return list([...(q.dict?.values() ?? [])].map(([k, v]) => [k, v]));
    case 'current_stacktrace':
      // A process that is not running has all its frames on its heap stack.
      return q === vm.current ? NIL : heapStackTerm(q.stack);
    case 'heap_size':
    case 'total_heap_size':
      return 233;
    case 'stack_size':
      // Frames saved on the heap stack, plus those on the JS stack when the
      // process asks about itself: so a tail loop stays small and deep body
      // recursion shows, as on BEAM (where the unit is words, not frames).
      return stackWords(q.stack) + (q === vm.current ? jsErlangFrames() : 0);
    case 'memory':
      return 2688 + q.mbox.size * 16;
    case 'reductions':
      return q.reductionsDone;
    case 'priority':
      return Atom.of('normal');
    case 'garbage_collection':
      return NIL;
    default:
      void vm;
      return undefined;
  }
}

const DEFAULT_INFO = [
  'current_function',
  'initial_call',
  'status',
  'message_queue_len',
  'links',
  'dictionary',
  'trap_exit',
  'error_handler',
  'priority',
  'group_leader',
  'total_heap_size',
  'heap_size',
  'stack_size',
  'reductions',
  'garbage_collection',
  'suspending',
];

// ---- the module -------------------------------------------------------------------------

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'self/0': (p) => p.pid,
  'spawn/1': (p, fun) => doSpawn(p, funEntry(p, fun, 'spawn', [fun]), false, funFrame('spawn', fun)).pid,
  'spawn/3': (p, m, fn, a) => doSpawn(p, mfaEntry(p, m, fn, a, 'spawn', [m, fn, a]), false, mfaFrame('spawn', m, fn, a)).pid,
  'spawn_link/1': (p, fun) => doSpawn(p, funEntry(p, fun, 'spawn_link', [fun]), true, funFrame('spawn_link', fun)).pid,
  'spawn_link/3': (p, m, fn, a) => doSpawn(p, mfaEntry(p, m, fn, a, 'spawn_link', [m, fn, a]), true, mfaFrame('spawn_link', m, fn, a)).pid,
  'spawn_monitor/1': (p, fun) => {
    const q = doSpawn(p, funEntry(p, fun, 'spawn_monitor', [fun]), false, funFrame('spawn_opt', fun, list([Atom.of('monitor')])));
    return [q.pid, monitorProcess(p, q, q.pid)];
  },
  'spawn_monitor/3': (p, m, fn, a) => {
    const q = doSpawn(p, mfaEntry(p, m, fn, a, 'spawn_monitor', [m, fn, a]), false, mfaFrame('spawn_opt', m, fn, a, list([Atom.of('monitor')])));
    return [q.pid, monitorProcess(p, q, q.pid)];
  },
  'spawn_opt/2': (p, fun, opts) => spawnOpt(p, funEntry(p, fun, 'spawn_opt', [fun, opts]), opts, funFrame('spawn_opt', fun, opts)),
  'spawn_opt/4': (p, m, fn, a, opts) => spawnOpt(p, mfaEntry(p, m, fn, a, 'spawn_opt', [m, fn, a, opts]), opts, mfaFrame('spawn_opt', m, fn, a, opts)),
  // The same as `!` in compiled code: a name nobody registered is blamed on
  // erlang:send/2 with `*** argument 1: invalid destination`.
  'send/2': (p, d, m) => send(p, d, m),
  'send/3': (p, d, m) => p.vm.send(p, d, m) && A.ok,
  'link/1': (p, pid) => {
    if (!(pid instanceof Pid)) throw bad('link', [pid], 1, 'not a pid');
    if (pid.node !== p.vm.nodeName) {
      (p.links ??= new Map()).set(pidKey(pid), pid);
      p.vm.trace({ kind: 'link', from: p.pid, to: pid });
      p.vm.dist?.link(p, pid);
      return A.true;
    }
    const q = p.vm.proc(pid);
    if (q === undefined) {
      if (p.trapExit) {
        p.vm.deliver(p, [A.EXIT, pid, A.noproc]);
        return A.true;
      }
      throw new ErlException('error', A.noproc, { module: 'erlang', function: 'link', args: [pid] });
    }
    if (q !== p) p.vm.linkPair(p, q);
    return A.true;
  },
  'unlink/1': (p, pid) => {
    if (!(pid instanceof Pid)) throw bad('unlink', [pid], 1, 'not a pid');
    if (p.links?.has(pidKey(pid))) p.vm.trace({ kind: 'unlink', from: p.pid, to: pid });
    p.links?.delete(pidKey(pid));
    const q = p.vm.proc(pid);
    q?.links?.delete(pidKey(p.pid));
    if (pid.node !== p.vm.nodeName) p.vm.dist?.unlink(p, pid);
    return A.true;
  },
  'monitor/2': (p, type, item) => {
    if (type !== A.process) throw bad('monitor', [type, item], 1, 'invalid monitor type');
    if (item instanceof Pid) return monitorProcess(p, item, item);
    if (item instanceof Atom) {
      const q = p.vm.whereis(item);
      return monitorProcess(p, q ?? new Pid(p.vm.nodeName, -1), [item, p.vm.nodeName]);
    }
    if (Array.isArray(item) && item.length === 2 && item[0] instanceof Atom && item[1] instanceof Atom) {
      if (item[1] === p.vm.nodeName) {
        const q = p.vm.whereis(item[0]);
        return monitorProcess(p, q ?? new Pid(p.vm.nodeName, -1), item);
      }
      const ref = p.vm.makeRef();
      (p.monitors ??= new RefTable()).set(refKey(ref), [ref, item as [Atom, Atom]]);
      if (p.vm.dist !== null) p.vm.dist.monitor(p, item as [Atom, Atom], ref);
      else p.vm.deliver(p, [A.DOWN, ref, A.process, item, A.noconnection]);
      return ref;
    }
    throw bad('monitor', [type, item], 2, 'invalid monitor item');
  },
  'demonitor/1': (p, ref) => {
    demonitor(p, ref, false);
    return A.true;
  },
  'demonitor/2': (p, ref, opts) => {
    // The options read in place (every gen_server:call comes here with [flush]).
    let flush = false;
    let info = false;
    let bad2: string | null = null;
    let l = opts;
    for (; l instanceof Cons; l = l.tail) {
      if (l.head === FLUSH) flush = true;
      else if (l.head === INFO) info = true;
      else bad2 ??= 'invalid option in list';
    }
    if (l !== NIL) bad2 = opts instanceof Cons ? 'not a proper list' : 'not a list';
    if (!(ref instanceof Ref) || bad2 !== null) {
      const why: Record<number, string> = {};
      if (!(ref instanceof Ref)) why[1] = 'not a reference';
      if (bad2 !== null) why[2] = bad2;
      throw frameError(A.badarg, 'erlang', 'demonitor', [ref, opts], why);
    }
    const r = demonitor(p, ref, flush);
    return info ? r : A.true;
  },
  'exit/1': (_p, r) => {
    throw new ErlException('exit', r);
  },
  'check_process_code/2': (p, pid, m) => {
    if (!(pid instanceof Pid) || !(m instanceof Atom)) throw bad('check_process_code', [pid, m], 1, 'not a pid');
    const q = p.vm.processes.get(pid.id);
    return bool(q !== undefined && q !== p && p.vm.code.runsOldCode(q.stack, m.name));
  },
  'exit/2': (p, pid, r) => {
    if (pid instanceof Pid) {
      p.vm.exitSignal(p.pid, pid, r, false);
      return A.true;
    }
    throw bad('exit', [pid, r], 1, 'not a pid');
  },
  'throw/1': (_p, r) => {
    throw new ErlException('throw', r);
  },
  'error/1': (_p, r) => {
    throw new ErlException('error', r);
  },
  // The arguments stand in the raising function's frame; anything but a list leaves its arity there.
  'error/2': (_p, r, args) => {
    const argv = listToArray(args);
    throw new ErlException('error', r, argv === null ? null : { args: argv });
  },
  'error/3': (_p, r, args) => {
    const argv = listToArray(args);
    throw new ErlException('error', r, argv === null ? null : { args: argv });
  },
  'raise/3': (_p, cls, reason, stack) => {
    // BEAM returns badarg (raises nothing) for a class or a term that is no stack trace.
    if (cls !== A.error && cls !== A.exit && cls !== A.throw) return A.badarg;
    const st = raisedStack(stack);
    if (st === null) return A.badarg;
    const e = new ErlException((cls as Atom).name as 'error', reason);
    e.stack = st;
    throw e;
  },
  'register/2': (p, name, pid) => {
    if (!(name instanceof Atom) || name === A.undefined) throw bad('register', [name, pid], 1, 'not an atom');
    const q = pid instanceof Pid ? p.vm.proc(pid) : undefined;
    if (q === undefined) throw bad('register', [name, pid], 2, 'not an alive local process');
    if (p.vm.registry.has(name)) throw bad('register', [name, pid], 1, 'name is in use');
    if (q.registeredName !== null) throw bad('register', [name, pid], 2, 'already registered');
    p.vm.register(name, q);
    p.vm.trace({ kind: 'register', pid: q.pid, name: name.name });
    return A.true;
  },
  'unregister/1': (p, name) => {
    if (!(name instanceof Atom) || !p.vm.registry.has(name)) throw bad('unregister', [name], 1, 'not a registered name');
    p.vm.unregister(name);
    return A.true;
  },
  'whereis/1': (p, name) => {
    if (!(name instanceof Atom)) throw bad('whereis', [name], 1, 'not an atom');
    return p.vm.whereis(name)?.pid ?? A.undefined;
  },
  'registered/0': (p) => list([...p.vm.registry.keys()]),
  'process_flag/2': (p, flag, v) => {
    if (flag === Atom.of('trap_exit')) {
      if (v !== A.true && v !== A.false) throw bad('process_flag', [flag, v], 2, 'not a boolean');
      const old = bool(p.trapExit);
      p.trapExit = v === A.true;
      return old;
    }
    if (flag === Atom.of('priority')) return Atom.of('normal');
    if (flag === Atom.of('min_heap_size') || flag === Atom.of('min_bin_vheap_size')) return 233;
    if (flag === Atom.of('message_queue_data')) return Atom.of('on_heap');
    throw bad('process_flag', [flag, v], 1, 'invalid flag');
  },
  'is_process_alive/1': (p, pid) => {
    if (!(pid instanceof Pid) || pid.node !== p.vm.nodeName) throw bad('is_process_alive', [pid], 1, 'not a local pid');
    // erl orders this after the caller's earlier signals to pid: an exit
    // signal already on its way (applied when pid next runs) has killed it.
    const q = p.vm.proc(pid);
    return bool(q !== undefined && q.pendingExit === null);
  },
  'process_info/1': (p, pid) => {
    if (!(pid instanceof Pid)) throw bad('process_info', [pid], 1, 'not a pid');
    const q = p.vm.proc(pid);
    if (q === undefined) return A.undefined;
    const items: Term[] = [];
    if (q.registeredName !== null) items.push([Atom.of('registered_name'), q.registeredName]);
    for (const k of DEFAULT_INFO) {
      const v = infoItem(p.vm, q, Atom.of(k));
      if (v !== undefined) items.push([Atom.of(k), v]);
      else if (k === 'error_handler') items.push([Atom.of(k), Atom.of('error_handler')]);
      else if (k === 'suspending') items.push([Atom.of(k), NIL]);
    }
    return list(items);
  },
  'process_info/2': (p, pid, item) => {
    if (!(pid instanceof Pid)) throw bad('process_info', [pid, item], 1, 'not a pid');
    const q = p.vm.proc(pid);
    const one = (it: Term): Term => {
      if (!(it instanceof Atom)) throw bad('process_info', [pid, item], 2, 'not a valid item');
      const v = infoItem(p.vm, q!, it);
      if (v === undefined) throw bad('process_info', [pid, item], 2, 'not a valid item');
      if (it.name === 'registered_name' && v === NIL) return NIL;
      return [it, v];
    };
    if (q === undefined) return A.undefined;
    if (item instanceof Cons || item === NIL) return list((listToArray(item) ?? []).map(one));
    return one(item);
  },
  'processes/0': (p) => list([...p.vm.processes.values()].map((q) => q.pid)),
  'make_ref/0': (p) => p.vm.makeRef(),
  'node/0': (p) => p.vm.nodeName,
  'node/1': (p, x) => {
    if (x instanceof Pid || x instanceof Ref) return x.node;
    if (x instanceof Fun) return x.pid?.node ?? p.vm.nodeName;
    if (typeof x === 'object' && x !== null && 'node' in (x as object)) return (x as { node: Atom }).node;
    throw bad('node', [x], 1, 'not a pid, port or reference');
  },
  'is_alive/0': (p) => bool(p.vm.nodeName !== A.nonode_nohost),
  'group_leader/0': (p) => p.groupLeader,
  'group_leader/2': (p, gl, pid) => {
    if (!(gl instanceof Pid)) throw bad('group_leader', [gl, pid], 1, 'not a pid');
    if (!(pid instanceof Pid)) throw bad('group_leader', [gl, pid], 2, 'not a pid');
    const q = p.vm.proc(pid);
    if (q === undefined) throw bad('group_leader', [gl, pid], 2, 'not an alive process');
    q.groupLeader = gl;
    return A.true;
  },
  'put/2': (p, k, v) => {
    const d = (p.dict ??= new Map());
    const key = dictKey(k);
    const old = d.get(key);
    // A key already there stays as it was (0.0 when -0.0 is put), as in erl 25.
    d.set(key, [old === undefined ? k : old[0], v]);
    return old === undefined ? A.undefined : old[1];
  },
  'get/1': (p, k) => p.dict?.get(dictKey(k))?.[1] ?? A.undefined,
  'get/0': (p) => list([...(p.dict?.values() ?? [])].map(([k, v]) => [k, v])),
  'get_keys/0': (p) => list([...(p.dict?.values() ?? [])].map(([k]) => k)),
  'get_keys/1': (p, val) => list([...(p.dict?.values() ?? [])].filter(([, v]) => v === val || eqExact(v, val)).map(([k]) => k)),
  'erase/1': (p, k) => {
    const key = dictKey(k);
    const old = p.dict?.get(key);
    p.dict?.delete(key);
    return old === undefined ? A.undefined : old[1];
  },
  'erase/0': (p) => {
    const all = list([...(p.dict?.values() ?? [])].map(([k, v]) => [k, v]));
    p.dict = null;
    return all;
  },
  'apply/2': (p, fun, args) => {
    const argv = listToArray(args);
    // erl_erts_errors has no explanation for apply/2.
    if (argv === null) throw bad('apply', [fun, args]);
    return (p.vm.rt as { callFun: (p: P, f: Term, a: Term[]) => Term }).callFun(p, fun, argv);
  },
  'apply/3': (p, m, fn, args) => {
    const argv = listToArray(args);
    if (argv === null || !(m instanceof Atom) || !(fn instanceof Atom)) {
      // erl_erts_errors' must_be_mf_args: each argument on its own.
      const why: Record<number, string> = {};
      if (!(m instanceof Atom)) why[1] = 'not an atom';
      if (!(fn instanceof Atom)) why[2] = 'not an atom';
      if (argv === null) why[3] = args instanceof Cons ? 'not a proper list' : 'not a list';
      throw frameError(A.badarg, 'erlang', 'apply', [m, fn, args], why);
    }
    return (p.vm.rt as { applyMFA: (p: P, m: Term, f: Term, a: Term[]) => Term }).applyMFA(p, m, fn, argv);
  },
  'now/0': () => nowTuple(),
  'timestamp/0': () => nowTuple(),
  'monotonic_time/0': () => toInt(monoNs()),
  'monotonic_time/1': (_p, u) => convert(monoNs(), u, 'monotonic_time', [u]),
  'system_time/0': () => toInt(sysNs()),
  'system_time/1': (_p, u) => convert(sysNs(), u, 'system_time', [u]),
  'os_system_time/0': () => toInt(sysNs()),
  'time_offset/0': () => toInt(sysNs() - monoNs()),
  'unique_integer/0': (p) => uniq(p),
  'unique_integer/1': (p) => uniq(p),
  'convert_time_unit/3': (_p, t, from, to) => {
    const a = timeUnit(from);
    const b = timeUnit(to);
    const isInt = typeof t === 'number' || typeof t === 'bigint';
    if (!isInt || a === null || b === null) {
      const why: Record<number, string> = {};
      if (!isInt) why[1] = 'not an integer';
      if (a === null) why[2] = 'invalid time unit';
      if (b === null) why[3] = 'invalid time unit';
      throw frameError(A.badarg, 'erlang', 'convert_time_unit', [t, from, to], why);
    }
    // erlang.erl rounds towards minus infinity: (TU*T - (FU-1)) div FU for a negative T.
    const scaled = BigInt(t) * b;
    return toInt((scaled < 0n ? scaled - (a - 1n) : scaled) / a);
  },
  'time/0': () => (localDate(new Date()) as Term[])[1]!,
  'date/0': () => (localDate(new Date()) as Term[])[0]!,
  'localtime/0': () => localDate(new Date()),
  'universaltime/0': () => utcDate(new Date()),
  'send_after/3': (p, t, d, m) => startTimer(p, t, d, () => m, 'send_after', [t, d, m]),
  'start_timer/3': (p, t, d, m) => startTimer(p, t, d, (ref) => [Atom.of('timeout'), ref, m], 'start_timer', [t, d, m]),
  'cancel_timer/1': (p, r) => cancelTimer(p, r),
  'cancel_timer/2': (p, r) => cancelTimer(p, r),
  'read_timer/1': (p, r) => {
    if (!(r instanceof Ref)) throw bad('read_timer', [r], 1);
    const t = timers(p.vm).get(refKey(r));
    return t === undefined ? A.false : Math.max(0, t.due - Date.now());
  },
  'halt/0': (p) => {
    p.vm.onHalt(0);
    throw p.vm.killSelf(A.killed);
  },
  'halt/1': (p, s) => {
    if (typeof s === 'number' && s >= 0) p.vm.onHalt(s);
    else if (s === Atom.of('abort')) p.vm.onHalt(134);
    else if (s instanceof Cons || s === NIL) p.vm.onHalt(haltString(s));
    else throw bad('halt', [s], 1, 'invalid status');
    throw p.vm.killSelf(A.killed);
  },
  'halt/2': (p, s) => {
    if (typeof s === 'number' && s >= 0) p.vm.onHalt(s);
    else if (s instanceof Cons || s === NIL) p.vm.onHalt(haltString(s));
    else p.vm.onHalt(0);
    throw p.vm.killSelf(A.killed);
  },
  'garbage_collect/0': () => {
    fullCollection();
    return A.true;
  },
  'garbage_collect/1': (p, pid) => {
    if (!(pid instanceof Pid)) throw bad('garbage_collect', [pid], 1, 'not a pid');
    return garbageCollect(p, pid, null);
  },
  'garbage_collect/2': (p, pid, opts) => {
    const args = [pid, opts];
    if (!(pid instanceof Pid)) throw bad('garbage_collect', args, 1, 'not a pid');
    const items = listToArray(opts);
    if (items === null) throw bad('garbage_collect', args, 2, 'invalid option in list');
    let request: Term | null = null;
    for (const o of items) {
      if (!Array.isArray(o) || o.length !== 2) throw bad('garbage_collect', args, 2, 'invalid option in list');
      if (o[0] === ASYNC) request = o[1]!;
      else if (o[0] !== TYPE || (o[1] !== Atom.of('major') && o[1] !== Atom.of('minor'))) throw bad('garbage_collect', args);
    }
    return garbageCollect(p, pid, request);
  },
  'yield/0': () => A.true,
  'nodes/0': (p) => nodesList(p, NIL),
  'nodes/1': (p, which) => nodesList(p, which),
  'statistics/1': (p, what) => statistics(p, what),
  'system_info/1': (p, what) => systemInfo(p, what),
  'memory/0': (p) => list(memory(p).map(([k, v]) => [Atom.of(k), v])),
  'memory/1': (p, what) => {
    const m = new Map(memory(p));
    if (what instanceof Atom && m.has(what.name)) return m.get(what.name)!;
    throw bad('memory', [what], 1, 'invalid memory type');
  },
  'get_cookie/0': (p) => p.vm.ext.cookie ?? Atom.of('nocookie'),
  'set_cookie/1': (p, c) => {
    if (!(c instanceof Atom)) throw bad('set_cookie', [c], 1, 'not an atom');
    p.vm.ext.cookie = c;
    return A.true;
  },
  'monitor_node/2': (p, node, flag) => {
    // A node that is not alive: distribution's version replaces this one when it comes alive.
    if (!(node instanceof Atom)) throw bad('monitor_node', [node, flag], 1, 'not an atom');
    if (flag === A.true) p.vm.deliver(p, [Atom.of('nodedown'), node]);
    return A.true;
  },
  'display/1': (p, t) => {
    const disp = p.vm.ext.display;
    disp?.(t);
    return A.true;
  },
  'is_builtin/3': (_p, m, fn, a) => {
    const args = [m, fn, a];
    if (!(m instanceof Atom) || !(fn instanceof Atom) || typeof a !== 'number') {
      // erl_erts_errors' must_be_mf_arity: each argument on its own.
      const why: Record<number, string> = {};
      if (!(m instanceof Atom)) why[1] = 'not an atom';
      if (!(fn instanceof Atom)) why[2] = 'not an atom';
      if (typeof a !== 'number' && typeof a !== 'bigint') why[3] = 'not an integer';
      else if (a < 0) why[3] = 'out of range';
      throw frameError(A.badarg, 'erlang', 'is_builtin', args, why);
    }
    return bool(m.name !== 'erlang' && isOtpBif(m.name, fn.name, a));
  },
  'function_exported/3': (p, m, fn, a) => {
    if (!(m instanceof Atom) || !(fn instanceof Atom) || typeof a !== 'number') throw bad('function_exported', [m, fn, a]);
    const mod = p.vm.code.modules.get(m.name);
    return bool(mod?.exports.has(`${fn.name}/${a}`) === true);
  },
  'module_loaded/1': (p, m) => bool(m instanceof Atom && p.vm.code.isLoaded(m.name)),
  'pre_loaded/0': () => NIL,
  'fun_info/2': (_p, fun, item) => funInfo(fun, item),
  'make_fun/3': (_p, m, f, a) => {
    const args = [m, f, a];
    if (!(m instanceof Atom)) throw bad('make_fun', args, 1, 'not an atom');
    if (!(f instanceof Atom)) throw bad('make_fun', args, 2, 'not an atom');
    if (typeof a !== 'number' && typeof a !== 'bigint') throw bad('make_fun', args, 3, 'not an integer');
    if (a < 0) throw bad('make_fun', args, 3, 'out of range');
    // Above 255 erl has no explanation to give.
    if (a > 255) throw bad('make_fun', args);
    return new ExportFun(m, f, Number(a));
  },
  'fun_info/1': (_p, fun) => list(['module', 'name', 'arity', 'env', 'type'].map((k) => funInfo(fun, Atom.of(k)))),
};

function haltString(s: Term): string {
  const codes = listToArray(s) ?? [];
  return codePointsToString(codes.filter((c) => typeof c === 'number') as number[]);
}

function uniq(p: P): Term {
  const n = (p.vm.ext.uniq ?? 0) + 1;
  p.vm.ext.uniq = n;
  return n;
}

function spawnOpt(p: P, e: SpawnEntry, opts: Term, limitFrame: LimitFrame): Term {
  checkProcessLimit(p, limitFrame);
  const arr = listToArray(opts) ?? [];
  const link = arr.includes(Atom.of('link'));
  const mon = arr.includes(Atom.of('monitor'));
  const q = p.vm.spawn(e.fn, e.args, p, { link, initialCall: e.mfa, traceArgs: e.traceArgs, traceFun: e.traceFun });
  if (mon) return [q.pid, monitorProcess(p, q, q.pid)] as Term;
  return q.pid;
}

function demonitor(p: P, ref: Term, flush: boolean): Term {
  if (!(ref instanceof Ref)) throw bad('demonitor', [ref], 1, 'not a reference');
  const key = refKey(ref);
  const m = p.monitors?.get(key);
  if (m === undefined) {
    if (flush) flushDown(p, ref);
    return A.false;
  }
  p.monitors!.delete(key);
  const target = m[1];
  if (target instanceof Pid) {
    const q = p.vm.proc(target);
    q?.monitoredBy?.delete(key);
    if (q === undefined && target.node !== p.vm.nodeName) p.vm.dist?.demonitor(p, target, ref);
  } else if (p.vm.dist !== null) p.vm.dist.demonitor(p, target, ref);
  // A local monitor still active has sent no DOWN: erts flushes nothing
  // then (a message shaped like one stays), and the mailbox is not walked.
  if (flush && !(target instanceof Pid && target.node === p.vm.nodeName)) flushDown(p, ref);
  return A.true;
}

function flushDown(p: P, ref: Ref): void {
  // erlang.erl's flush: receive {_, Ref, _, _, _} -> ok after 0 -> ok end.
  if (p.mbox.size === 0) return;
  const key = refKey(ref);
  p.mbox.removeFirst((m) => Array.isArray(m) && m.length === 5 && m[1] instanceof Ref && refKey(m[1]) === key);
}

/** A node that is not alive knows no other; distribution replaces nodes/0,1 when it comes alive. */
function nodesList(_p: P, _which: Term): Term {
  return NIL;
}

function statistics(p: P, what: Term): Term {
  const name = what instanceof Atom ? what.name : '';
  switch (name) {
    case 'runtime':
    case 'wall_clock': {
      const ms = name === 'runtime' ? Math.round(process.cpuUsage().user / 1000) : Date.now() - p.vm.startTime;
      const key = name === 'runtime' ? 'lastRuntime' : 'lastWallClock';
      const last = p.vm.ext[key] ?? 0;
      p.vm.ext[key] = ms;
      return [ms, ms - last];
    }
    case 'reductions': {
      let total = 0;
      for (const q of p.vm.processes.values()) total += q.reductionsDone;
      return [total, 0];
    }
    case 'run_queue':
      return p.vm.scheduler.queued;
    case 'process_count':
      return p.vm.processes.size;
    default:
      throw bad('statistics', [what], 1, 'invalid statistics item');
  }
}

function systemInfo(p: P, what: Term): Term {
  const name = what instanceof Atom ? what.name : '';
  const s = (x: string) => list([...x].map((c) => c.charCodeAt(0)));
  switch (name) {
    case 'otp_release':
      return s('25');
    case 'version':
      return s('13.1.5');
    case 'process_count':
      return p.vm.processes.size;
    case 'process_limit':
      return PROCESS_LIMIT;
    case 'atom_count':
      return Atom.count();
    case 'atom_limit':
      return 1048576;
    case 'schedulers':
    case 'schedulers_online':
    case 'logical_processors':
      return 1;
    case 'wordsize':
      return 8;
    case 'machine':
      return s('BEAM');
    case 'system_architecture':
      return s(`${process.arch}-pc-linux-gnu`);
    case 'smp_support':
    case 'threads':
      return A.true;
    case 'thread_pool_size':
      return 1;
    case 'port_count':
      return 0;
    case 'system_version':
      return s('Erlang/OTP 25 [erts-13.1.5] [source] [64-bit] [smp:1:1] [ds:1:1:10] [async-threads:1]\n');
    default:
      return A.undefined;
  }
}

/** erlang:memory/0 figures from the JS heap: rough but honest shares. */
function memory(p: P): [string, number][] {
  const mu = process.memoryUsage();
  // Measured: 100k idle processes (blocked in receive) add about 1.4 KB each to the RSS.
  const procs = p.vm.processes.size * 1400;
  const total = mu.rss;
  return [
    ['total', total],
    ['processes', procs],
    ['processes_used', procs],
    ['system', Math.max(0, total - procs)],
    ['atom', Atom.count() * 40],
    ['atom_used', Atom.count() * 40],
    ['binary', mu.arrayBuffers],
    ['code', mu.heapUsed >> 2],
    ['ets', 0],
  ];
}

function funInfo(fun: Term, item: Term): Term {
  const name = item instanceof Atom ? item.name : '';
  if (fun instanceof Fun) {
    const c = fun.code;
    switch (name) {
      case 'module':
        return [item, c.module];
      case 'name':
        return [item, Atom.of(c.name)];
      case 'arity':
        return [item, c.arity];
      case 'env':
        return [item, list([...fun.env])];
      case 'type':
        return [item, Atom.of('local')];
      case 'pid':
        return [item, fun.pid ?? A.undefined];
      case 'index':
        return [item, c.index];
      case 'uniq':
        return [item, c.uniq];
      case 'new_index':
        return [item, c.index];
      case 'new_uniq':
        return [item, c.uniq];
    }
  } else if (fun instanceof ExportFun) {
    switch (name) {
      case 'module':
        return [item, fun.module];
      case 'name':
        return [item, fun.name];
      case 'arity':
        return [item, fun.arity];
      case 'env':
        return [item, NIL];
      case 'type':
        return [item, Atom.of('external')];
    }
  }
  throw bad('fun_info', [fun, item], 1);
}

void ErlFloat;
void ErlMap;

/** erlang:'+'/2 and the other operators, for apply/3 and fun erlang:'+'/2. */
function operatorNatives(): Record<string, (p: P, ...a: Term[]) => Term> {
  const r = rtOf;
  const T = (b: boolean): Term => bool(b);
  return {
    '+/2': (p, a, b) => r(p).add(a, b),
    '-/2': (p, a, b) => r(p).sub(a, b),
    '*/2': (p, a, b) => r(p).mul(a, b),
    '//2': (p, a, b) => r(p).div(a, b),
    'div/2': (p, a, b) => r(p).intDiv(a, b),
    'rem/2': (p, a, b) => r(p).rem(a, b),
    'band/2': (p, a, b) => r(p).band(a, b),
    'bor/2': (p, a, b) => r(p).bor(a, b),
    'bxor/2': (p, a, b) => r(p).bxor(a, b),
    'bsl/2': (p, a, b) => r(p).bsl(a, b),
    'bsr/2': (p, a, b) => r(p).bsr(a, b),
    '-/1': (p, a) => r(p).neg(a),
    '+/1': (p, a) => r(p).plus(a),
    'bnot/1': (p, a) => r(p).bnot(a),
    'not/1': (p, a) => r(p).not(a),
    'and/2': (p, a, b) => r(p).and(a, b),
    'or/2': (p, a, b) => r(p).or(a, b),
    'xor/2': (p, a, b) => r(p).xor(a, b),
    '==/2': (_p, a, b) => T(eqLoose(a, b)),
    '/=/2': (_p, a, b) => T(!eqLoose(a, b)),
    '=:=/2': (_p, a, b) => T(eqExact(a, b)),
    '=/=/2': (_p, a, b) => T(!eqExact(a, b)),
    '</2': (_p, a, b) => T(compare(a, b) < 0),
    '>/2': (_p, a, b) => T(compare(a, b) > 0),
    '=</2': (_p, a, b) => T(compare(a, b) <= 0),
    '>=/2': (_p, a, b) => T(compare(a, b) >= 0),
    '++/2': (p, a, b) => r(p).append(a, b),
    '--/2': (p, a, b) => r(p).subtract(a, b),
    '!/2': (p, a, b) => p.vm.send(p, a, b),
  };
}

type OpRuntime = Record<
  'add' | 'sub' | 'mul' | 'div' | 'intDiv' | 'rem' | 'band' | 'bor' | 'bxor' | 'bsl' | 'bsr' | 'and' | 'or' | 'xor' | 'append' | 'subtract',
  (a: Term, b: Term) => Term
> &
  Record<'neg' | 'plus' | 'bnot' | 'not', (a: Term) => Term>;
function rtOf(p: P): OpRuntime {
  return p.vm.rt as OpRuntime;
}

Object.assign(f, operatorNatives());

export const erlangNatives: NativeModule = {
  name: 'erlang',
  functions: f as unknown as Record<string, NativeFn>,
};

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** Logs an error report with this text under the logger's header (set by the cli). */
    errorLog?: (text: string) => void;
  }
}
