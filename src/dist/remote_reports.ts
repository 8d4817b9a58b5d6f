// Error reports across nodes (§8.8 of the distribution notes): a process
// whose group leader lives on another node has its crash report sent to
// that node's logger_proxy, and events arriving at our logger_proxy are
// printed here as logger's default handler prints them.

import { Atom, Pid, list, str, type Term } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import { ioLibFormatTerm } from '../terms/format.js';
import type { Process } from '../vm/process.js';
import type { DistNode } from './node.js';

type Reporter = (p: Process, reason: Term) => void;

export const LOGGER_PROXY = Atom.of('logger_proxy');
const EMULATOR_FORMAT = 'Error in process ~p on node ~p with exit value:~n~p~n';

/**
 * Wraps vm.ext.crashReport (whoever sets it, before or after us) so that
 * reports of processes with a remote group leader go to that node.
 */
export function routeCrashReports(d: DistNode): void {
  const vm = d.vm;
  let inner = vm.ext.crashReport as Reporter | undefined;
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
    [a('error_logger'), ErlMap.fromEntries([[a('emulator'), a('true')], [a('tag'), a('error')]])],
    [a('gl'), gl],
    [a('pid'), pid],
    [a('time'), Date.now() * 1000],
  ]);
  return [a('log'), a('error'), str(EMULATOR_FORMAT), list([pid, node, reason]), meta];
}

const HEADERS: Record<string, string> = {
  emergency: 'ERROR',
  alert: 'ERROR',
  critical: 'ERROR',
  error: 'ERROR',
  warning: 'WARNING',
  notice: 'WARNING',
  info: 'INFO',
  debug: 'INFO',
};

/** The text logger's default handler prints for a forwarded event, or null if it is not one. */
export function formatLogEvent(ev: Term, when: Date): string | null {
  if (!Array.isArray(ev) || ev[0] !== Atom.of('log') || !(ev[1] instanceof Atom)) return null;
  const kind = HEADERS[ev[1].name];
  if (kind === undefined) return null;
  let body: string;
  try {
    if (ev.length === 5) body = ioLibFormatTerm(ev[2]!, ev[3]!);
    else if (ev.length === 4) body = ioLibFormatTerm('~p~n', list([ev[2]!]));
    else return null;
  } catch {
    return null;
  }
  return `=${kind} REPORT==== ${timestamp(when)} ===\n${body}\n`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** logger's legacy header time: 24-Nov-2026::14:01:55.257344 (local time). */
function timestamp(at: Date): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const date = `${at.getDate()}-${MONTHS[at.getMonth()]}-${at.getFullYear()}`;
  return `${date}::${pad(at.getHours(), 2)}:${pad(at.getMinutes(), 2)}:${pad(at.getSeconds(), 2)}.${pad(at.getMilliseconds() * 1000, 6)}`;
}
