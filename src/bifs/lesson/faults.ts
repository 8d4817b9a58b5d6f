// Fault injection from the shell, for teaching what a partition does:
// erlts_lesson:cut/1 and heal/1 (a connection cut as a network would cut
// it: nodedown, noconnection, {badrpc,nodedown}), latency/2, and stall/1 (the
// node goes silent, so its peers' net_ticktime finds it out). Distribution
// provides them (vm.ext.lessonFaults); a node that is not alive has none.
import { A, Atom, list, str, type Term } from '../../terms/types.js';
import { ErlMap } from '../../terms/map.js';
import { lessonPrint } from './hints.js';

const ON = Atom.of('on');
const OFF = Atom.of('off');
import { badarg, ErlException } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { VM } from '../../vm/vm.js';

export interface WireLine {
  dir: 'in' | 'out';
  peer: string;
  step: string;
  fields: Record<string, string>;
  bytes: number;
}

export interface LessonFaults {
  cut(node: Atom): void;
  heal(node: Atom): void;
  latency(node: Atom, ms: number): void;
  stall(on: boolean): void;
  /** The wire's recent history (EPMD and handshakes). */
  wireHistory(): readonly WireLine[];
  /** Calls `watch` for everything that crosses the wire from now on; null stops. */
  watchWire(watch: ((ev: WireLine) => void) | null): void;
  /** Another watcher of the wire beside the shell's (the live view); returns how to stop. */
  addWireWatcher(watch: (ev: WireLine) => void): () => void;
}

/** One X-ray line: `xray: out -> kvs@host REG_SEND control={6,...} (57 bytes)`. */
export function wireText(ev: WireLine): string {
  const arrow = ev.dir === 'out' ? '->' : '<-';
  const fields = Object.entries(ev.fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `xray: ${ev.dir} ${arrow} ${ev.peer} ${ev.step}${fields === '' ? '' : ` ${fields}`} (${ev.bytes} bytes)\n`;
}

function wireTerm(ev: WireLine): Term {
  const fields = ErlMap.fromEntries(Object.entries(ev.fields).map(([k, v]) => [Atom.of(k), str(v)] as [Term, Term]));
  return [Atom.of(ev.dir), Atom.of(ev.peer), Atom.of(ev.step), fields, ev.bytes];
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
  /** xray() -> the recent EPMD and handshake messages; xray(on | off) prints all wire traffic as it passes. */
  'xray/0': (p) => list(faults(p.vm).wireHistory().map(wireTerm)),
  'xray/1': (p, on) => {
    if (on !== ON && on !== OFF) throw badarg(1);
    const vm = p.vm;
    faults(vm).watchWire(on === ON ? (ev) => lessonPrint(vm, wireText(ev)) : null);
    return A.ok;
  },
  'stall/1': (p, on) => {
    if (on !== A.true && on !== A.false) throw badarg(1);
    faults(p.vm).stall(on === A.true);
    return A.ok;
  },
};

export const lessonFaultNatives: NativeModule = { name: 'erlts_lesson', functions: f as unknown as Record<string, NativeFn> };
