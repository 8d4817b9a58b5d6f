// One Erlang process: the state the scheduler and the BIFs work on. Kept
// small (a few fields, no per-process closures) because a node may hold
// hundreds of thousands of them.

import type { Atom, Pid, Ref, Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import { Mailbox } from './mailbox.js';
import type { CompiledFn, FrameStack, Segment } from './frames.js';
import type { VM } from './vm.js';
import type { CallTraceSlot } from './call_trace.js';
import type { RefTable } from './ref_table.js';

export enum Status {
  Runnable,
  Running,
  Waiting,
  Exited,
}

/**
 * The empty heap stack every process starts with, shared: a process that
 * never suspends needs none, and the first suspension makes a one-segment
 * array (a push onto an empty array of its own would reserve 17 slots).
 * Never pushed onto.
 */
export const NO_FRAMES: FrameStack = [];

/** Until spawn says otherwise (one shared array: processes are many). */
const APPLY_2: [string, string, number] = ['erlang', 'apply', 2];

/** A native process handles each message synchronously in JS (io servers, net_kernel). */
export type NativeHandler = (msg: Term, self: Process) => void;

/**
 * The process is its own mailbox (the queue's fields are its first ones):
 * a message's delivery and the receive that takes it touch one object.
 * Fields the scheduler, the send path and compiled code use on every
 * message come first, the rest after, so that they share cache lines: a
 * ring of ten thousand processes visits each about once per lap.
 */
export class Process extends Mailbox {
  // ---- execution state read by compiled code ----
  /** The segment holding the frame record being resumed (its locals start at rb). */
  resume: Segment | null = null;
  rb = 0;
  rv: unknown = undefined;
  rexc: ErlException | null = null;
  reds = 0;
  /** Where frames go while suspending: the scheduler's one buffer (one process runs at a time). */
  unw: Segment;
  /** Set by a receive that suspends for want of a message. */
  waiting = false;

  status: Status = Status.Runnable;
  /** Its heap stack; NO_FRAMES until it first suspends (the scheduler then gives it an array of its own). */
  stack: FrameStack = NO_FRAMES;
  /** Set when an exit signal must kill the process the next time it is scheduled. */
  pendingExit: Term | null = null;
  native: NativeHandler | null = null;
  /** A native process whose messages wait in its mailbox for its turn (VM.spawnNative). */
  nativeScheduled = false;
  /** Receive timeout bookkeeping. */
  timer: ReturnType<typeof setTimeout> | null = null;
  timedOut = false;
  reductionsDone = 0;
  entry: { fn: CompiledFn; args: unknown[] } | null = null;
  /** Local call tracing of this process (call_trace.ts); null: not traced, the common case. */
  callTrace: CallTraceSlot | null = null;
  /**
   * The value its bottom function returns is its exit reason, as if that
   * function ended with exit/1 (a peer's erpc call: see runSpawned in
   * src/distribution/incoming.ts), without a JS throw through its frames.
   */
  exitsWithValue = false;

  // ---- the rest ----
  trapExit = false;
  groupLeader: Pid;
  registeredName: Atom | null = null;
  /** Linked pids by key. */
  links: Map<string, Pid> | null = null;
  /** Monitors this process holds: ref key -> [ref, target]. */
  monitors: RefTable<[Ref, Pid | [Atom, Atom]]> | null = null;
  /** Monitors on this process: ref key -> [ref, watcher]. */
  monitoredBy: RefTable<[Ref, Pid, Term]> | null = null;
  dict: Map<unknown, [Term, Term]> | null = null;
  initialCall: [string, string, number] = APPLY_2;
  exitReason: Term | null = null;
  /** Anything a subsystem keeps about this process (the shell, ETS ownership). */
  ext: Record<string, unknown> | null = null;

  constructor(
    readonly vm: VM,
    readonly pid: Pid,
    groupLeader: Pid,
  ) {
    super();
    this.groupLeader = groupLeader;
    this.unw = vm.scheduler.unwBuffer;
  }

  /** Puts a segment on the heap stack (never push onto p.stack directly: it may be NO_FRAMES). */
  pushSegment(seg: Segment): void {
    if (this.stack === NO_FRAMES) this.stack = [seg];
    else this.stack.push(seg);
  }

  /** The mailbox (compiled receives read `p.mbox`): the process itself. */
  get mbox(): Mailbox {
    return this;
  }

  get alive(): boolean {
    return this.status !== Status.Exited;
  }
}
