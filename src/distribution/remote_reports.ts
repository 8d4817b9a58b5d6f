// Error reports across nodes (§8.8 of the distribution notes): a process
// whose group leader lives on another node has its crash report sent to
// that node's logger_proxy, and events arriving at our logger_proxy are
// printed here as logger's default handler prints them.

import { Atom, type Pid, list, str, type Term } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import type { Process } from '../vm/process.js';
import type { DistNode } from './dist_node.js';
export { formatLogEvent } from '../bifs/logger/log_event.js';

type Reporter = (p: Process, reason: Term) => void;

export const LOGGER_PROXY = Atom.of('logger_proxy');
const EMULATOR_FORMAT = 'Error in process ~p on node ~p with exit value:~n~p~n';

/**
 * Wraps vm.ext.crashReport (whoever sets it, before or after us) so that
 * reports of processes with a remote group leader go to that node.
 */
export function routeCrashReports(d: DistNode): void {
  const vm = d.vm;
  let inner = vm.ext.crashReport;
  const outer: Reporter = (p, reason) => {
    const gl = p.groupLeader;
    if (gl.node !== vm.nodeName && d.channels.has(gl.node)) {
      d.sendNamed(null, LOGGER_PROXY, gl.node, emulatorEvent(p.pid, vm.nodeName, reason, gl));
      return;
    }
    inner?.(p, reason);
  };
  Object.defineProperty(vm.ext, 'crashReport', {
    get: () => outer,
    set: (f: Reporter | undefined) => {
      inner = f;
    },
    configurable: true,
    enumerable: true,
  });
}

/** The event erts hands to logger for a crashed process, as logger_proxy forwards it. */
function emulatorEvent(pid: Pid, node: Atom, reason: Term, gl: Pid): Term {
  const a = Atom.of;
  const meta = ErlMap.fromEntries([
    [
      a('error_logger'),
      ErlMap.fromEntries([
        [a('emulator'), a('true')],
        [a('tag'), a('error')],
      ]),
    ],
    [a('gl'), gl],
    [a('pid'), pid],
    [a('time'), Date.now() * 1000],
  ]);
  return [a('log'), a('error'), str(EMULATOR_FORMAT), list([pid, node, reason]), meta];
}
