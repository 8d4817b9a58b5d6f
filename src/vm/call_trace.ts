// Local call tracing (erlang:trace_pattern/3 with [local], dbg:tpl): every
// call of a traced function by a process with the call flag, local calls
// and self tail calls included, without touching generated code and at no
// cost to processes that are not traced.
//
// Compiled functions start with `if (--p.reds < 0) { push frame at pc 0;
// return SUSPEND; }` (`(p.reds -= N) < 0` for a large JS frame, see
// fn_builder.ts frameUnits), and a self tail call jumps back with
// `pc = 0; if (--p.reds < 0) break L;`: either way the frame record saved at
// pc 0 holds the function and all its arguments (fn_builder.ts keeps every
// argument in it). A traced process runs with no reductions left, so every
// function entry suspends; the scheduler hands each suspension to
// `tracedSuspension`, which reads the call from that record, emits the trace
// message when a pattern takes it, and lets the process go on at once. Its
// real time slice is counted here instead (`budget`), so it is preempted as
// often as any process. The one other reduction check, at the top of an
// inline comprehension's loop, runs again when its frame resumes: the
// process resumes there with one reduction, for that check to pass.
//
// With return_trace or exception_trace, a record of `returnFrame` goes in
// under the callee's: as on BEAM, it receives the value (or the exception)
// the call ends with, so a tail call does not replace it and a traced
// tail-recursive loop grows its stack. Comprehensions, which BEAM runs as
// functions of their own ('-f/1-lc$^0/1-0-'), run inline here and are not
// traced.

import { A, Atom, Fun, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import { SUSPEND, newSegment, recordLength, type CompiledFn, type Segment } from './frames.js';
import type { Process } from './process.js';

/** What a pattern's match spec does with a call it takes. */
export interface CallAction {
  /** Emit the call message ({message, false} leaves it out). */
  message: boolean;
  /** {message, {caller}}: name the calling function in it. */
  caller: boolean;
  returns: boolean;
  exceptions: boolean;
}

/** A function under a local trace pattern: its identity and the test its match spec makes. */
export interface LocalPattern {
  mfa: [string, string, number];
  /** A fun's code: it takes the fun itself last, whose captured values BEAM passes after the arguments. */
  fun: boolean;
  /** The action for these arguments, or null: this call is not traced. */
  match(p: Process, args: Term[]): CallAction | null;
}

/** Per traced process: the reductions of its time slice, counted here while the VM's stay at zero. */
export interface CallTraceSlot {
  budget: number;
  /**
   * The reductions p resumes with: 0 after a function entry, 1 after a
   * reduction check inside a function (a comprehension's loop), which runs
   * again when its frame resumes and must pass once.
   */
  resumeReds: number;
  /** A trace message went out since the last suspension: give the tracer its turn. */
  emitted: boolean;
}

declare module './extensions.js' {
  interface VmExtensions {
    /** The functions under local trace patterns (bifs/erlang/trace.ts keeps it). */
    localCalls?: Map<CompiledFn, LocalPattern>;
  }
}

/** The interface the scheduler gives: its unwind buffer, which becomes a stack segment when used. */
export interface UnwindOwner {
  unwBuffer: Segment;
}

/** Reductions in one time slice (scheduler.ts's REDUCTIONS). */
let sliceReductions = 4000;

/** Starts or stops local call tracing of p; a running process takes effect at its next call. */
export function setCallTraced(p: Process, on: boolean): void {
  if (!on) {
    p.callTrace = null;
    return;
  }
  if (p.callTrace !== null) return;
  p.callTrace = { budget: sliceReductions, resumeReds: 0, emitted: false };
  p.reds = 0;
}

/** The reductions a traced process starts its slice with: none, so that every call comes here. */
export function tracedSlice(p: Process, reductions: number): number {
  sliceReductions = reductions;
  const slot = p.callTrace!;
  slot.budget = reductions;
  return slot.resumeReds;
}

/**
 * p, traced, returned SUSPEND: true when that was only a function entry
 * (traced if a pattern takes it) or a reduction check and p goes on now,
 * its frames moved from the unwind buffer to its stack; false when it
 * really suspends (a receive, its slice used up, a trace line out).
 */
export function tracedSuspension(owner: UnwindOwner, p: Process): boolean {
  const slot = p.callTrace!;
  if (p.waiting || p.pendingExit !== null) {
    slot.resumeReds = 0;
    return false;
  }
  const seg = owner.unwBuffer;
  const entry = seg.length > 2 && seg[2] === 0;
  if (entry) entered(p, seg);
  slot.resumeReds = entry ? 0 : 1;
  // After a trace message the process yields, as if the tracer ran beside
  // it as on BEAM's other schedulers: its lines come out as it goes, not
  // after the output of what it does next.
  if (--slot.budget <= 0 || slot.emitted) {
    slot.emitted = false;
    // Preempted: the VM's count says how much of the slice was used.
    p.reds = slot.budget;
    return false;
  }
  p.pushSegment(seg);
  owner.unwBuffer = newSegment();
  p.unw = owner.unwBuffer;
  p.reds = slot.resumeReds;
  return true;
}

/** A trace message about p went out: a process run for call tracing yields at its next call. */
export function traceLineOut(p: Process): void {
  if (p.callTrace !== null) p.callTrace.emitted = true;
}

/** The innermost record of seg is a function just entered: trace the call if a pattern takes it. */
function entered(p: Process, seg: Segment): void {
  const fn = seg[1] as CompiledFn;
  const pattern = p.vm.ext.localCalls?.get(fn);
  if (pattern === undefined) return;
  const args = callArgs(fn, seg, pattern);
  if (args === null) return;
  const action = pattern.match(p, args);
  if (action === null) return;
  const vm = p.vm;
  const [m, f] = pattern.mfa;
  if (action.message) {
    p.callTrace!.emitted = true;
    if (action.caller) vm.trace({ kind: 'call', pid: p.pid, mfa: [m, f], args, caller: callerOf(p, seg) });
    else vm.trace({ kind: 'call', pid: p.pid, mfa: [m, f], args });
  }
  if (action.returns) {
    const at = 1 + recordLength(seg, 1);
    seg.splice(at, 0, returnFrame, 0, { mfa: pattern.mfa, exceptions: action.exceptions } satisfies ReturnInfo);
  }
}

/** The arguments of the call whose entry record starts seg: the function's own, then a fun's captured values, as BEAM's arity counts them. */
function callArgs(fn: CompiledFn, seg: Segment, pattern: LocalPattern): Term[] | null {
  const own = fn.length - 1;
  if (own > (fn.NS?.[0] ?? 0)) return null;
  const args = seg.slice(3, 3 + own) as Term[];
  if (pattern.fun) {
    const self = args.pop();
    if (!(self instanceof Fun)) return null;
    args.push(...self.env);
  }
  return args.length === pattern.mfa[2] ? args : null;
}

/** {M, F, A} of the function the call returns to (its return frames skipped), or undefined. */
function callerOf(p: Process, seg: Segment): Term {
  const find = (s: Segment, from: number): Term | null => {
    for (let c = from; c < s.length; c += recordLength(s, c)) {
      const fn = s[c] as CompiledFn;
      if (fn.mfa !== undefined && fn.INL !== true) return [Atom.of(fn.mfa[0]), Atom.of(fn.mfa[1]), fn.mfa[2]];
    }
    return null;
  };
  const here = find(seg, 1 + recordLength(seg, 1));
  if (here !== null) return here;
  for (let k = p.stack.length - 1; k >= 0; k--) {
    const s = p.stack[k]!;
    const found = find(s, s[0] as number);
    if (found !== null) return found;
  }
  return A.undefined;
}

interface ReturnInfo {
  mfa: [string, string, number];
  exceptions: boolean;
}

/**
 * The record under a traced call's frame: resumed with the call's value, or,
 * as a handler (H[0] = 1), with the exception leaving it, which it passes on.
 * It has no mfa, so stack traces do not show it.
 */
const returnFrame = ((p: Process) => {
  const info = (p.resume as Segment)[p.rb] as ReturnInfo;
  p.resume = null;
  const vm = p.vm;
  const exc = p.rexc;
  if (exc !== null) {
    p.rexc = null;
    // Not a catch after all: the frames below see the exception as if it had passed.
    exc.caughtBy = null;
    if (!info.exceptions) throw exc as ErlException;
    vm.trace({ kind: 'exception_from', pid: p.pid, mfa: info.mfa, cls: Atom.of(exc.cls), reason: exc.reason });
    return yieldThen(p, exc, true);
  }
  vm.trace({ kind: 'return_from', pid: p.pid, mfa: info.mfa, value: p.rv as Term });
  return yieldThen(p, p.rv, false);
}) as CompiledFn;
returnFrame.H = [1];
returnFrame.L = [0];
returnFrame.NS = [1];

/**
 * After a return or exception line of a process run for call tracing: it
 * suspends, for the tracer's turn (see tracedSuspension), then goes on with
 * the value or the exception. Other processes go on at once.
 */
function yieldThen(p: Process, what: unknown, failed: boolean): unknown {
  if (p.callTrace === null) {
    if (failed) throw what;
    return what;
  }
  p.callTrace.emitted = true;
  p.unw.push(resumeFrame, 0, { what, failed });
  return SUSPEND;
}

const resumeFrame = ((p: Process) => {
  const r = (p.resume as Segment)[p.rb] as { what: unknown; failed: boolean };
  p.resume = null;
  if (r.failed) throw r.what;
  return r.what;
}) as CompiledFn;
resumeFrame.H = [-1];
resumeFrame.L = [0];
resumeFrame.NS = [1];

/** A traced call suspended on its way through a global pattern's wrapper: its return (or exception) line comes from this record when it ends. */
export function pushReturnRecord(p: Process, mfa: [string, string, number], exceptions: boolean): void {
  p.unw.push(returnFrame, 0, { mfa, exceptions } satisfies ReturnInfo);
}
