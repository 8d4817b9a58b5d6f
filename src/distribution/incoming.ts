// Control messages from a peer, dispatched into the VM with BEAM's
// semantics. Anything malformed is dropped: the caller catches, and every
// branch checks the shapes it relies on.

import { A, Atom, Pid, Ref, listToArray, type Term } from '../terms/types.js';
import { deliverExitSignal } from '../vm/signals.js';
import { undef } from '../vm/code.js';
import type { CompiledFn } from '../vm/frames.js';
import type { Process } from '../vm/process.js';
import { pidKey, refKey } from '../vm/vm.js';
import type { DistChannel } from './transport.js';
import { OP, SPAWN_REPLY_LINKED, SPAWN_REPLY_MONITORED } from './controls.js';
import type { DistNode } from './dist_node.js';
import { hintUnregisteredName } from './hints.js';
import { writeAtom } from '../terms/atom_quote.js';
import { RefTable } from '../vm/ref_table.js';

const LINK = Atom.of('link');
const MONITOR = Atom.of('monitor');
const OK = A.ok;
const BADARG = A.badarg;
const ABANDONED = Atom.of('abandoned');

export function dispatchControl(d: DistNode, ch: DistChannel, c: Term, payload: Term | undefined): void {
  if (!Array.isArray(c) || c.length === 0 || typeof c[0] !== 'number') return;
  const t = c as Term[];
  switch (t[0]) {
    case OP.SEND:
    case OP.SEND_TT:
    case OP.SEND_SENDER:
    case OP.SEND_SENDER_TT:
      // SEND carries an unused cookie where SEND_SENDER has the sender.
      if (payload !== undefined) deliverMessage(d, t[1] instanceof Pid ? t[1] : null, t[2]!, payload);
      return;
    case OP.REG_SEND:
    case OP.REG_SEND_TT: {
      const name = t[3];
      if (payload === undefined || !(name instanceof Atom)) return;
      const p = d.vm.whereis(name);
      // An unregistered name drops the message silently, as BEAM does.
      if (p === undefined) {
        hintUnregisteredName(d.vm, name, writeAtom(ch.peer, 'unicode'));
        return;
      }
      d.vm.trace({ kind: 'send', from: t[1] instanceof Pid ? t[1] : null, to: p.pid, msg: payload });
      d.vm.deliver(p, payload);
      return;
    }
    case OP.LINK:
      return incomingLink(d, t[1]!, t[2]!);
    case OP.UNLINK:
      return removeLink(d, t[1]!, t[2]!);
    case OP.UNLINK_ID: {
      const [, id, from, to] = t;
      removeLink(d, from!, to!);
      // The ack goes out before anything else this node sends to `from`.
      if (from instanceof Pid && to instanceof Pid) ch.send([OP.UNLINK_ID_ACK, id!, to, from]);
      return;
    }
    case OP.UNLINK_ID_ACK:
      return;
    case OP.EXIT:
      return exitSignal(d, t[1]!, t[2]!, t[3]!, true);
    case OP.EXIT_TT:
      return exitSignal(d, t[1]!, t[2]!, t[4]!, true);
    case OP.EXIT2:
      return exitSignal(d, t[1]!, t[2]!, t[3]!, false);
    case OP.EXIT2_TT:
      return exitSignal(d, t[1]!, t[2]!, t[4]!, false);
    case OP.PAYLOAD_EXIT:
    case OP.PAYLOAD_EXIT_TT:
      if (payload !== undefined) exitSignal(d, t[1]!, t[2]!, payload, true);
      return;
    case OP.PAYLOAD_EXIT2:
    case OP.PAYLOAD_EXIT2_TT:
      if (payload !== undefined) exitSignal(d, t[1]!, t[2]!, payload, false);
      return;
    case OP.MONITOR_P:
      return incomingMonitor(d, t[1]!, t[2]!, t[3]!);
    case OP.DEMONITOR_P:
      return incomingDemonitor(d, t[1]!, t[2]!, t[3]!);
    case OP.MONITOR_P_EXIT:
      return monitorDown(d, t[2]!, t[3]!, t[4]!);
    case OP.PAYLOAD_MONITOR_P_EXIT:
      if (payload !== undefined) monitorDown(d, t[2]!, t[3]!, payload);
      return;
    case OP.GROUP_LEADER: {
      const q = d.local(t[2]!);
      if (q !== undefined && t[1] instanceof Pid) q.groupLeader = t[1];
      return;
    }
    case OP.SPAWN_REQUEST:
    case OP.SPAWN_REQUEST_TT:
      return incomingSpawn(d, ch, t, payload);
    case OP.SPAWN_REPLY:
    case OP.SPAWN_REPLY_TT:
      return spawnReply(d, t[1]!, t[3]!, t[4]!);
    case OP.ALIAS_SEND:
    case OP.ALIAS_SEND_TT:
      if (payload !== undefined) aliasSend(d, t[2]!, payload);
      return;
    default:
      return;
  }
}

/**
 * Whether the message of control `c` has someone to go to. A REG_SEND to a
 * name nobody registered, or a SEND to a pid that is gone, is dropped before
 * its message is decoded, as erts drops it (it decodes a message only when
 * the receiver takes it); anything else is decoded and dispatched.
 */
export function payloadWanted(d: DistNode, ch: DistChannel, c: Term): boolean {
  if (!Array.isArray(c) || c.length < 3) return true;
  switch (c[0]) {
    case OP.SEND:
    case OP.SEND_TT:
    case OP.SEND_SENDER:
    case OP.SEND_SENDER_TT:
      return d.local(c[2]!) !== undefined;
    case OP.REG_SEND:
    case OP.REG_SEND_TT: {
      const name = c[3];
      if (!(name instanceof Atom) || d.vm.whereis(name) !== undefined) return true;
      hintUnregisteredName(d.vm, name, writeAtom(ch.peer, 'unicode'));
      return false;
    }
    default:
      return true;
  }
}

function deliverMessage(d: DistNode, from: Pid | null, to: Term, msg: Term): void {
  const p = d.local(to);
  if (p === undefined) return;
  d.vm.trace({ kind: 'send', from, to: p.pid, msg });
  d.vm.deliver(p, msg);
}

function incomingLink(d: DistNode, from: Term, to: Term): void {
  if (!(from instanceof Pid) || !(to instanceof Pid)) return;
  const q = d.local(to);
  if (q === undefined || !q.alive) {
    // Linking to a process that is gone: the linker gets `noproc`.
    d.linkExit(to, from, A.noproc);
    return;
  }
  (q.links ??= new Map()).set(pidKey(from), from);
  d.vm.trace({ kind: 'link', from, to: q.pid });
}

function removeLink(d: DistNode, from: Term, to: Term): void {
  if (!(from instanceof Pid)) return;
  const q = d.local(to);
  if (q?.links?.delete(pidKey(from))) d.vm.trace({ kind: 'unlink', from, to: q.pid });
}

function exitSignal(d: DistNode, from: Term, to: Term, reason: Term, viaLink: boolean): void {
  if (!(from instanceof Pid)) return;
  const q = d.local(to);
  if (q !== undefined) deliverExitSignal(d.vm, q, from, reason, viaLink);
}

function incomingMonitor(d: DistNode, from: Term, toProc: Term, ref: Term): void {
  if (!(from instanceof Pid) || !(ref instanceof Ref)) return;
  const q = toProc instanceof Atom ? d.vm.whereis(toProc) : d.local(toProc);
  const m = { ref, watcher: from, tag: toProc };
  if (q === undefined || !q.alive) {
    // Answered at once, or the remote erlang:monitor + receive would hang.
    d.monitorExit(toProc, m, A.noproc);
    return;
  }
  d.remoteMonitors.add(q.pid.id, m);
}

function incomingDemonitor(d: DistNode, from: Term, toProc: Term, ref: Term): void {
  if (!(from instanceof Pid) || !(ref instanceof Ref)) return;
  const q = toProc instanceof Atom ? d.vm.whereis(toProc) : d.local(toProc);
  if (q === undefined) return;
  d.remoteMonitors.remove(q.pid.id, ref);
}

function monitorDown(d: DistNode, to: Term, ref: Term, reason: Term): void {
  if (!(ref instanceof Ref)) return;
  const p = d.local(to);
  if (p === undefined || p.monitors === null) return;
  const key = refKey(ref);
  const m = p.monitors.get(key);
  if (m === undefined) return;
  p.monitors.delete(key);
  const target = m[1];
  const item: Term = target instanceof Pid ? target : [target[0], target[1]];
  const msg: Term = [A.DOWN, ref, A.process, item, reason];
  d.vm.trace({ kind: 'send', from: target instanceof Pid ? target : null, to: p.pid, msg });
  d.vm.deliver(p, msg);
}

function aliasSend(d: DistNode, alias: Term, msg: Term): void {
  if (!(alias instanceof Ref) || alias.node !== d.vm.nodeName) return;
  const key = refKey(alias);
  // erlts has no separate alias table: an alias is a live monitor's ref.
  for (const p of d.vm.processes.values()) {
    if (p.monitors?.has(key) === true) {
      d.vm.deliver(p, msg);
      return;
    }
  }
}

// ---- SPAWN_REQUEST / SPAWN_REPLY ------------------------------------------------

function incomingSpawn(d: DistNode, ch: DistChannel, t: Term[], payload: Term | undefined): void {
  const [, reqId, from, gl, mfa, opts] = t;
  if (!(reqId instanceof Ref) || !(from instanceof Pid)) return;
  const args = payload === undefined ? null : listToArray(payload);
  const optList = listToArray(opts!);
  if (
    !Array.isArray(mfa) ||
    mfa.length !== 3 ||
    !(mfa[0] instanceof Atom) ||
    !(mfa[1] instanceof Atom) ||
    args === null ||
    optList === null ||
    mfa[2] !== args.length
  ) {
    ch.send([OP.SPAWN_REPLY, reqId, from, 0, BADARG]);
    return;
  }
  const [m, f] = mfa as [Atom, Atom];
  const vm = d.vm;
  const groupLeader = gl instanceof Pid ? gl : from;
  const p = vm.spawn(runSpawned, [m, f, args], null, { groupLeader, initialCall: [m.name, f.name, args.length], remoteParent: from, traceArgs: args });
  let flags = 0;
  if (optList.includes(LINK)) {
    (p.links ??= new Map()).set(pidKey(from), from);
    flags |= SPAWN_REPLY_LINKED;
  }
  if (optList.includes(MONITOR)) {
    d.remoteMonitors.add(p.pid.id, { ref: reqId, watcher: from, tag: p.pid });
    flags |= SPAWN_REPLY_MONITORED;
  }
  // Sent now, before the new process can run: nothing of it may overtake the reply.
  ch.send([OP.SPAWN_REPLY, reqId, from, flags, p.pid]);
}

/**
 * A process spawned by a peer starts here: M:F(Args...), looked up when it
 * first runs (one function for all, no closure per spawn). The export is
 * found by its atoms, with no key string made per call, and erpc's
 * execute_call/4 (every rpc:call) is called without spreading its arguments.
 */
const runSpawned = ((q: Process, m: Atom, f: Atom, args: Term[]): unknown => {
  const code = q.vm.code;
  const e = code.entryOf(m, f, args.length);
  if (e.fn === e.stub) {
    code.ensureLoaded(m.name);
    if (e.fn === e.stub) throw undef(m.name, f.name, args);
  }
  const fn = e.fn;
  if (args.length !== 4) return fn(q, ...args);
  if (m === ERPC && f === EXECUTE_CALL && q.callTrace === null) {
    const reply = callReply(q, fn);
    if (reply !== null) {
      q.exitsWithValue = true;
      return reply(q, args[0], args[1], args[2], args[3]);
    }
  }
  return fn(q, args[0], args[1], args[2], args[3]);
}) as CompiledFn;

const ERPC = Atom.of('erpc');
const EXECUTE_CALL = Atom.of('execute_call');
/** erpc:call_reply/4 of the erpc whose execute_call/4 is `exec` (found again when erpc is reloaded). */
let replyOf: { exec: CompiledFn; reply: CompiledFn | null } | null = null;

/**
 * erpc:execute_call(Ref, M, F, A) is exit(call_reply(Ref, M, F, A)): every
 * rpc:call a peer makes runs it, and exit/1 is a JS throw through the
 * process's frames (about 3 us warm, a stack walk by V8 cold). The process
 * runs call_reply/4 instead and ends with its value as its exit reason (the
 * same reason, the same DOWN); only the execute_call/4 frame is missing
 * from its stack while it runs. Null when erpc has no call_reply/4 (another
 * erpc loaded): then execute_call/4 runs as it is.
 */
function callReply(q: Process, exec: CompiledFn): CompiledFn | null {
  if (replyOf === null || replyOf.exec !== exec) {
    const reply = q.vm.code.modules.get('erpc')?.functions.get('call_reply/4') ?? null;
    replyOf = { exec, reply };
  }
  return replyOf.reply;
}

function spawnReply(d: DistNode, reqId: Term, flags: Term, result: Term): void {
  if (!(reqId instanceof Ref) || typeof flags !== 'number') return;
  const key = refKey(reqId);
  const s = d.spawns.get(key);
  if (s === undefined) return;
  d.spawns.delete(key);
  const caller = d.local(s.caller);
  if (!(result instanceof Pid)) {
    d.spawnFailed(s, result);
    return;
  }
  if (caller === undefined || s.abandoned) {
    // Nobody wants the child any more: undo the link and the monitor.
    if (flags & SPAWN_REPLY_LINKED) d.linkExit(s.caller, result, caller === undefined ? A.noproc : ABANDONED);
    if (flags & SPAWN_REPLY_MONITORED && caller !== undefined) d.out(result.node, () => [[OP.DEMONITOR_P, s.caller, result, reqId]]);
    return;
  }
  if (flags & SPAWN_REPLY_LINKED) (caller.links ??= new Map()).set(pidKey(result), result);
  if (flags & SPAWN_REPLY_MONITORED) (caller.monitors ??= new RefTable()).set(key, [reqId, result]);
  if (s.reply === 'yes' || s.reply === 'success_only') d.vm.deliver(caller, [s.tag, reqId, OK, result]);
}
