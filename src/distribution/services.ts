// The registered processes every live node has and that real nodes talk to
// as soon as they are connected (§8.1-8.9 of the distribution notes):
// net_kernel (net_adm:ping), rex (rpc's server), global_name_server (global,
// written in Erlang: lib/erlang/global.erl) and logger_proxy (error reports
// of processes whose group leader is here).

import { A, Atom, Cons, NIL, Pid, list, type Term } from '../terms/types.js';
import type { Process } from '../vm/process.js';
import type { DistNode } from './dist_node.js';
import { formatLogEvent } from './remote_reports.js';
import { loggerAllows } from '../bifs/logger/logger.js';

const GEN_CALL = Atom.of('$gen_call');
const GEN_CAST = Atom.of('$gen_cast');
const IO_REQUEST = Atom.of('io_request');

export function startServices(d: DistNode): void {
  const vm = d.vm;
  const start = (name: string, handler: (msg: Term, self: Process) => void, mfa: [string, string, number]) => {
    if (vm.whereis(Atom.of(name)) !== undefined) return;
    const p = vm.spawnNative(
      (msg, self) => {
        try {
          handler(msg, self);
        } catch {
          // A request we cannot make sense of is dropped; the service lives on.
        }
      },
      name,
      mfa,
    );
    // As OTP's servers do: an exit signal from a peer is a message, not death.
    p.trapExit = true;
  };
  start('net_kernel', (msg, self) => netKernel(d, msg, self), ['net_kernel', 'init', 1]);
  start('rex', (msg, self) => rex(d, msg, self), ['rpc', 'init', 1]);
  start('logger_proxy', (msg, self) => loggerProxy(d, msg, self), ['logger_proxy', 'init', 1]);
  start(CONNECT_ALL.name, (msg) => connectAll(d, msg), ['global', 'init', 1]);
  d.connectAllProc = vm.whereis(CONNECT_ALL) ?? null;
  // erl's init process is registered on every node; remote code asks for it.
  start('init', () => {}, ['otp_ring0', 'start', 2]);
  startGlobal(d);
}

/**
 * global's server (lib/erlang/global.erl), registered here and now so that
 * it exists before the first line of user code runs and before any peer
 * can connect, as in erl, where kernel starts it at boot.
 */
function startGlobal(d: DistNode): void {
  const vm = d.vm;
  const name = Atom.of('global_name_server');
  if (vm.whereis(name) !== undefined) return;
  const boot = vm.code.lookup('global', 'boot', 0);
  if (boot === null) return;
  vm.register(name, vm.spawn(boot, [], null, { initialCall: ['global', 'init', 1] }));
}

// ---- fully connected clusters -------------------------------------------------------

/**
 * erl's global connects every visible node to every other one (connect_all).
 * erlts nodes do not run global's locker among themselves, so they tell each other
 * about their peers through a name real nodes do not have (a REG_SEND to an
 * unregistered name is dropped silently there).
 */
const CONNECT_ALL = Atom.of('erlts_connect_all');
const KNOWN = Atom.of('erlts_known');

/**
 * A visible peer came up: we ask it for its nodes() (an erpc call, which
 * any node answers, real ones included) to connect to them; it learns our
 * other peers, and they learn about it.
 */
export function announcePeer(d: DistNode, peer: Atom): void {
  if (d.vm.ext.connectAll === false) return;
  const asker = d.connectAllProc;
  if (asker?.alive && !d.net.hidden) {
    // nodes(visible) is nodes(), asked this way so that the live view can tell
    // the node's own question from a student's rpc:call(N, erlang, nodes, []).
    const args = [d.vm.makeRef(), Atom.of('erlang'), Atom.of('nodes'), list([Atom.of('visible')])];
    d.spawnRequest(asker, peer, [Atom.of('erpc'), Atom.of('execute_call'), args], [Atom.of('monitor')], 'no', Atom.of('spawn_reply'));
  }
  const others = [...d.channels.values()].filter((ch) => !ch.hidden && ch.peer !== peer).map((ch) => ch.peer);
  if (others.length === 0) return;
  d.sendNamed(null, CONNECT_ALL, peer, [KNOWN, d.vm.nodeName, list(others)]);
  for (const o of others) d.sendNamed(null, CONNECT_ALL, o, [KNOWN, d.vm.nodeName, list([peer])]);
}

function connectAll(d: DistNode, msg: Term): void {
  if (!Array.isArray(msg) || d.net.hidden || d.vm.ext.connectAll === false) return;
  let l: Term;
  if (msg[0] === KNOWN) l = msg[2]!;
  else if (msg[0] === A.DOWN && Array.isArray(msg[4]) && msg[4][1] === Atom.of('return')) l = msg[4][2]!;
  else return;
  while (l instanceof Cons) {
    const n = l.head;
    if (n instanceof Atom && n !== d.vm.nodeName && !d.channels.has(n)) d.withChannel(n, () => {});
    l = l.tail;
  }
}

/** A gen_server call: [From, Tag, Request], or null. */
function genCall(msg: Term): [Pid, Term, Term] | null {
  if (!Array.isArray(msg) || msg.length !== 3 || msg[0] !== GEN_CALL) return null;
  const from = msg[1];
  if (!Array.isArray(from) || from.length !== 2 || !(from[0] instanceof Pid)) return null;
  return [from[0], from[1]!, msg[2]!];
}

/** gen's reply: {Tag, Reply} to the caller (its pid matches an alias tag's receive too). */
function genReply(d: DistNode, self: Process, to: Pid, tag: Term, reply: Term): void {
  d.vm.sendPid(self, to, [tag, reply]);
}

function netKernel(d: DistNode, msg: Term, self: Process): void {
  const call = genCall(msg);
  if (call === null) return;
  const [from, tag, req] = call;
  const op = Array.isArray(req) ? req[0] : req;
  if (op === Atom.of('is_auth')) return genReply(d, self, from, tag, Atom.of('yes'));
  if (op === Atom.of('connect') && Array.isArray(req) && req[2] instanceof Atom) {
    const node = req[2];
    d.withChannel(
      node,
      () => genReply(d, self, from, tag, A.true),
      () => genReply(d, self, from, tag, A.false),
    );
    return;
  }
  if (op === Atom.of('get_net_ticktime')) return genReply(d, self, from, tag, d.net.ticktime);
  genReply(d, self, from, tag, Atom.of('ignored'));
}

// ---- rex ---------------------------------------------------------------------------

/**
 * Runs M:F(A) in a worker (erlts_dist:rex_worker/5) whose group leader is
 * GL, so its io goes to the caller; `how` says how the result is sent back:
 * `none`, `{gen, Tag}` or `rex`.
 */
function rexWorker(d: DistNode, self: Process, m: Term, f: Term, a: Term, gl: Term, replyTo: Pid | null, how: Term): void {
  const vm = d.vm;
  const worker = vm.code.lookup('erlts_dist', 'rex_worker', 5);
  if (worker === null) return;
  const groupLeader = gl instanceof Pid ? gl : (vm.userPid ?? self.groupLeader);
  vm.spawn(worker, [m, f, a, replyTo ?? A.undefined, replyTo === null ? Atom.of('none') : how], null, { groupLeader, initialCall: ['rpc', 'execute_call', 4] });
}

function rex(d: DistNode, msg: Term, self: Process): void {
  const vm = d.vm;
  const call = genCall(msg);
  if (call !== null) {
    const [from, tag, req] = call;
    if (Array.isArray(req) && req.length === 5 && (req[0] === Atom.of('call') || req[0] === Atom.of('block_call'))) {
      rexWorker(d, self, req[1]!, req[2]!, req[3]!, req[4]!, from, [Atom.of('gen'), tag]);
      return;
    }
    genReply(d, self, from, tag, [Atom.of('badrpc'), Atom.of('unsupported')]);
    return;
  }
  if (!Array.isArray(msg)) return;
  if (msg[0] === GEN_CAST && Array.isArray(msg[1]) && msg[1].length === 5 && msg[1][0] === Atom.of('cast')) {
    const c = msg[1];
    rexWorker(d, self, c[1]!, c[2]!, c[3]!, c[4]!, null, Atom.of('none'));
    return;
  }
  if (msg.length !== 2 || !(msg[0] instanceof Pid)) return;
  const [from, req] = msg as [Pid, Term];
  if (req === Atom.of('features_request')) {
    vm.sendPid(self, from, [Atom.of('features_reply'), vm.nodeName, list([Atom.of('erpc')])]);
    return;
  }
  if (!Array.isArray(req)) return;
  const kind = req[0];
  if ((kind === Atom.of('sbcast') || kind === Atom.of('send')) && req[1] instanceof Atom) {
    const target = vm.whereis(req[1]);
    if (target !== undefined) vm.deliver(target, req[2]!);
    const answer = target !== undefined ? vm.nodeName : [Atom.of('nonexisting_name'), req[1]];
    vm.sendPid(self, from, [Atom.of('rex'), vm.nodeName, answer]);
    return;
  }
  if (kind === Atom.of('call') && req.length === 5) {
    rexWorker(d, self, req[1]!, req[2]!, req[3]!, req[4]!, from, Atom.of('rex'));
  }
}

// ---- logger_proxy ---------------------------------------------------------------------

function loggerProxy(d: DistNode, msg: Term, self: Process): void {
  printLogEvent(d, msg, self);
}

/** Prints a logger event on this node's `user`, as the default handler would. */
export function printLogEvent(d: DistNode, ev: Term, from: Process | null = null): void {
  // This node's primary level decides, as for its own events.
  if (Array.isArray(ev) && ev[1] instanceof Atom && !loggerAllows(d.vm, ev[1].name)) return;
  const text = formatLogEvent(ev, new Date());
  const user = d.vm.userPid;
  if (text === null || user === null) return;
  const sender = from ?? d.vm.whereis(Atom.of('logger_proxy')) ?? null;
  if (sender === null) return;
  d.vm.sendPid(sender, user, [IO_REQUEST, sender.pid, d.vm.makeRef(), [Atom.of('put_chars'), Atom.of('unicode'), charList(text)]]);
}

function charList(s: string): Term {
  let l: Term = NIL;
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i]!, l);
  return l;
}
