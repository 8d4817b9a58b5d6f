// erlts_view: the registered service through which the live view of one
// node shows the processes of the erlts nodes it is connected to. A node
// whose page is open sends `{subscribe, Node}` to `{erlts_view, Peer}` for
// each peer (and each new one); the peer then listens to its own trace point
// and sends its events, as Erlang terms over the existing connection, in
// `{erlts_view_batch, PeerNode, Events, Procs}` messages every 50 ms (and
// right before anything of its own leaves for the watching node, so that
// what led to a message is drawn before the message). The watching node
// prints them as it prints its own (pids as it sees them). A real erl node
// has no erlts_view: the subscribe is dropped there, as a send to an
// unregistered name is, and its processes appear as messages reach or
// leave them.
//
// The service is a native process registered as erlts_view on every
// distributed erlts node. Its pid is outside the numbering of ordinary
// processes, so that the shell's pids stay those erl prints, and it is not
// in processes(); nothing it sends or receives is traced into any view.

import { A, Atom, Cons, Pid, list, str, type Term } from '../terms/types.js';
import { Process, Status } from '../vm/process.js';
import type { TraceEvent, Tracer } from '../vm/trace.js';
import type { VM } from '../vm/vm.js';
import { procInfo } from './proc_info.js';

export const VIEW = Atom.of('erlts_view');
const SUBSCRIBE = Atom.of('subscribe');
const UNSUBSCRIBE = Atom.of('unsubscribe');
const BATCH = Atom.of('erlts_view_batch');
const HELLO = Atom.of('hello');
const DROPPED = Atom.of('dropped');
/** Below the first ordinary pid (80): see above. */
const SERVICE_PID_ID = 79;
const BATCH_MS = 50;
/** Events beyond this many in one batch are dropped (the watching page is told how many; feed.ts says why 250). */
const BATCH_MAX = 250;

/** What the watching side does with a batch that arrives (set while this node's view is open). */
export interface PeerBatch {
  node: Atom;
  /** The first batch after a subscribe: `procs` are all the node's processes alive. */
  hello: boolean;
  events: TraceEvent[];
  /** [Pid, Name | undefined, Call | undefined, System] of the processes the events name. */
  procs: Term[];
  dropped: number;
}

export type BatchHandler = (batch: PeerBatch) => void;

declare module '../vm/extensions.js' {
  interface VmExtensions {
    /** erlts_view, the live view's service for other nodes (observer/peer_stream.ts). */
    viewService?: ViewService;
  }
}

export class ViewService {
  readonly proc: Process;
  /** Nodes whose pages watch this one. */
  private readonly watchers = new Set<Atom>();
  private pending: Term[] = [];
  private procs: Term[] = [];
  private described = new Set<string>();
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly tracer: Tracer = (ev) => this.take(ev);
  /** Set by the live view of this node while it is open. */
  onBatch: BatchHandler | null = null;

  constructor(private readonly vm: VM) {
    const proc = new Process(vm, new Pid(vm.nodeName, SERVICE_PID_ID, 0, vm.creation), vm.initPid ?? new Pid(vm.nodeName, 0, 0, vm.creation));
    proc.native = (msg) => this.handle(msg);
    proc.status = Status.Waiting;
    proc.initialCall = ['erlts_view', 'loop', 0];
    vm.registry.set(VIEW, proc);
    proc.registeredName = VIEW;
    this.proc = proc;
  }

  /** Asks `node` to stream its events here (dropped by a node that is not erlts). */
  subscribe(node: Atom): void {
    this.vm.send(this.proc, [VIEW, node], [SUBSCRIBE, this.vm.nodeName]);
  }

  unsubscribe(node: Atom): void {
    this.vm.send(this.proc, [VIEW, node], [UNSUBSCRIBE, this.vm.nodeName]);
  }

  private handle(msg: Term): void {
    if (!Array.isArray(msg)) return;
    const [tag, node] = msg;
    if (tag === SUBSCRIBE && node instanceof Atom && node !== this.vm.nodeName) {
      if (this.watchers.size === 0) this.vm.addTracer(this.tracer);
      this.watchers.add(node);
      // A new watcher learns every process alive here, then what happens.
      this.described = new Set();
      const alive: Term[] = [];
      for (const p of this.vm.processes.values()) if (p.alive) alive.push(this.describe(p.pid)!);
      this.sendTo(node, [BATCH, this.vm.nodeName, list([[HELLO]]), list(alive)]);
    } else if (tag === UNSUBSCRIBE && node instanceof Atom) {
      this.forget(node);
    } else if (tag === BATCH && msg.length === 4 && node instanceof Atom && this.onBatch !== null) {
      const raw = toArray(msg[2]!);
      // {dropped, N} counts events the peer left out; {dropped, Pid, Msg} is a message the lesson tools dropped.
      const marks = raw.filter((e) => Array.isArray(e) && (e[0] === HELLO || (e[0] === DROPPED && e.length === 2))) as Term[][];
      const dropped = marks.find((m) => m[0] === DROPPED)?.[1];
      this.onBatch({
        node,
        hello: marks.some((m) => m[0] === HELLO),
        events: decodeEvents(raw),
        procs: toArray(msg[3]!),
        dropped: typeof dropped === 'number' ? dropped : 0,
      });
    }
  }

  private forget(node: Atom): void {
    if (!this.watchers.delete(node)) return;
    if (this.watchers.size === 0) {
      this.vm.removeTracer(this.tracer);
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.pending = [];
      this.procs = [];
    }
  }

  private sendTo(node: Atom, msg: Term): void {
    this.vm.send(this.proc, [VIEW, node], msg);
  }

  /** {Pid, Name, Call, System} of a process of this node, the first time a batch names it. */
  private describe(pid: Pid): Term | null {
    const key = `${pid.id}.${pid.serial}`;
    if (pid.node !== this.vm.nodeName || this.described.has(key)) return null;
    this.described.add(key);
    const info = procInfo(this.vm, pid);
    return [pid, info.name === null ? A.undefined : Atom.of(info.name), info.call === null ? A.undefined : str(info.call), info.system ? A.true : A.false];
  }

  private take(ev: TraceEvent): void {
    if (this.pending.length >= BATCH_MAX && (ev.kind === 'send' || ev.kind === 'receive')) {
      this.dropped++;
      return;
    }
    const self = this.proc.pid;
    let term: Term;
    let pids: (Pid | null)[];
    let leaving: Atom | null = null;
    switch (ev.kind) {
      case 'in':
      case 'out':
        return;
      case 'nodedown':
        this.forget(ev.node);
        return;
      case 'nodeup':
        return;
      case 'send':
        if (ev.from === self || ev.to === self) return;
        term = [Atom.of('send'), ev.from ?? A.undefined, ev.to, ev.msg];
        pids = [ev.from, ev.to];
        if (ev.to.node !== this.vm.nodeName) leaving = ev.to.node;
        break;
      case 'send_named':
        if (ev.from === self) return;
        term = [Atom.of('send_named'), ev.from ?? A.undefined, ev.name, ev.node, ev.msg];
        pids = [ev.from];
        leaving = ev.node;
        break;
      case 'spawn':
        term = [Atom.of('spawn'), ev.pid, ev.parent ?? A.undefined, mfaTerm(ev.mfa), ev.args === undefined ? A.undefined : list([...ev.args])];
        pids = [ev.pid, ev.parent];
        break;
      case 'spawn_request':
        term = [Atom.of('spawn_request'), ev.from, ev.node, mfaTerm(ev.mfa), list([...ev.args])];
        pids = [ev.from];
        leaving = ev.node;
        break;
      case 'receive':
        term = ev.clause === undefined ? [Atom.of('receive'), ev.pid, ev.msg] : [Atom.of('receive'), ev.pid, ev.msg, ev.clause];
        pids = [ev.pid];
        break;
      // The lesson tools' events, so that every page of the cluster sees a message held or a fault injected here.
      case 'held':
      case 'released':
      case 'dropped':
        term = [Atom.of(ev.kind), ev.pid, ev.msg];
        pids = [ev.pid];
        break;
      case 'no_match':
        term = [Atom.of('no_match'), ev.pid, ev.msg, ev.heads];
        pids = [ev.pid];
        break;
      case 'fault':
        term = [Atom.of('fault'), Atom.of(ev.what), ev.node ?? A.undefined, ev.pid ?? A.undefined, ev.detail];
        pids = [ev.pid];
        break;
      case 'link':
      case 'unlink':
        term = [Atom.of(ev.kind), ev.from, ev.to];
        pids = [ev.from, ev.to];
        break;
      case 'exit':
        term = [Atom.of('exit'), ev.pid, ev.reason];
        pids = [ev.pid];
        break;
      case 'register':
        term = [Atom.of('register'), ev.pid, Atom.of(ev.name)];
        pids = [ev.pid];
        break;
      default:
        return;
    }
    for (const pid of pids) {
      const d = pid === null ? null : this.describe(pid);
      if (d !== null) this.procs.push(d);
    }
    if (this.pending.length >= BATCH_MAX) this.dropped++;
    else this.pending.push(term);
    // What led to a message for a watcher goes before the message, on the same connection.
    if (leaving !== null && this.watchers.has(leaving)) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  private flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0 && this.dropped === 0) return;
    const events = list(this.dropped > 0 ? [...this.pending, [DROPPED, this.dropped]] : this.pending);
    const procs = list(this.procs);
    this.pending = [];
    this.procs = [];
    this.dropped = 0;
    for (const node of this.watchers) this.sendTo(node, [BATCH, this.vm.nodeName, events, procs]);
  }
}

function mfaTerm(mfa: [string, string, number]): Term {
  return [Atom.of(mfa[0]), Atom.of(mfa[1]), mfa[2]];
}

function toArray(t: Term): Term[] {
  const out: Term[] = [];
  let at = t;
  while (at instanceof Cons) {
    out.push(at.head);
    at = at.tail;
  }
  return out;
}

const pidOr = (t: Term | undefined): Pid | null => (t instanceof Pid ? t : null);

function mfaOf(t: Term | undefined): [string, string, number] | null {
  if (!Array.isArray(t) || t.length !== 3 || !(t[0] instanceof Atom) || !(t[1] instanceof Atom) || typeof t[2] !== 'number') return null;
  return [t[0].name, t[1].name, t[2]];
}

/** A peer's events back into the trace point's shape; anything malformed is left out (a peer is not trusted to be well-formed). */
export function decodeEvents(raw: Term[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of raw) {
    if (!Array.isArray(e) || !(e[0] instanceof Atom)) continue;
    const [tag, a, b, c, d] = e as Term[];
    switch ((tag as Atom).name) {
      case 'send':
        if (b instanceof Pid && c !== undefined) out.push({ kind: 'send', from: pidOr(a), to: b, msg: c });
        break;
      case 'send_named':
        if (b instanceof Atom && c instanceof Atom && d !== undefined) out.push({ kind: 'send_named', from: pidOr(a), name: b, node: c, msg: d });
        break;
      case 'spawn': {
        const mfa = mfaOf(c);
        if (a instanceof Pid && mfa !== null)
          out.push({ kind: 'spawn', pid: a, parent: pidOr(b), mfa, args: d === A.undefined || d === undefined ? undefined : toArray(d) });
        break;
      }
      case 'spawn_request': {
        const mfa = mfaOf(c);
        if (a instanceof Pid && b instanceof Atom && mfa !== null && d !== undefined)
          out.push({ kind: 'spawn_request', from: a, node: b, mfa, args: toArray(d) });
        break;
      }
      case 'receive':
        if (a instanceof Pid && b !== undefined)
          out.push(Array.isArray(c) ? { kind: 'receive', pid: a, msg: b, clause: c } : { kind: 'receive', pid: a, msg: b });
        break;
      case 'held':
      case 'released':
      case 'dropped':
        if (a instanceof Pid && b !== undefined) out.push({ kind: (tag as Atom).name as 'held', pid: a, msg: b });
        break;
      case 'no_match':
        if (a instanceof Pid && b !== undefined && c !== undefined) out.push({ kind: 'no_match', pid: a, msg: b, heads: c });
        break;
      case 'fault': {
        const detail = e[4];
        if (a instanceof Atom && (b instanceof Atom || b === undefined) && detail !== undefined)
          out.push({ kind: 'fault', what: a.name, node: b instanceof Atom && b !== A.undefined ? b : null, pid: pidOr(c), detail });
        break;
      }
      case 'link':
      case 'unlink':
        if (a instanceof Pid && b instanceof Pid) out.push({ kind: (tag as Atom).name as 'link' | 'unlink', from: a, to: b });
        break;
      case 'exit':
        if (a instanceof Pid && b !== undefined) out.push({ kind: 'exit', pid: a, reason: b });
        break;
      case 'register':
        if (a instanceof Pid && b instanceof Atom) out.push({ kind: 'register', pid: a, name: b.name });
        break;
    }
  }
  return out;
}

/** Starts erlts_view on a distributed node (at boot, before the first connection). */
export function startViewService(vm: VM): ViewService | null {
  if (vm.nodeName === A.nonode_nohost) return null;
  vm.ext.viewService ??= new ViewService(vm);
  return vm.ext.viewService;
}
