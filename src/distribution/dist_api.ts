// The DistApi the erlang_dist BIFs call (src/bifs/erlang/dist.ts), over
// a DistNode: node lists, monitor_node, cookies, spawn requests, connects.

import { A, Atom, type Pid, type Ref, list, str, type Term } from '../terms/types.js';
import { pidKey } from '../vm/vm.js';
import type { Process } from '../vm/process.js';
import type { DistApi, SpawnReply } from '../bifs/erlang/dist.js';
import type { DistNode } from './dist_node.js';
import { OP } from './controls.js';
import { names as epmdNamesRequest, type EpmdAddress } from './epmd/client.js';

const NODEDOWN = Atom.of('nodedown');

/** What a DistNet may offer besides the interface: a names lookup, or the EPMD it registered with. */
interface NamesCapable {
  names?(host: string): Promise<[string, number][] | null>;
  epmd?: EpmdAddress;
}

/** EPMD's NAMES_REQ on `host`, at the port our own EPMD uses. */
function epmdNames(net: NamesCapable, host: string): Promise<[string, number][] | null> {
  if (net.names !== undefined) return net.names(host);
  if (net.epmd === undefined) return Promise.resolve(null);
  return epmdNamesRequest({ host, port: net.epmd.port }).then((r) => r.nodes.map((n) => [n.name, n.port] as [string, number]));
}

export function installDistApi(d: DistNode): void {
  const vm = d.vm;
  const net = d.net;
  const api: DistApi = {
    nodes(kind) {
      const out: Atom[] = [];
      if (kind === 'known') return [...d.known];
      for (const ch of d.channels.values()) {
        if (kind === 'connected' || (kind === 'hidden') === ch.hidden) out.push(ch.peer);
      }
      return out;
    },
    monitorNode(p, node, on) {
      const key = pidKey(p.pid);
      if (!on) {
        const subs = d.nodeMonitors.get(node);
        const e = subs?.get(key);
        if (e !== undefined) {
          if (--e[1] <= 0) subs!.delete(key);
        }
        return;
      }
      if (node === vm.nodeName) return;
      d.nodeWatchers.add(p);
      const add = () => {
        let subs = d.nodeMonitors.get(node);
        if (subs === undefined) d.nodeMonitors.set(node, (subs = new Map()));
        const e = subs.get(key);
        if (e !== undefined) e[1]++;
        else subs.set(key, [p.pid, 1]);
      };
      if (d.channels.has(node)) {
        add();
        return;
      }
      // Not connected: connect, and if that fails the subscriber hears nodedown.
      d.withChannel(node, add, () => vm.sendPid(null, p.pid, [NODEDOWN, node]));
    },
    disconnect(node) {
      const ch = d.channels.get(node);
      if (ch === undefined) return false;
      ch.close();
      return true;
    },
    getCookie(node) {
      return (node !== null ? net.peerCookies.get(node) : undefined) ?? net.cookie;
    },
    setCookie(node, cookie) {
      if (node === null) net.cookie = cookie;
      else net.peerCookies.set(node, cookie);
      vm.ext.cookie = net.cookie;
    },
    spawnRequest(p: Process, node: Atom, m: Atom, f: Atom, args: Term[], wireOpts: Term[], reply: SpawnReply, tag: Term): Ref {
      return d.spawnRequest(p, node, [m, f, args], wireOpts, reply, tag);
    },
    abandonSpawn(ref) {
      return d.abandonSpawn(ref);
    },
    connect(p, node) {
      const ref = vm.makeRef();
      if (node === vm.nodeName) vm.sendPid(null, p.pid, [ref, A.true]);
      else
        d.withChannel(
          node,
          () => vm.sendPid(null, p.pid, [ref, A.true]),
          () => vm.sendPid(null, p.pid, [ref, A.false]),
        );
      return ref;
    },
    monitorNodes(p, on) {
      if (on) {
        d.nodeSubscribers.set(pidKey(p.pid), p.pid);
        d.nodeWatchers.add(p);
      } else d.nodeSubscribers.delete(pidKey(p.pid));
    },
    names(p, host) {
      const ref = vm.makeRef();
      const reply = (t: Term) => vm.sendPid(null, p.pid, [ref, t]);
      epmdNames(net as unknown as NamesCapable, host).then(
        (names) => reply(names === null ? [A.error, Atom.of('address')] : [A.ok, list(names.map(([n, port]) => [str(n), port] as Term))]),
        () => reply([A.error, Atom.of('address')]),
      );
      return ref;
    },
    netTicktime() {
      return net.ticktime;
    },
    setNetTicktime(seconds) {
      net.setTicktime(seconds);
    },
    groupLeader(gl: Pid, pid: Pid) {
      d.out(pid.node, () => [[OP.GROUP_LEADER, gl, pid]]);
    },
  };
  vm.ext.distApi = api;
}
