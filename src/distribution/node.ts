// The services half of distribution: attachDistribution turns a VM into a
// live node over a DistNet (the wire half): a DistNode as the VM's
// DistHooks (dist_node.ts), the BIFs' DistApi (dist_api.ts), crash reports
// that follow remote group leaders (remote_reports.ts), funs from peers, and
// the registered services (services.ts).

import { A, type Atom, Pid, type Term } from '../terms/types.js';
import { setNodeNumbering } from '../terms/print/write.js';
import type { Process } from '../vm/process.js';
import { pidKey, type VM } from '../vm/vm.js';
import type { DistNet } from './transport.js';
import { DistNode } from './dist_node.js';
import { startServices } from './services.js';
import { installDistApi } from './dist_api.js';
import { routeCrashReports } from './remote_reports.js';
import { erlEvalFunCode } from './erl_eval_funs.js';
import { attachHints } from './hints.js';
import { attachFaults } from './faults.js';

declare module '../vm/extensions.js' {
  interface VmExtensions {
    /** The node's distribution state, once alive. */
    distNode?: DistNode;
  }
}

export { DistNode } from './dist_node.js';

/** Nodes whose pids print with node number 0: every node attached in this OS process. */
const localNodes = new Set<Atom>([A.nonode_nohost]);
const nodeNumbers = new Map<Atom, number>();

function numberNodes(): void {
  setNodeNumbering((node) => {
    if (localNodes.has(node)) return 0;
    let n = nodeNumbers.get(node);
    if (n === undefined) {
      n = 9138 + nodeNumbers.size;
      nodeNumbers.set(node, n);
    }
    return n;
  });
}

/** Makes the VM a live node over `net`: signals, BIF state, net_kernel, rex and friends. */
export function attachDistribution(vm: VM, net: DistNet): DistNode {
  vm.nodeName = net.name;
  vm.creation = net.creation;
  localNodes.add(net.name);
  numberNodes();
  const d = new DistNode(vm, net);
  vm.dist = d;
  vm.ext.distNode = d;
  net.onChannel = (ch) => d.channelUp(ch);
  net.flushAfter = (fn) => vm.scheduler.afterTurn(fn);
  net.resolveFun = (module, index, uniq, arity, md5) => {
    // A fun typed in a real erl shell: run by compiling its clauses.
    const shellFun = erlEvalFunCode(vm, module, index, uniq, arity, md5, index);
    if (shellFun !== null) return shellFun;
    // Another node's build of the module numbers its funs the same way but
    // its uniq differs (erlts derives it per load): match on the index.
    if (!vm.code.ensureLoaded(module.name)) return null;
    return vm.code.funCode(module.name, index, 0);
  };
  const hooks = (vm.ext.exitHooks ??= []);
  hooks.push((p, reason) => processExited(d, p, reason));
  installDistApi(d);
  attachHints(vm, net);
  attachFaults(vm, net);
  routeCrashReports(d);
  startServices(d);
  return d;
}

/** A local process ended: DOWN to remote watchers, demonitor what it watched remotely. */
function processExited(d: DistNode, p: Process, reason: Term): void {
  const mons = d.remoteMonitors.take(p.pid.id);
  if (mons instanceof Map) for (const m of mons.values()) d.monitorExit(m.tag, m, reason);
  else if (mons !== undefined) d.monitorExit(mons.tag, mons, reason);
  if (p.monitors !== null) {
    for (const [ref, target] of p.monitors.values()) {
      if (target instanceof Pid && target.node === d.vm.nodeName) continue;
      d.demonitor(p, target, ref);
    }
  }
  // Most processes subscribed to nothing: no key string made for them.
  if (!d.nodeWatchers.has(p)) return;
  const key = pidKey(p.pid);
  for (const subs of d.nodeMonitors.values()) subs.delete(key);
  d.nodeSubscribers.delete(key);
}
