// Distribution's side of erlts_lesson's fault injection: the wire half
// does the cutting, delaying and stalling; every fault passes the trace
// point so the live view draws it where it happened.
import type { Atom } from '../terms/types.js';
import type { VM } from '../vm/vm.js';
import type { DistNet } from './transport.js';

export function attachFaults(vm: VM, net: DistNet): void {
  const { cut, heal, setLatency, setStalled, wire } = net;
  if (cut === undefined || heal === undefined || setLatency === undefined || setStalled === undefined || wire === undefined) return;
  const trace = (what: string, node: Atom | null, detail: number | Atom) => {
    if (vm.tracer !== null) vm.trace({ kind: 'fault', what, node, pid: null, detail });
  };
  // The shell's xray(on): one at a time; the live view watches beside it.
  let shellWatch: (() => void) | null = null;
  vm.ext.lessonFaults = {
    cut: (node) => {
      trace('cut', node, node);
      cut.call(net, node.name);
    },
    heal: (node) => {
      trace('heal', node, node);
      heal.call(net, node.name);
    },
    latency: (node, ms) => {
      trace('latency', node, ms);
      setLatency.call(net, node.name, ms);
    },
    stall: (on) => {
      trace(on ? 'stall' : 'resume', null, vm.nodeName);
      setStalled.call(net, on);
    },
    wireHistory: () => wire.recent(),
    watchWire: (watch) => {
      shellWatch?.();
      shellWatch = watch === null ? null : wire.watch(watch);
    },
    addWireWatcher: (watch) => wire.watch(watch),
  };
}
