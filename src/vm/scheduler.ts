// Runs processes: one at a time, each for a budget of reductions (function
// calls), like a BEAM scheduler. Between slices of work it yields to Node's
// event loop so timers, sockets and the terminal stay live.

import { ErlException } from '../terms/exception.js';
import { KillSelf, SUSPEND } from './frames.js';
import { Status, type Process } from './process.js';
import { toErlException } from './errors.js';
import type { TraceEvent } from './trace.js';

export const REDUCTIONS = 4000;
/** How long one turn of the event loop may run Erlang code, in ms. */
const TURN_MS = 8;

export interface SchedulerHost {
  /** The trace hook: null when nobody listens (the common case costs one check). */
  readonly tracer: ((ev: TraceEvent) => void) | null;
  /** Called when a process's code finished (normal) or failed. */
  processDone(p: Process, exc: ErlException | null): void;
  /** An exit signal delivered earlier must take effect now. */
  applyPendingExit(p: Process): void;
}

export class Scheduler {
  private queue: Process[] = [];
  private qHead = 0;
  private pending = false;
  current: Process | null = null;

  constructor(private readonly host: SchedulerHost) {}

  enqueue(p: Process): void {
    this.queue.push(p);
    this.kick();
  }

  get queued(): number {
    return this.queue.length - this.qHead;
  }

  kick(): void {
    if (!this.pending) {
      this.pending = true;
      setImmediate(this.turn);
    }
  }

  private readonly turn = (): void => {
    this.pending = false;
    const deadline = performance.now() + TURN_MS;
    let n = 0;
    while (this.qHead < this.queue.length) {
      const p = this.queue[this.qHead++]!;
      if (this.qHead > 1024 && this.qHead * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.qHead);
        this.qHead = 0;
      }
      if (p.status !== Status.Runnable) continue;
      const tracer = this.host.tracer;
      if (tracer !== null) tracer({ kind: 'in', pid: p.pid });
      this.execute(p);
      if (tracer !== null) tracer({ kind: 'out', pid: p.pid });
      if ((++n & 15) === 0 && performance.now() > deadline) break;
    }
    if (this.qHead >= this.queue.length) {
      this.queue.length = 0;
      this.qHead = 0;
    } else this.kick();
  };

  /** Runs p for one slice. */
  execute(p: Process): void {
    if (p.pendingExit !== null) {
      this.host.applyPendingExit(p);
      return;
    }
    p.status = Status.Running;
    this.current = p;
    p.reds = REDUCTIONS;
    p.depth = 0;
    let val: unknown = p.rv;
    let exc: ErlException | null = null;
    for (;;) {
      try {
        if (p.entry !== null) {
          const { fn, args } = p.entry;
          p.entry = null;
          val = fn(p, ...args);
          if (val === SUSPEND) return this.suspend(p);
        }
        const stack = p.stack;
        while (stack.length > 0) {
          const fr = stack.pop()!;
          if (exc !== null) {
            const h = fr.fn.H?.[fr.pc];
            if (h === undefined || h < 0) {
              exc.frames.push(fr.fn);
              exc.pcs.push(fr.pc);
              continue;
            }
            p.rexc = exc;
            exc = null;
          }
          p.resume = fr;
          p.rv = val;
          val = fr.fn(p);
          if (val === SUSPEND) return this.suspend(p);
        }
        this.current = null;
        p.reductionsDone += REDUCTIONS - p.reds;
        p.rv = val;
        this.host.processDone(p, exc);
        return;
      } catch (e) {
        p.unw.length = 0;
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
        p.depth = 0;
      }
    }
  }

  private suspend(p: Process): void {
    this.current = null;
    p.reductionsDone += REDUCTIONS - p.reds;
    const fr = p.unw;
    for (let i = fr.length - 1; i >= 0; i--) p.stack.push(fr[i]!);
    fr.length = 0;
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
      this.queue.push(p);
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

