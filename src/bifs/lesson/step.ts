// Step-through delivery and message faults, for teaching: hold the messages
// sent to chosen processes before they reach the mailbox, then release
// them one at a time (erlts_lesson:hold/1, step/0, held/0, release/0); drop
// the next message to a process (drop_next/1); kill a process with a
// chosen reason (kill/2). Every action passes the VM's trace point, so the
// live view draws it where it happened.
import { A, Atom, Pid, list, type Term } from '../../terms/types.js';
import { badarg } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import type { VM } from '../../vm/vm.js';

interface Held {
  p: Process;
  msg: Term;
}

interface StepState {
  /** Pid ids whose messages are held, or 'all' for every process of the user's. */
  holding: Set<number> | 'all';
  held: Held[];
  dropNext: Set<number>;
}

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** Step-through delivery: what is held, for whom, and the drops to come. */
    lessonStep?: StepState;
  }
}

/** Processes that keep the node and its io running: never held, or the shell would stop answering. */
const SYSTEM_NAMES = new Set([
  'user',
  'standard_error',
  'init',
  'code_server',
  'erl_prim_loader',
  'net_kernel',
  'rex',
  'global_name_server',
  'logger',
  'logger_proxy',
  'erl_epmd',
  'auth',
  'application_controller',
  'kernel_sup',
  'erlts_connect_all',
]);

const ALL = Atom.of('all');
const IO_REQUEST = Atom.of('io_request');
const IO_REPLY = Atom.of('io_reply');

function state(vm: VM): StepState {
  return (vm.ext.lessonStep ??= { holding: new Set(), held: [], dropNext: new Set() });
}

/** Whether `msg` to `p` is one the lesson tools may hold: not the node's plumbing, not io. */
function holdable(p: Process, msg: Term): boolean {
  if (p.native !== null) return false;
  if (p.registeredName !== null && SYSTEM_NAMES.has(p.registeredName.name)) return false;
  if (Array.isArray(msg) && (msg[0] === IO_REQUEST || msg[0] === IO_REPLY)) return false;
  return true;
}

function intercept(vm: VM, s: StepState): (p: Process, msg: Term) => boolean {
  return (p, msg) => {
    if (!holdable(p, msg)) return false;
    if (s.dropNext.delete(p.pid.id)) {
      if (vm.tracer !== null) vm.trace({ kind: 'dropped', pid: p.pid, msg });
      update(vm, s);
      return true;
    }
    if (s.holding !== 'all' && !s.holding.has(p.pid.id)) return false;
    s.held.push({ p, msg });
    if (vm.tracer !== null) vm.trace({ kind: 'held', pid: p.pid, msg });
    return true;
  };
}

/** The interceptor is set only while something is held or to be dropped. */
function update(vm: VM, s: StepState): void {
  const active = s.holding === 'all' || s.holding.size > 0 || s.held.length > 0 || s.dropNext.size > 0;
  vm.interceptor = active ? intercept(vm, s) : null;
}

/** A local process named by a pid or a registered name. */
function target(vm: VM, t: Term): Process {
  const p = t instanceof Pid ? vm.proc(t) : t instanceof Atom ? vm.whereis(t) : undefined;
  if (p === undefined) throw badarg(1);
  return p;
}

function release(vm: VM, h: Held): void {
  if (vm.tracer !== null) {
    vm.trace({ kind: 'released', pid: h.p.pid, msg: h.msg });
    // The view says which receive clause takes it, or that none does.
    vm.watchReceive(h.p, h.msg);
  }
  vm.deliverNow(h.p, h.msg);
}

/** Holds the messages sent to `who` (a local process, or 'all' of the user's) from now on. */
export function holdMessages(vm: VM, who: Process | 'all'): void {
  const s = state(vm);
  if (who === 'all') s.holding = 'all';
  else if (s.holding !== 'all') s.holding.add(who.pid.id);
  update(vm, s);
}

/** Releases the oldest held message into its mailbox; what was released, or null when nothing was held. */
export function stepOne(vm: VM): [Pid, Term] | null {
  const s = state(vm);
  const h = s.held.shift();
  if (h === undefined) return null;
  release(vm, h);
  update(vm, s);
  return [h.p.pid, h.msg];
}

/** The messages held now, oldest first. */
export function heldMessages(vm: VM): [Pid, Term][] {
  return state(vm).held.map((h) => [h.p.pid, h.msg]);
}

/** Stops holding, and releases every held message in order; how many. */
export function releaseAll(vm: VM): number {
  const s = state(vm);
  const all = s.held;
  s.held = [];
  s.holding = new Set();
  update(vm, s);
  for (const h of all) release(vm, h);
  return all.length;
}

/** The next message to `who` is dropped on its way. */
export function dropNext(vm: VM, who: Process): void {
  const s = state(vm);
  s.dropNext.add(who.pid.id);
  update(vm, s);
}

/** Kills `who` with `reason`, as exit(Who, Reason) from `from` would, drawn as a fault. */
export function killWith(vm: VM, from: Pid, who: Pid, reason: Term): void {
  if (vm.tracer !== null) vm.trace({ kind: 'fault', what: 'kill', node: null, pid: who, detail: reason });
  vm.exitSignal(from, who, reason, false);
}

type P = { vm: VM; pid: Pid };

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'hold/1': (p, what) => {
    holdMessages(p.vm, what === ALL ? 'all' : target(p.vm, what));
    return A.ok;
  },
  'step/0': (p) => {
    const r = stepOne(p.vm);
    return r === null ? Atom.of('none') : [Atom.of('released'), r[0], r[1]];
  },
  'held/0': (p) => list(heldMessages(p.vm) as Term[]),
  'release/0': (p) => releaseAll(p.vm),
  'drop_next/1': (p, what) => {
    dropNext(p.vm, target(p.vm, what));
    return A.ok;
  },
  'kill/2': (p, who, reason) => {
    if (!(who instanceof Pid)) throw badarg(1);
    killWith(p.vm, p.pid, who, reason);
    return A.true;
  },
};

export const lessonStepNatives: NativeModule = { name: 'erlts_lesson', functions: f as unknown as Record<string, NativeFn> };
