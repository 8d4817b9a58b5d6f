// What the live view says about a process (docs/live-view-protocol.md,
// "Proc"): its pid as this node prints it, its node, name, initial call, and
// whether it is part of the node's own machinery, which the page hides
// unless asked.

import type { Atom, Pid } from '../terms/types.js';
import { writePid, writeTerm } from '../terms/print/write.js';
import type { VM } from '../vm/vm.js';

export interface ProcInfo {
  pid: string;
  node: string;
  name: string | null;
  call: string | null;
  system: boolean;
}

/**
 * The registered names of a node's plumbing: io servers, the code and
 * distribution services. `rex` is among them: an rpc:call is drawn as one
 * exchange between the caller and the node it calls (the page's rpc rows),
 * and rex's own traffic is how, not what.
 */
const SYSTEM_NAMES = new Set([
  'init',
  'user',
  'user_drv',
  'standard_error',
  'code_server',
  'erl_prim_loader',
  'application_controller',
  'kernel_sup',
  'logger',
  'logger_proxy',
  'error_logger',
  'net_kernel',
  'net_sup',
  'auth',
  'erl_epmd',
  'global_name_server',
  'global_group',
  'inet_db',
  'erl_signal_server',
  'file_server_2',
  'rex',
  'erlts_connect_all',
  'erlts_view',
]);

const SYSTEM_MODULES = new Set(['init', 'user', 'group', 'user_drv', 'code_server', 'net_kernel', 'global', 'logger', 'erlts_connect_all']);

export function procInfo(vm: VM, pid: Pid): ProcInfo {
  const local = pid.node === vm.nodeName ? vm.proc(pid) : undefined;
  const name = local?.registeredName?.name ?? null;
  const call = local !== undefined ? `${local.initialCall[0]}:${local.initialCall[1]}/${local.initialCall[2]}` : null;
  const system = local !== undefined && (local.native !== null || (name !== null && SYSTEM_NAMES.has(name)) || SYSTEM_MODULES.has(local.initialCall[0]));
  return { pid: writePid(pid), node: pid.node.name, name, call, system };
}

/** A registered process on another node, known here by name only (`{Name, Node} ! Msg`). */
export function namedProcInfo(name: Atom, node: Atom): ProcInfo {
  return { pid: writeTerm([name, node]), node: node.name, name: name.name, call: null, system: SYSTEM_NAMES.has(name.name) };
}
