// One Erlang node: its processes, registered names, code, scheduler and the
// hooks the layers above plug into (distribution for remote pids, a tracer
// for the live view, the terminal for output).

import { A, Atom, Pid, Ref, type Term } from '../terms/types.js';
import { ErlException, badarg } from '../terms/exception.js';
import { CodeServer } from './code.js';
import type { CompiledFn } from './frames.js';
import { KillSelf } from './frames.js';
import { Process, Status, type NativeHandler } from './process.js';
import { Scheduler, type SchedulerHost } from './scheduler.js';
import { ProcessTable } from './process_table.js';
import { processDone, deliverExitSignal, applyPendingExit } from './signals.js';
import type { TraceEvent, Tracer } from './trace.js';
import type { VmExtensions } from './extensions.js';

/** What the distribution layer offers the VM; null while not alive. */
export interface DistHooks {
  send(from: Process | null, to: Pid, msg: Term): void;
  sendNamed(from: Process | null, name: Atom, node: Atom, msg: Term): void;
  link(from: Process, to: Pid): void;
  unlink(from: Process, to: Pid): void;
  exitSignal(from: Pid, to: Pid, reason: Term, viaLink: boolean): void;
  monitor(from: Process, target: Pid | [Atom, Atom], ref: Ref): void;
  demonitor(from: Process, target: Pid | [Atom, Atom], ref: Ref): void;
}

export interface SpawnOpts {
  link?: boolean;
  monitor?: boolean;
  groupLeader?: Pid;
  trapExit?: boolean;
  initialCall?: [string, string, number];
  /** The process on another node that asked for this one (spawn_request), for the trace. */
  remoteParent?: Pid;
  /** The arguments of the M:F(Args) call the process runs, for the trace point (spawn's own `args` may be a closure's). */
  traceArgs?: readonly Term[];
  /** The fun the process runs, when spawned from one (erl's spawn trace says erlang:apply(Fun, [])). */
  traceFun?: Term;
}

export class VM implements SchedulerHost {
  nodeName: Atom = A.nonode_nohost;
  creation = 0;
  readonly processes = new ProcessTable();
  readonly registry = new Map<Atom, Process>();
  readonly code: CodeServer;
  readonly scheduler: Scheduler;
  dist: DistHooks | null = null;
  tracer: Tracer | null = null;
  /**
   * The events a message makes on its way cost per message, so the rarer
   * ones are traced only for a tracer that asks: time slices (in/out) and
   * arrival in a mailbox (deliver, for dbg's 'receive' lines).
   */
  traceScheduling = false;
  traceDelivery = false;
  /**
   * Lesson tools (step-through delivery, dropping a message) see each
   * message before the mailbox does; returning true takes it. Null, the
   * usual case, costs one check per delivery.
   */
  interceptor: ((p: Process, msg: Term) => boolean) | null = null;
  /**
   * Messages whose fate the lesson tools want told (a held message just
   * released): the next receive that takes it or passes over it says so
   * through the trace point (runtime.ts, recvTake/recvSkip). Null, the
   * usual case, costs receive one check per message passed over.
   */
  recvWatch: Map<Process, Term> | null = null;
  private nextPid = 80;
  private readonly refBase = newRefBase();
  /** The process that owns stdout: the 'user' io server, set by the io layer. */
  userPid: Pid | null = null;
  /** Called by erlang:halt/1; the CLI decides how to flush and exit. */
  onHalt: (status: number | string) => void = (s) => process.exit(typeof s === 'number' ? s : 1);
  /** Default group leader for processes spawned by the system. */
  initPid: Pid | null = null;
  readonly startTime = Date.now();
  /** Subsystems hang their per-node state here (ets tables, io servers...). */
  readonly ext: VmExtensions = {};

  constructor(readonly rt: unknown) {
    this.code = new CodeServer(rt);
    // The VM is the scheduler's host: its trace fields are read once per
    // slice, as plain fields (no getters on the way).
    this.scheduler = new Scheduler(this);
  }

  /** The scheduler's report: p's code finished (normal) or failed. */
  processDone(p: Process, exc: ErlException | null): void {
    processDone(this, p, exc);
  }

  /** The scheduler's report: an exit signal delivered earlier takes effect now. */
  applyPendingExit(p: Process): void {
    applyPendingExit(this, p);
  }

  // ---- identity ----------------------------------------------------------

  newPid(): Pid {
    return new Pid(this.nodeName, this.nextPid++, 0, this.creation);
  }

  makeRef(): Ref {
    const n = ++refCounter;
    // Wire order (least significant word first; see Ref in terms/types.ts):
    // erl prints #Ref<0.W2.W1.W0>, W0 being an 18-bit counter.
    const ref = new Ref(this.nodeName, [n & 0x3ffff, this.refBase[0]!, (this.refBase[1]! ^ Math.floor(n / 0x40000)) >>> 0], this.creation);
    ref.key = n;
    return ref;
  }

  isLocal(pid: Pid): boolean {
    return pid.node === this.nodeName;
  }

  get current(): Process | null {
    return this.scheduler.current;
  }

  /** The process behind a local pid, if alive. */
  proc(pid: Pid): Process | undefined {
    if (pid.node !== this.nodeName) return undefined;
    if (pid.proc !== undefined) return pid.proc as Process;
    const p = this.processes.get(pid.id);
    return p !== undefined && p.pid.serial === pid.serial ? p : undefined;
  }

  // ---- spawning ---------------------------------------------------------

  spawn(fn: CompiledFn, args: unknown[], parent: Process | null, opts: SpawnOpts = {}): Process {
    const gl = opts.groupLeader ?? parent?.groupLeader ?? this.initPid ?? this.newPid();
    const p = new Process(this, this.newPid(), gl);
    if (opts.initialCall) p.initialCall = opts.initialCall;
    else if (fn.mfa) p.initialCall = fn.mfa;
    p.entry = { fn, args };
    if (opts.trapExit) p.trapExit = true;
    this.processes.set(p.pid.id, p);
    p.pid.proc = p;
    if (opts.link && parent !== null) this.linkPair(parent, p);
    if (this.tracer !== null)
      this.trace({ kind: 'spawn', pid: p.pid, parent: parent?.pid ?? opts.remoteParent ?? null, mfa: p.initialCall, args: opts.traceArgs, fun: opts.traceFun });
    this.scheduler.enqueue(p);
    return p;
  }

  /**
   * A process implemented in JS: each message is handled as it arrives, or,
   * with `scheduled`, when the process gets its turn in the run queue like
   * an Erlang process (an io server: a request's reply then comes after the
   * processes already runnable have run, as on BEAM).
   */
  spawnNative(handler: NativeHandler, name: string | null, initialCall: [string, string, number], opts: { scheduled?: boolean } = {}): Process {
    const p = new Process(this, this.newPid(), this.initPid ?? new Pid(this.nodeName, 0, 0, this.creation));
    p.native = handler;
    p.nativeScheduled = opts.scheduled === true;
    p.status = Status.Waiting;
    p.initialCall = initialCall;
    this.processes.set(p.pid.id, p);
    p.pid.proc = p;
    if (name !== null) this.register(Atom.of(name), p);
    return p;
  }

  // ---- messages ---------------------------------------------------------

  /** Sends to a pid (local or remote). Sending to a dead local pid is a no-op. */
  sendPid(from: Process | null, to: Pid, msg: Term): void {
    if (to.node !== this.nodeName) {
      if (this.dist === null) return;
      if (this.tracer !== null) this.trace({ kind: 'send', from: from?.pid ?? null, to, msg });
      this.dist.send(from, to, msg);
      return;
    }
    const p = this.proc(to);
    if (this.tracer !== null) this.trace({ kind: 'send', from: from?.pid ?? null, to, msg });
    if (p === undefined) return;
    this.deliver(p, msg);
  }

  deliver(p: Process, msg: Term): void {
    if (p.status === Status.Exited) return;
    if (this.interceptor?.(p, msg)) return;
    this.deliverNow(p, msg);
  }

  /** Reports what the next receive of `p` makes of `msg` (see recvWatch). */
  watchReceive(p: Process, msg: Term): void {
    (this.recvWatch ??= new Map()).set(p, msg);
  }

  unwatchReceive(p: Process): void {
    if (this.recvWatch === null) return;
    this.recvWatch.delete(p);
    if (this.recvWatch.size === 0) this.recvWatch = null;
  }

  /** Delivery past the interceptor: a held message being released. */
  deliverNow(p: Process, msg: Term): void {
    if (p.status === Status.Exited) return;
    if (this.traceDelivery && this.tracer !== null) this.trace({ kind: 'deliver', pid: p.pid, msg });
    if (p.native !== null && !p.nativeScheduled) {
      p.native(msg, p);
      return;
    }
    p.mbox.push(msg);
    if (p.status === Status.Waiting) this.scheduler.wake(p);
  }

  /** `Dest ! Msg` with erl's rules for pids, registered names and {Name, Node}. */
  send(from: Process | null, dest: Term, msg: Term): Term {
    if (dest instanceof Pid) {
      this.sendPid(from, dest, msg);
      return msg;
    }
    if (dest instanceof Atom) {
      const p = this.registry.get(dest);
      if (p === undefined) throw badarg();
      if (this.tracer !== null) this.trace({ kind: 'send', from: from?.pid ?? null, to: p.pid, msg, toName: dest });
      this.deliver(p, msg);
      return msg;
    }
    if (Array.isArray(dest) && dest.length === 2 && dest[0] instanceof Atom && dest[1] instanceof Atom) {
      const [name, node] = dest as [Atom, Atom];
      if (node === this.nodeName) {
        const p = this.registry.get(name);
        if (p !== undefined) {
          if (this.tracer !== null) this.trace({ kind: 'send', from: from?.pid ?? null, to: p.pid, msg });
          this.deliver(p, msg);
        }
        return msg;
      }
      if (this.tracer !== null) this.trace({ kind: 'send_named', from: from?.pid ?? null, name, node, msg });
      if (this.dist !== null) this.dist.sendNamed(from, name, node, msg);
      return msg;
    }
    throw badarg();
  }

  // ---- names ------------------------------------------------------------

  register(name: Atom, p: Process): void {
    if (name === A.undefined || this.registry.has(name) || p.registeredName !== null || !p.alive) throw badarg();
    this.registry.set(name, p);
    p.registeredName = name;
  }

  unregister(name: Atom): void {
    const p = this.registry.get(name);
    if (p === undefined) throw badarg();
    this.registry.delete(name);
    p.registeredName = null;
  }

  whereis(name: Atom): Process | undefined {
    return this.registry.get(name);
  }

  // ---- links, monitors, exit signals ------------------------------------

  linkPair(a: Process, b: Process): void {
    (a.links ??= new Map()).set(pidKey(b.pid), b.pid);
    (b.links ??= new Map()).set(pidKey(a.pid), a.pid);
    this.trace({ kind: 'link', from: a.pid, to: b.pid });
  }

  /** exit(Pid, Reason) and exits through links land here. */
  exitSignal(from: Pid, to: Pid, reason: Term, viaLink: boolean): void {
    if (to.node !== this.nodeName) {
      this.dist?.exitSignal(from, to, reason, viaLink);
      return;
    }
    const p = this.proc(to);
    if (p === undefined) return;
    deliverExitSignal(this, p, from, reason, viaLink);
  }

  /** Makes the running process exit right away (exit(self(), R) and friends). */
  killSelf(reason: Term): never {
    throw new KillSelf(reason);
  }

  // ---- tracing -------------------------------------------------------------

  trace(ev: TraceEvent): void {
    if (this.tracer !== null) this.tracer(ev);
  }

  private tracers: Tracer[] = [];

  /**
   * Adds a listener to the trace point (the live view, the streams it asks
   * of peers, dbg): several may listen at once, and each leaves without
   * disturbing the others. `tracer` stays a single function (or null when
   * nobody listens), so the hot paths keep their one null check.
   */
  addTracer(t: Tracer): void {
    this.tracers = [...this.tracers, t];
    this.setTracers();
  }

  removeTracer(t: Tracer): void {
    this.tracers = this.tracers.filter((x) => x !== t);
    this.setTracers();
  }

  private setTracers(): void {
    const list = this.tracers;
    this.tracer =
      list.length === 0
        ? null
        : list.length === 1
          ? list[0]!
          : (ev) => {
              for (const t of list) t(ev);
            };
  }

  // ---- errors -------------------------------------------------------------

  error(reason: Term): ErlException {
    return new ErlException('error', reason);
  }
}

export function pidKey(p: Pid): string {
  return `${p.node.name}|${p.id}|${p.serial}|${p.creation}`;
}

// ---- refs as map keys -------------------------------------------------------

/**
 * Refs made in this JS process count on one counter, each VM putting its
 * own random words beside it (tests run several nodes in one process), so
 * the count alone tells such a ref apart from every other.
 */
let refCounter = 0;
/** The random middle word of each VM's refs -> its high word's mask. */
const refBases = new Map<number, number>();

function newRefBase(): [number, number] {
  let w1: number;
  do w1 = Math.floor(Math.random() * 2 ** 32);
  while (refBases.has(w1));
  const w2 = Math.floor(Math.random() * 2 ** 32);
  refBases.set(w1, w2);
  return [w1, w2];
}

/** A key for maps of refs (monitors, timers, tables): equal refs, equal keys. */
export type RefKey = string | number;

/**
 * A ref made here is keyed by its count (a number: a monitor's map entry
 * costs no string), any other by its text; kept on the ref once made.
 */
export function refKey(r: Ref): RefKey {
  const k = r.key;
  if (k !== undefined) return k;
  const ids = r.ids;
  if (ids.length === 3 && ids[0]! <= 0x3ffff) {
    const mask = refBases.get(ids[1]!);
    if (mask !== undefined) return (r.key = ids[0]! + ((ids[2]! ^ mask) >>> 0) * 0x40000);
  }
  return (r.key = `${r.node.name}|${ids.join('.')}|${r.creation}`);
}
