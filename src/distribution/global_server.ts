// Enough of global's connection protocol (kernel's global.erl, protocol
// version 8) for a real node to count us as synced, so that global:sync()
// there returns and its global tells the rest of its cluster about us. erlts
// registers no global names itself, so what it exchanges is always empty:
//
//   both sides: init_connect (with our tag and "locker", this process)
//   peer -> us: init_connect;   us -> peer: init_connect_ack
//   peer's locker takes the lock here ({set_lock, Id} calls: granted) and
//   casts lock_set; we answer lock_set with its tag, then exchange (no names)
//   and resolved (no operations); its new_nodes and in_sync need nothing.

import { A, Atom, Cons, NIL, Pid, list, type Term } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import type { Process } from '../vm/process.js';
import type { DistNode } from './dist_node.js';

const GLOBAL = Atom.of('global_name_server');
const GEN_CAST = Atom.of('$gen_cast');
const GEN_CALL = Atom.of('$gen_call');
const PROTOCOL_VSN = 8;

interface PeerSync {
  myTag: number;
  hisTag?: Term;
  /** Its global protocol version, once its init_connect came. */
  vsn?: number;
}

const peersOf = new WeakMap<DistNode, Map<Atom, PeerSync>>();

function peers(d: DistNode): Map<Atom, PeerSync> {
  let m = peersOf.get(d);
  if (m === undefined) peersOf.set(d, (m = new Map()));
  return m;
}

let tagCounter = 0;

function cast(d: DistNode, self: Process, node: Atom, msg: Term): void {
  d.sendNamed(self, GLOBAL, node, [GEN_CAST, msg]);
}

/** A visible peer came up: introduce ourselves, as global's handle_nodeup does. */
export function globalNodeUp(d: DistNode, self: Process, node: Atom): void {
  const sync: PeerSync = { myTag: -(2 ** 59) + ++tagCounter };
  peers(d).set(node, sync);
  const locker = [Atom.of('locker'), Atom.of('no_longer_a_pid'), ErlMap.EMPTY as unknown as Term, self.pid];
  cast(d, self, node, [Atom.of('init_connect'), [PROTOCOL_VSN, sync.myTag], d.vm.nodeName, locker]);
}

export function globalNodeDown(d: DistNode, node: Atom): void {
  peers(d).delete(node);
}

/** One message to our global_name_server. */
export function globalMessage(d: DistNode, msg: Term, self: Process): void {
  if (!Array.isArray(msg)) return;
  if (msg[0] === GEN_CALL && msg.length === 3) return globalCall(d, self, msg[1]!, msg[2]!);
  if (msg[0] === GEN_CAST && msg.length === 2 && Array.isArray(msg[1])) return globalCast(d, self, msg[1]);
}

/** set_lock / del_lock from a peer's locker: granted (we take no locks of our own). */
function globalCall(d: DistNode, self: Process, from: Term, req: Term): void {
  if (!Array.isArray(from) || from.length !== 2 || !(from[0] instanceof Pid)) return;
  const op = Array.isArray(req) ? req[0] : req;
  const reply = op === Atom.of('set_lock') || op === Atom.of('del_lock') ? A.true : op === Atom.of('get_known') ? NIL : A.ok;
  d.vm.sendPid(self, from[0], [from[1]!, reply]);
}

function globalCast(d: DistNode, self: Process, m: Term[]): void {
  const op = m[0] instanceof Atom ? m[0].name : '';
  switch (op) {
    case 'init_connect': {
      // {init_connect, {Vsn, HisTag}, Node, {locker, _, _, HisLocker}}
      const [, vsnTag, node] = m;
      if (!(node instanceof Atom) || !Array.isArray(vsnTag) || vsnTag.length !== 2) return;
      const sync = peers(d).get(node);
      if (sync === undefined) return;
      sync.hisTag = vsnTag[1]!;
      if (typeof vsnTag[0] === 'number') sync.vsn = vsnTag[0];
      d.sendNamed(self, GLOBAL, node, [Atom.of('init_connect_ack'), d.vm.nodeName, sync.hisTag, sync.myTag]);
      return;
    }
    case 'lock_set': {
      // {lock_set, HisLocker, true, HisKnown, OurTag}: its locker holds the lock on both sides.
      const [, locker, isSet] = m;
      if (!(locker instanceof Pid) || isSet !== A.true) return;
      const node = locker.node;
      const sync = peers(d).get(node);
      if (sync === undefined || sync.hisTag === undefined) return;
      cast(d, self, node, [Atom.of('lock_set'), self.pid, A.true, NIL, sync.hisTag]);
      cast(d, self, node, [Atom.of('exchange'), d.vm.nodeName, NIL, NIL, sync.hisTag]);
      // Our other synced peers, as {Node, Vsn}: the peer's global connects to them.
      const known: Term[] = [];
      for (const [n, p] of peers(d)) if (n !== node && p.vsn !== undefined && d.channels.has(n)) known.push([n, p.vsn]);
      cast(d, self, node, [Atom.of('resolved'), d.vm.nodeName, NIL, list(known), Atom.of('unused'), NIL, sync.hisTag]);
      return;
    }
    case 'new_nodes': {
      // {new_nodes, Node, Ops, NamesExt, NewNodes, ExtraInfo}: global connects to every one.
      connectTo(d, m[4]!);
      return;
    }
    default:
      return;
  }
}

/** NewNodes is a list of nodes or of {Node, Vsn}, or a map Node => Vsn. */
function connectTo(d: DistNode, nodes: Term): void {
  const names: Term[] = [];
  if (nodes instanceof ErlMap) for (const [k] of nodes.entries()) names.push(k);
  let l = nodes;
  while (l instanceof Cons) {
    names.push(Array.isArray(l.head) ? l.head[0]! : l.head);
    l = l.tail;
  }
  for (const n of names) {
    if (n instanceof Atom && n !== d.vm.nodeName && !d.channels.has(n)) d.withChannel(n, () => {});
  }
}
