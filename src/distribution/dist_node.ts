// DistNode: the VM's DistHooks over a DistNet. Signals to remote pids
// become control messages (connecting first when needed, in order);
// incoming controls go to incoming.ts; and it keeps what is needed to fire
// `noconnection` when a channel goes.

import { A, Atom, Pid, type Ref, list, type Term } from '../terms/types.js';
import type { Process } from '../vm/process.js';
import { deliverExitSignal } from '../vm/signals.js';
import { refKey, type DistHooks, type RefKey, type VM } from '../vm/vm.js';
import type { DistChannel, DistNet } from './transport.js';
import { DFLAG_EXIT_PAYLOAD, DFLAG_SEND_SENDER, DFLAG_UNLINK_ID, OP } from './controls.js';
import { dispatchControl, payloadWanted } from './incoming.js';
import { announcePeer } from './services.js';
import { toWire } from './shell_funs_out.js';
import { RemoteMonitors, type RemoteMonitor } from './remote_monitors.js';

/** A spawn_request/5 of ours waiting for its SPAWN_REPLY. */
export interface PendingSpawn {
  ref: Ref;
  caller: Pid;
  node: Atom;
  reply: 'yes' | 'no' | 'error_only' | 'success_only';
  tag: Term;
  abandoned: boolean;
}

type Job = { run: (ch: DistChannel) => void; fail: () => void };

const EMPTY = Atom.of('');
const NODEDOWN = Atom.of('nodedown');
const NODEUP = Atom.of('nodeup');

export class DistNode implements DistHooks {
  /** Live channels by peer, as announced by the wire half. */
  readonly channels = new Map<Atom, DistChannel>();
  /** Every node we have been connected to (nodes(known)). */
  readonly known = new Set<Atom>();
  /** Work for nodes whose connection is being set up, in order. */
  private readonly queues = new Map<Atom, Job[]>();
  /** Monitors held by remote processes, by the local pid's id. */
  readonly remoteMonitors = new RemoteMonitors();
  /** Our spawn requests in flight, by request id key. */
  readonly spawns = new Map<RefKey, PendingSpawn>();
  /** monitor_node/2 subscriptions: node -> pid key -> [pid, count]. */
  readonly nodeMonitors = new Map<Atom, Map<string, [Pid, number]>>();
  /** net_kernel:monitor_nodes/1 subscribers. */
  readonly nodeSubscribers = new Map<string, Pid>();
  /** Processes that ever subscribed to either: the only ones whose exit must look in them. */
  readonly nodeWatchers = new WeakSet<Process>();
  private unlinkIds = 0;
  /** The erlts_connect_all service, which asks new peers for their nodes. */
  connectAllProc: Process | null = null;

  constructor(
    readonly vm: VM,
    readonly net: DistNet,
  ) {}

  // ---- channels -------------------------------------------------------------

  /** A new channel from the wire half: wire it up, announce nodeup. */
  channelUp(ch: DistChannel): void {
    ch.onControl = (control, payload) => {
      try {
        dispatchControl(this, ch, control, payload);
      } catch {
        // A malformed or unexpected control never takes the node down.
      }
    };
    ch.onClose = () => this.channelDown(ch);
    ch.payloadWanted = (c) => payloadWanted(this, ch, c);
    this.channels.set(ch.peer, ch);
    this.known.add(ch.peer);
    this.vm.trace({ kind: 'nodeup', node: ch.peer });
    // As net_kernel:monitor_nodes/1: visible nodes only.
    if (!ch.hidden) for (const pid of [...this.nodeSubscribers.values()]) this.vm.sendPid(null, pid, [NODEUP, ch.peer]);
    if (!ch.hidden) announcePeer(this, ch.peer);
  }

  /** Runs `run` on the channel to `node`, connecting first if needed; `fail` if that fails. */
  withChannel(node: Atom, run: (ch: DistChannel) => void, fail: () => void = () => {}): void {
    const queue = this.queues.get(node);
    if (queue !== undefined) {
      queue.push({ run, fail });
      return;
    }
    const ch = this.channels.get(node) ?? this.net.channel(node);
    if (ch !== undefined) {
      safely(() => run(ch));
      return;
    }
    if (node === this.vm.nodeName || !validNodeName(node)) {
      safely(fail);
      return;
    }
    this.queues.set(node, [{ run, fail }]);
    // erl counts a node as known once it has tried to reach it.
    this.known.add(node);
    this.net.connect(node).then(
      (c) => this.flush(node, c),
      () => this.flush(node, null),
    );
  }

  private flush(node: Atom, ch: DistChannel | null): void {
    const jobs = this.queues.get(node) ?? [];
    this.queues.delete(node);
    if (ch !== null && !this.channels.has(node)) this.channelUp(ch);
    for (const j of jobs) safely(() => (ch !== null ? j.run(ch) : j.fail()));
  }

  /** Sends one control to `node` (connecting if needed), dropping it if that fails. */
  out(node: Atom, control: (ch: DistChannel) => [Term, Term?], fail?: () => void): void {
    this.withChannel(
      node,
      (ch) => {
        const [c, payload] = control(ch);
        emit(ch, c, payload);
      },
      fail,
    );
  }

  /**
   * The live channel to `node` when a control may go straight out on it:
   * connected, and nothing queued for it before (which must go first).
   * The hot signals (sends, spawn requests, DOWNs) take this path with no
   * closure per message; otherwise they go through out().
   */
  private ready(node: Atom): DistChannel | undefined {
    if (this.queues.size !== 0 && this.queues.has(node)) return undefined;
    return this.channels.get(node);
  }

  /** The connection to `peer` is gone: noconnection for everything that went through it. */
  private channelDown(ch: DistChannel): void {
    const peer = ch.peer;
    if (this.channels.get(peer) === ch) this.channels.delete(peer);
    else if (this.channels.has(peer)) return;
    this.vm.trace({ kind: 'nodedown', node: peer });
    const vm = this.vm;
    const exits: [Process, Pid][] = [];
    const downs: [Process, Ref, Term][] = [];
    for (const p of vm.processes.values()) {
      if (p.links !== null) for (const pid of p.links.values()) if (pid.node === peer) exits.push([p, pid]);
      if (p.monitors !== null) {
        for (const [key, [ref, target]] of p.monitors) {
          if (targetNode(target) !== peer) continue;
          p.monitors.delete(key);
          downs.push([p, ref, Array.isArray(target) ? ([target[0], target[1]] as Term) : target]);
        }
      }
    }
    this.remoteMonitors.dropWatchersOn(peer);
    for (const [k, s] of this.spawns) {
      if (s.node !== peer) continue;
      this.spawns.delete(k);
      this.spawnFailed(s, A.noconnection);
    }
    for (const [p, pid] of exits) deliverExitSignal(vm, p, pid, A.noconnection, true);
    for (const [p, ref, tag] of downs) vm.deliver(p, [A.DOWN, ref, A.process, tag, A.noconnection]);
    const mons = this.nodeMonitors.get(peer);
    this.nodeMonitors.delete(peer);
    for (const [pid, count] of mons?.values() ?? []) for (let i = 0; i < count; i++) vm.sendPid(null, pid, [NODEDOWN, peer]);
    if (!ch.hidden) for (const pid of [...this.nodeSubscribers.values()]) vm.sendPid(null, pid, [NODEDOWN, peer]);
  }

  // ---- DistHooks: signals from local processes to remote ones ------------------

  send(from: Process | null, to: Pid, msg: Term): void {
    const sender = from?.pid ?? this.anonymousSender();
    const ch = this.ready(to.node);
    if (ch !== undefined) {
      emit(ch, has(ch, DFLAG_SEND_SENDER) ? [OP.SEND_SENDER, sender, to] : [OP.SEND, EMPTY, to], msg);
      return;
    }
    this.out(to.node, (ch) => (has(ch, DFLAG_SEND_SENDER) ? [[OP.SEND_SENDER, sender, to], msg] : [[OP.SEND, EMPTY, to], msg]));
  }

  sendNamed(from: Process | null, name: Atom, node: Atom, msg: Term): void {
    const sender = from?.pid ?? this.anonymousSender();
    const ch = this.ready(node);
    if (ch !== undefined) {
      emit(ch, [OP.REG_SEND, sender, EMPTY, name], msg);
      return;
    }
    this.out(node, () => [[OP.REG_SEND, sender, EMPTY, name], msg]);
  }

  link(from: Process, to: Pid): void {
    this.out(
      to.node,
      () => [[OP.LINK, from.pid, to]],
      () => deliverExitSignal(this.vm, from, to, A.noconnection, true),
    );
  }

  unlink(from: Process, to: Pid): void {
    const id = ++this.unlinkIds;
    this.out(to.node, (ch) => (has(ch, DFLAG_UNLINK_ID) ? [[OP.UNLINK_ID, id, from.pid, to]] : [[OP.UNLINK, from.pid, to]]));
  }

  exitSignal(from: Pid, to: Pid, reason: Term, viaLink: boolean): void {
    this.out(to.node, (ch) => {
      if (has(ch, DFLAG_EXIT_PAYLOAD)) return [[viaLink ? OP.PAYLOAD_EXIT : OP.PAYLOAD_EXIT2, from, to], reason];
      return [[viaLink ? OP.EXIT : OP.EXIT2, from, to, reason]];
    });
  }

  monitor(from: Process, target: Pid | [Atom, Atom], ref: Ref): void {
    const node = target instanceof Pid ? target.node : target[1];
    const toProc: Term = target instanceof Pid ? target : target[0];
    this.out(
      node,
      () => [[OP.MONITOR_P, from.pid, toProc, ref]],
      () => {
        if (from.monitors?.delete(refKey(ref)) !== true) return;
        this.vm.deliver(from, [A.DOWN, ref, A.process, target instanceof Pid ? target : ([target[0], target[1]] as Term), A.noconnection]);
      },
    );
  }

  demonitor(from: Process, target: Pid | [Atom, Atom], ref: Ref): void {
    const node = target instanceof Pid ? target.node : target[1];
    const toProc: Term = target instanceof Pid ? target : target[0];
    if (!this.channels.has(node) && !this.queues.has(node)) return;
    this.out(node, () => [[OP.DEMONITOR_P, from.pid, toProc, ref]]);
  }

  /** A monitored local process (or name) is gone: tell the remote watcher. */
  monitorExit(tag: Term, m: RemoteMonitor, reason: Term): void {
    const ch = this.channels.get(m.watcher.node);
    if (ch === undefined) return;
    if (this.vm.tracer !== null)
      this.vm.trace({ kind: 'send', from: tag instanceof Pid ? tag : null, to: m.watcher, msg: [A.DOWN, m.ref, A.process, tag, reason] });
    if (this.ready(m.watcher.node) === ch) {
      if (has(ch, DFLAG_EXIT_PAYLOAD)) emit(ch, [OP.PAYLOAD_MONITOR_P_EXIT, tag, m.watcher, m.ref], reason);
      else emit(ch, [OP.MONITOR_P_EXIT, tag, m.watcher, m.ref, reason]);
      return;
    }
    this.out(m.watcher.node, (c) => {
      if (has(c, DFLAG_EXIT_PAYLOAD)) return [[OP.PAYLOAD_MONITOR_P_EXIT, tag, m.watcher, m.ref], reason];
      return [[OP.MONITOR_P_EXIT, tag, m.watcher, m.ref, reason]];
    });
  }

  // ---- spawn_request ------------------------------------------------------------

  /** erlang:spawn_request(Node, M, F, A, Opts) for a remote node: returns the request id. */
  spawnRequest(caller: Process, node: Atom, mfa: [Atom, Atom, Term[]], wireOpts: Term[], reply: PendingSpawn['reply'], tag: Term): Ref {
    const reqId = this.vm.makeRef();
    const key = refKey(reqId);
    const pending: PendingSpawn = { ref: reqId, caller: caller.pid, node, reply, tag, abandoned: false };
    this.spawns.set(key, pending);
    const [m, f, args] = mfa;
    if (this.vm.tracer !== null) this.vm.trace({ kind: 'spawn_request', from: caller.pid, node, mfa: [m.name, f.name, args.length], args });
    const ch = this.ready(node);
    if (ch !== undefined) {
      emit(ch, [OP.SPAWN_REQUEST, reqId, caller.pid, caller.groupLeader, [m, f, args.length], list(wireOpts)], list(args));
      return reqId;
    }
    this.out(
      node,
      () => [[OP.SPAWN_REQUEST, reqId, caller.pid, caller.groupLeader, [m, f, args.length], list(wireOpts)], list(args)],
      () => {
        if (this.spawns.get(key) !== pending) return;
        this.spawns.delete(key);
        this.spawnFailed(pending, A.noconnection);
      },
    );
    return reqId;
  }

  /** No SPAWN_REPLY will come: the caller gets the error its reply option asks for. */
  spawnFailed(s: PendingSpawn, reason: Term): void {
    if (s.abandoned || (s.reply !== 'yes' && s.reply !== 'error_only')) return;
    this.vm.sendPid(null, s.caller, [s.tag, s.ref, A.error, reason]);
  }

  /** spawn_request_abandon/1: true when the request was still pending. */
  abandonSpawn(ref: Ref): boolean {
    const s = this.spawns.get(refKey(ref));
    if (s === undefined || s.abandoned) return false;
    s.abandoned = true;
    return true;
  }

  // ---- helpers -------------------------------------------------------------------

  /** The local process behind a pid that arrived over the wire, if it is of this incarnation. */
  local(pid: Term): Process | undefined {
    if (!(pid instanceof Pid) || pid.node !== this.vm.nodeName) return undefined;
    if (pid.creation !== 0 && this.vm.creation !== 0 && pid.creation !== this.vm.creation) return undefined;
    return this.vm.proc(pid);
  }

  /** Sender pid for signals that have none (timers, the VM itself): our pid 0. */
  private anonymousSender(): Pid {
    return this.vm.initPid ?? new Pid(this.vm.nodeName, 0, 0, this.vm.creation);
  }

  /** Sends a link exit from a local pid to a remote one. */
  linkExit(from: Pid, to: Pid, reason: Term): void {
    this.exitSignal(from, to, reason, true);
  }
}

function has(ch: DistChannel, flag: bigint): boolean {
  return (ch.peerFlags & flag) !== 0n;
}

function targetNode(t: Pid | [Atom, Atom]): Atom {
  return t instanceof Pid ? t.node : t[1];
}

function validNodeName(n: Atom): boolean {
  const i = n.name.indexOf('@');
  return i > 0 && i < n.name.length - 1 && n.name.indexOf('@', i + 1) < 0;
}

/** Sends a control (and message) on a live channel; a closing channel drops it, as out() does. */
function emit(ch: DistChannel, c: Term, payload?: Term): void {
  try {
    if (payload === undefined) ch.send(c);
    else ch.send(c, ch.encodesShellFuns === true ? payload : toWire(payload));
  } catch {
    // A dead or closing channel: nothing to undo.
  }
}

function safely(f: () => void): void {
  try {
    f();
  } catch {
    // A dead or closing channel, or a process gone meanwhile: nothing to undo.
  }
}
