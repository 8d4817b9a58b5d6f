// Monitors remote processes hold on local ones, by the local pid's number.
// Nearly every local process has none or one: each erpc call a peer makes
// spawns a process its caller monitors, with the request's reference, a
// remote one whose key is a string to build and hash. One monitor is kept
// as it is; keys are made only when a second one comes or a DEMONITOR
// names one.

import type { Atom, Pid, Ref, Term } from '../terms/types.js';
import { refKey, type RefKey } from '../vm/vm.js';

/** A monitor a remote process holds on one of ours. */
export interface RemoteMonitor {
  ref: Ref;
  watcher: Pid;
  /** What the DOWN names: the pid, or the atom when monitored by name. */
  tag: Term;
}

export type RemoteMonitorsOf = RemoteMonitor | Map<RefKey, RemoteMonitor>;

export class RemoteMonitors {
  private readonly byPid = new Map<number, RemoteMonitorsOf>();

  add(id: number, m: RemoteMonitor): void {
    const e = this.byPid.get(id);
    if (e === undefined) this.byPid.set(id, m);
    else if (e instanceof Map) e.set(refKey(m.ref), m);
    else this.byPid.set(id, new Map([[refKey(e.ref), e]]).set(refKey(m.ref), m));
  }

  remove(id: number, ref: Ref): void {
    const e = this.byPid.get(id);
    if (e === undefined) return;
    if (e instanceof Map) {
      e.delete(refKey(ref));
      if (e.size === 0) this.byPid.delete(id);
    } else if (refKey(e.ref) === refKey(ref)) this.byPid.delete(id);
  }

  /** The monitors on the process numbered `id`, taken away (it ended). */
  take(id: number): RemoteMonitorsOf | undefined {
    const e = this.byPid.get(id);
    if (e !== undefined) this.byPid.delete(id);
    return e;
  }

  /** Forgets the monitors held by processes of `node` (its connection went down). */
  dropWatchersOn(node: Atom): void {
    for (const [id, e] of this.byPid) {
      if (!(e instanceof Map)) {
        if (e.watcher.node === node) this.byPid.delete(id);
        continue;
      }
      for (const [k, m] of e) if (m.watcher.node === node) e.delete(k);
      if (e.size === 0) this.byPid.delete(id);
    }
  }
}
