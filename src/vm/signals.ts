// Process exit and the signals it sends: exits through links, 'DOWN'
// messages to monitors, and exit signals arriving at a process, with
// BEAM's rules for `normal`, `kill` and trap_exit.

import { A, Atom, type Pid, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import { Status, type Process } from './process.js';
import { pidKey, type VM } from './vm.js';
import { exitReasonOf } from './stacktrace/stacktrace.js';

/** A process's code ended: normally (exc null) or with an uncaught exception. */
export function processDone(vm: VM, p: Process, exc: ErlException | null): void {
  if (exc === null) {
    terminate(vm, p, p.exitsWithValue ? (p.rv as Term) : A.normal);
    return;
  }
  const reason = exitReasonOf(exc);
  if (exc.cls !== 'exit') {
    vm.ext.crashReport?.(p, reason);
  }
  terminate(vm, p, reason);
}

export function terminate(vm: VM, p: Process, reason: Term): void {
  if (p.status === Status.Exited) return;
  p.status = Status.Exited;
  p.exitReason = reason;
  p.stack.length = 0;
  p.entry = null;
  if (p.timer !== null) {
    clearTimeout(p.timer);
    p.timer = null;
  }
  const name = p.registeredName;
  if (name !== null) {
    vm.registry.delete(name);
    p.registeredName = null;
  }
  vm.processes.delete(p.pid.id);
  p.pid.proc = undefined;
  if (vm.recvWatch !== null) vm.unwatchReceive(p);
  if (vm.tracer !== null) vm.trace(name !== null ? { kind: 'exit', pid: p.pid, reason, name } : { kind: 'exit', pid: p.pid, reason });
  const hooks = vm.ext.exitHooks;
  if (hooks !== undefined) for (const h of hooks) h(p, reason);
  if (p.links !== null) {
    const links = [...p.links.values()];
    p.links = null;
    for (const other of links) vm.exitSignal(p.pid, other, reason, true);
  }
  if (p.monitoredBy !== null) {
    const mons = [...p.monitoredBy.entries()];
    p.monitoredBy = null;
    for (const [key, [ref, watcher, tag]] of mons) {
      // The watcher's monitor ends with the DOWN: demonitor then answers
      // false (and flushes), process_info(monitors) no longer lists it.
      vm.proc(watcher)?.monitors?.delete(key);
      const target: Term = p.registeredName ?? p.pid;
      vm.sendPid(p, watcher, [A.DOWN, ref, A.process, tag ?? target, reason]);
    }
  }
  if (p.monitors !== null) {
    for (const [key, [, target]] of p.monitors) {
      if (Array.isArray(target)) continue;
      const q = vm.proc(target as Pid);
      q?.monitoredBy?.delete(key);
    }
    p.monitors = null;
  }
  p.mbox.clear();
  p.dict = null;
}

/** An exit signal from `from` reaches the local process p. */
export function deliverExitSignal(vm: VM, p: Process, from: Pid, reason: Term, viaLink: boolean): void {
  if (p.status === Status.Exited) return;
  if (viaLink) {
    if (p.links === null || !p.links.has(pidKey(from))) return;
    p.links.delete(pidKey(from));
  }
  let kill: Term | null = null;
  if (reason === A.kill && !viaLink) kill = A.killed;
  else if (p.trapExit) {
    const msg: Term = [A.EXIT, from, reason];
    vm.trace({ kind: 'send', from, to: p.pid, msg });
    vm.deliver(p, msg);
    return;
  } else if (reason === A.normal) {
    if (viaLink || from.id !== p.pid.id || from.node !== p.pid.node) return;
    kill = A.normal;
  } else kill = reason;
  if (p.native !== null) {
    terminate(vm, p, kill);
    return;
  }
  if (vm.current === p) vm.killSelf(kill);
  p.pendingExit = kill;
  if (p.status === Status.Waiting) {
    p.status = Status.Runnable;
    vm.scheduler.enqueue(p);
  }
}

export function applyPendingExit(vm: VM, p: Process): void {
  const reason = p.pendingExit ?? A.killed;
  p.pendingExit = null;
  terminate(vm, p, reason);
}

export { Atom };
