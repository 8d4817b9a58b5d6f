// Fault injection from the shell, for teaching what a partition does:
// erlts_lesson:cut/1 and heal/1 (a connection cut as a network would cut
// it: nodedown, noconnection, {badrpc,nodedown}), latency/2, and stall/1 (the
// node goes silent, so its peers' net_ticktime finds it out). Distribution
// provides them (vm.ext.lessonFaults); a node that is not alive has none.
import { A, Atom, type Term } from '../../terms/types.js';
import { badarg, ErlException } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { VM } from '../../vm/vm.js';

export interface LessonFaults {
  cut(node: Atom): void;
  heal(node: Atom): void;
  latency(node: Atom, ms: number): void;
  stall(on: boolean): void;
}

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** Fault injection on the wire, set by distribution when the node is alive. */
    lessonFaults?: LessonFaults;
  }
}

function faults(vm: VM): LessonFaults {
  const f = vm.ext.lessonFaults;
  if (f === undefined) throw new ErlException('error', Atom.of('notalive'));
  return f;
}

function node(t: Term): Atom {
  if (!(t instanceof Atom)) throw badarg(1);
  return t;
}

type P = { vm: VM };

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'cut/1': (p, n) => {
    faults(p.vm).cut(node(n));
    return A.ok;
  },
  'heal/1': (p, n) => {
    faults(p.vm).heal(node(n));
    return A.ok;
  },
  'latency/2': (p, n, ms) => {
    if (typeof ms !== 'number' || ms < 0) throw badarg(2);
    faults(p.vm).latency(node(n), ms);
    return A.ok;
  },
  'stall/1': (p, on) => {
    if (on !== A.true && on !== A.false) throw badarg(1);
    faults(p.vm).stall(on === A.true);
    return A.ok;
  },
};

export const lessonFaultNatives: NativeModule = { name: 'erlts_lesson', functions: f as unknown as Record<string, NativeFn> };
