// A native that needs work done off the scheduler suspends its process
// here, as a receive with nothing to take would, and is called again when
// the work is done; meanwhile other processes, timers and distribution ticks
// go on. (A regular expression that backtracks for a second is the case:
// JavaScript cannot pause a RegExp, so re hands it to a worker thread.)
//
// The process's frame is a record of `waiter` (one local: the wait), so the
// callers' frames unwind and resume exactly as around any suspending call.

import { SUSPEND, type CompiledFn } from './frames.js';
import { Status, type Process } from './process.js';
import type { VM } from './vm.js';

/** Work in progress for a suspended native. */
export interface HostWait {
  done: boolean;
  /** Called in the process once done: the native's answer, or SUSPEND after waiting again. */
  resume: () => unknown;
}

const waiters = new Map<string, CompiledFn>();

/** The frame function of a wait, named for stack traces as the native that waits. */
function waiterFor(mfa: [string, string, number]): CompiledFn {
  const key = mfa.join('/');
  let w = waiters.get(key);
  if (w === undefined) {
    const fn = ((p: Process) => {
      const seg = p.resume!;
      const wait = seg[p.rb] as HostWait;
      p.resume = null;
      return wait.done ? wait.resume() : park(p, wait, fn);
    }) as CompiledFn;
    fn.H = [-1];
    fn.L = [0];
    fn.NS = [1];
    fn.mfa = mfa;
    waiters.set(key, fn);
    w = fn;
  }
  return w;
}

function park(p: Process, wait: HostWait, fn: CompiledFn): unknown {
  p.unw.push(fn, 0, wait);
  // Messages that arrive meanwhile are for a later receive (which starts
  // from the oldest anyway): only the end of the work should wake us.
  while (p.mbox.hasUnseen()) p.mbox.advance();
  p.waiting = true;
  return SUSPEND;
}

/** Suspends p until `finished` is called; then wait.resume() runs in p. Natives return what this returns. */
export function awaitHost(p: Process, mfa: [string, string, number], resume: () => unknown): { result: unknown; finished: () => void } {
  const wait: HostWait = { done: false, resume };
  const result = park(p, wait, waiterFor(mfa));
  const finished = () => {
    wait.done = true;
    if (p.status === Status.Waiting) (p.vm as VM).scheduler.wake(p);
  };
  return { result, finished };
}
