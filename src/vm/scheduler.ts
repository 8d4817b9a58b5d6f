// Runs processes: one at a time, each for a budget of reductions (function
// calls), like a BEAM scheduler. Between slices of work it yields to Node's
// event loop so timers, sockets and the terminal stay live.

import type { ErlException } from '../terms/exception.js';
import { KillSelf, SUSPEND, newSegment, noteFrame, type CompiledFn, type Segment } from './frames.js';
import { Status, type Process } from './process.js';
import { NOMSG } from './mailbox.js';
import { running } from './stacktrace/callers.js';
import { toErlException } from './errors.js';
import type { TraceEvent } from './trace.js';
import { tracedSlice, tracedSuspension } from './call_trace.js';
import { sliceReductions } from './slice_budget.js';

/** Reductions per slice: BEAM's 4000, or fewer when the JS stack is small (slice_budget.ts). */
export const REDUCTIONS = sliceReductions();
/**
 * The longest used-up segment kept as the next unwind buffer: a parked
 * process's few records, not the thousands of a deep recursion moved to
 * the heap (cutting those back would cost a pop a slot, for nothing).
 */
const SPARE_MAX = 64;
/** How long one turn of the event loop may run Erlang code, in ms. */
const TURN_MS = 8;

export interface SchedulerHost {
  /** The trace hook: null when nobody listens (the common case costs one check). */
  readonly tracer: ((ev: TraceEvent) => void) | null;
  /** Whether the tracer wants time slices (in/out) too. */
  readonly traceScheduling: boolean;
  /** Called when a process's code finished (normal) or failed. */
  processDone(p: Process, exc: ErlException | null): void;
  /** An exit signal delivered earlier must take effect now. */
  applyPendingExit(p: Process): void;
}

/** Called after every turn of the run queue (heap_watch.ts checks the heap there). */
let turnEnded: () => void = () => {};
export function onTurnEnd(fn: () => void): void {
  turnEnded = fn;
}

/** n slots, all undefined (an array of any values from the start, see newSegment). */
function emptyRing(n: number): (Process | undefined)[] {
  const ring: (Process | undefined)[] = [];
  for (let i = 0; i < n; i++) ring.push(undefined);
  return ring;
}

export class Scheduler {
  /**
   * The run queue: a ring of slots, head to tail (mask: its size - 1, a
   * power of two). A ring, where an array pushed at one end and read from
   * the other grew and was copied as processes woke one after another.
   */
  private ring: (Process | undefined)[] = emptyRing(256);
  private head = 0;
  private tail = 0;
  private mask = 255;
  private pending = false;
  current: Process | null = null;
  /** The unwind buffer the running process pushes frames into; it becomes a stack segment when used. */
  unwBuffer = newSegment();
  /** A segment whose frames have all resumed, kept for the next unwind buffer (see execute). */
  private spare: Segment | null = null;

  constructor(private readonly host: SchedulerHost) {}

  enqueue(p: Process): void {
    this.put(p);
    this.kick();
  }

  private put(p: Process): void {
    this.ring[this.tail] = p;
    this.tail = (this.tail + 1) & this.mask;
    if (this.tail === this.head) this.grow();
  }

  /** The ring is full (tail caught up with head): twice the slots, in order from 0. */
  private grow(): void {
    const old = this.ring;
    const n = old.length;
    const ring = emptyRing(n * 2);
    for (let i = 0; i < n; i++) ring[i] = old[(this.head + i) & this.mask];
    this.ring = ring;
    this.head = 0;
    this.tail = n;
    this.mask = n * 2 - 1;
  }

  get queued(): number {
    return (this.tail - this.head) & this.mask;
  }

  kick(): void {
    if (!this.pending) {
      this.pending = true;
      setImmediate(this.turn);
    }
  }

  /**
   * Runs `fn` once the current turn (or, outside one, the next) has run its
   * processes: output a turn produces (distribution frames) then leaves in
   * one piece, after every process that had work has done it.
   */
  afterTurn(fn: () => void): void {
    this.afterTurnFns.push(fn);
    if (!this.inTurn) this.kick();
  }

  private afterTurnFns: (() => void)[] = [];
  private inTurn = false;

  private readonly turn = (): void => {
    this.pending = false;
    this.inTurn = true;
    try {
      this.runQueue();
    } finally {
      this.inTurn = false;
      const fns = this.afterTurnFns;
      if (fns.length > 0) {
        this.afterTurnFns = [];
        for (const fn of fns) {
          try {
            fn();
          } catch {
            // one failing hook must not keep the others from running
          }
        }
      }
    }
  };

  private runQueue(): void {
    const deadline = performance.now() + TURN_MS;
    let n = 0;
    while (this.head !== this.tail) {
      const ring = this.ring;
      const p = ring[this.head]!;
      ring[this.head] = undefined;
      this.head = (this.head + 1) & this.mask;
      if (p.status !== Status.Runnable) continue;
      const tracer = this.host.traceScheduling ? this.host.tracer : null;
      if (tracer !== null) tracer({ kind: 'in', pid: p.pid });
      this.execute(p);
      if (tracer !== null) tracer({ kind: 'out', pid: p.pid });
      if ((++n & 15) === 0 && performance.now() > deadline) break;
    }
    turnEnded();
    if (this.head !== this.tail) this.kick();
  }

  /** Runs p for one slice. */
  execute(p: Process): void {
    if (p.pendingExit !== null) {
      this.host.applyPendingExit(p);
      return;
    }
    if (p.native !== null) return this.executeNative(p);
    p.status = Status.Running;
    this.current = p;
    running.stack = p.stack;
    p.unw = this.unwBuffer;
    p.reds = p.callTrace === null ? REDUCTIONS : tracedSlice(p, REDUCTIONS);
    let val: unknown = p.rv;
    let exc: ErlException | null = null;
    for (;;) {
      try {
        if (p.entry !== null) {
          const { fn, args } = p.entry;
          p.entry = null;
          val = fn(p, ...args);
          if (val === SUSPEND) {
            // A process under local call tracing suspends at every call (call_trace.ts).
            if (p.callTrace === null || !tracedSuspension(this, p)) return this.suspend(p);
            val = undefined;
          }
        }
        const stack = p.stack;
        while (stack.length > 0) {
          const seg = stack[stack.length - 1]!;
          const c = seg[0] as number;
          const fn = seg[c] as CompiledFn;
          const pc = seg[c + 1] as number;
          const next = c + 2 + fn.NS![pc]!;
          // A used-up segment leaves the stack now (the resumed frame still
          // reads its locals from it), so a tail loop's stack stays flat.
          let spent: Segment | null = null;
          if (next >= seg.length) {
            stack.pop();
            spent = seg;
          } else seg[0] = next;
          if (exc !== null) {
            const h = fn.H?.[pc];
            if (h === undefined || h < 0) {
              noteFrame(exc, fn, pc, 0, Number.POSITIVE_INFINITY);
              exc.caughtBy = null;
              continue;
            }
            // The catcher's frame belongs in the trace too, as when it catches on the JS stack.
            noteFrame(exc, fn, pc, 0, Number.POSITIVE_INFINITY);
            exc.caughtBy = fn;
            p.rexc = exc;
            exc = null;
          }
          p.resume = seg;
          p.rb = c + 2;
          p.rv = val;
          val = (fn.S ?? fn)(p);
          // The resumed frame took its locals from the segment on entry:
          // the next suspension's unwind buffer is this array, and a
          // process that parks and wakes again and again allocates none.
          if (spent !== null && spent.length <= SPARE_MAX) {
            // Pops, not `length = 1`: the length setter is a call into V8's
            // runtime, pops of a small record are inline code (and once V8
            // has trimmed the array to what the records need, no pop trims).
            while (spent.length > 1) spent.pop();
            spent[0] = 1;
            this.spare = spent;
          }
          if (val === SUSPEND) {
            if (p.callTrace === null || !tracedSuspension(this, p)) return this.suspend(p);
            val = undefined;
          }
        }
        this.current = null;
        // Nothing runs: an exit reason's stack trace has no catcher's callers to look for.
        running.stack = null;
        p.reductionsDone += REDUCTIONS - p.reds;
        p.rv = val;
        this.host.processDone(p, exc);
        return;
      } catch (e) {
        this.unwBuffer.length = 1;
        if (e instanceof KillSelf) {
          this.current = null;
          p.stack.length = 0;
          p.resume = null;
          p.rexc = null;
          p.pendingExit = e.reason as never;
          this.host.applyPendingExit(p);
          return;
        }
        exc = toErlException(e);
        p.resume = null;
        p.rexc = null;
      }
    }
  }

  /** A scheduled native process's turn: it handles the messages that have arrived. */
  private executeNative(p: Process): void {
    p.status = Status.Running;
    const handler = p.native!;
    for (;;) {
      p.mbox.rewind();
      const msg = p.mbox.take();
      if (msg === NOMSG) break;
      try {
        handler(msg, p);
      } catch {
        // A bug in a native handler loses that one message, never the node.
      }
      // The handler may have ended the process (an exit signal it sent itself).
      if ((p.status as Status) === Status.Exited) return;
    }
    p.status = Status.Waiting;
  }

  private suspend(p: Process): void {
    this.current = null;
    p.reductionsDone += REDUCTIONS - p.reds;
    if (this.unwBuffer.length > 1) {
      p.pushSegment(this.unwBuffer);
      const spare = this.spare;
      if (spare !== null) {
        this.spare = null;
        this.unwBuffer = spare;
      } else this.unwBuffer = newSegment();
      p.unw = this.unwBuffer;
    }
    p.resume = null;
    p.rv = undefined;
    const waiting = p.waiting;
    p.waiting = false;
    if (p.pendingExit !== null) {
      p.status = Status.Runnable;
      this.enqueue(p);
    } else if (waiting && !p.mbox.hasUnseen() && !p.timedOut) {
      p.status = Status.Waiting;
    } else {
      p.status = Status.Runnable;
      this.put(p);
      this.kick();
    }
  }

  /** A waiting process got a message or a timeout. */
  wake(p: Process): void {
    if (p.status === Status.Waiting) {
      p.status = Status.Runnable;
      this.enqueue(p);
    }
  }
}
