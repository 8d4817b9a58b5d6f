// The terminal's side of a remote shell job: starts erlts_remsh:start/1
// with the job's io server as group leader, learns the remote shell's pid
// (for ^G i and k), and hears when that shell ends. user_drv then prints
// "*** ERROR: Shell process terminated! (^G to start new job) ***" for the
// connected job; remote_job leaves the printing to its caller.

import { A, Atom, Cons, Pid, str, type Term } from '../../terms/types.js';
import type { NativeFn } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import type { VM } from '../../vm/vm.js';
import { errorReportHeader } from '../../bifs/logger/crash_report.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** The terminal's remote shell jobs. */
    remoteShellJobs?: HostState;
  }
}

export interface RemoteShellJob {
  /** ^G i: an `interrupt` exit to the remote shell, as group.erl sends. */
  interrupt(): void;
  /** ^G k: the job goes, and its remote shell with it. */
  kill(): void;
  bindingNames(): string[];
  readonly records: Map<string, never>;
}

/** user_drv's words when the connected job's shell has ended. */
export function shellTerminatedText(reason: Term): string {
  return `${reason === A.normal ? '*** ' : '*** ERROR: '}Shell process terminated! (^G to start new job) ***\n`;
}

/**
 * The target of `-remsh Name`: a name without a host gets this node's host,
 * as user_drv's append_hostname does.
 */
export function remshTarget(name: string, localNode: string): string {
  if (name.includes('@')) return name;
  const at = localNode.indexOf('@');
  return at < 0 ? name : name + localNode.slice(at);
}

interface HostState {
  started: Map<number, (shell: Pid) => void>;
  /** Reports logged by a launcher, printed after its job's end. */
  reports: Map<number, string>;
}

function host(vm: VM): HostState {
  const known = vm.ext.remoteShellJobs;
  if (known !== undefined) return known;
  const state: HostState = { started: new Map(), reports: new Map() };
  vm.ext.remoteShellJobs = state;
  const started = (p: Process, shell: Term): Term => {
    if (shell instanceof Pid) state.started.get(p.pid.id)?.(shell);
    return A.ok;
  };
  // user_drv's ?LOG_ERROR when a node without a name could not reach the target.
  const couldNotConnect = (p: Process, name: Term): Term => {
    const text = typeof name === 'string' ? name : listText(name);
    state.reports.set(p.pid.id, `${errorReportHeader(new Date())}\nCould not connect to "${text}"\n`);
    return A.ok;
  };
  vm.code.registerNatives({
    name: 'erlts_remsh_host',
    functions: { 'started/1': started as unknown as NativeFn, 'could_not_connect/1': couldNotConnect as unknown as NativeFn },
  });
  return state;
}

/**
 * Starts a shell on `node` for the io server `io` (a pid of this node);
 * `ended` gets the shell's exit reason unless the job was killed.
 */
export function startRemoteShellJob(
  vm: VM,
  io: Pid,
  node: Atom,
  ended: (reason: Term, report: string | null) => void,
  opts: { connectFirst?: string } = {},
): RemoteShellJob {
  const state = host(vm);
  // A node that had no name connects first and says so when it cannot, as user_drv does.
  const connect = opts.connectFirst;
  const fn = vm.code.lookup('erlts_remsh', 'start', connect === undefined ? 1 : 2);
  if (fn === null) throw new Error('erlts: erlts_remsh missing');
  const args = connect === undefined ? [node] : [node, str(connect)];
  const launcher = vm.spawn(fn, args, null, { groupLeader: io, initialCall: ['group', 'server', 3] });
  let shell: Pid | null = null;
  let killed = false;
  state.started.set(launcher.pid.id, (pid) => (shell = pid));
  const hooks = (vm.ext.exitHooks ??= []);
  const hook = (p: Process, reason: Term): void => {
    if (p !== launcher) return;
    // Not now: the exit hooks are being walked.
    queueMicrotask(() => hooks.splice(hooks.indexOf(hook), 1));
    state.started.delete(launcher.pid.id);
    const report = state.reports.get(launcher.pid.id) ?? null;
    state.reports.delete(launcher.pid.id);
    if (!killed) ended(reason, report);
  };
  hooks.push(hook);
  return {
    interrupt: () => {
      if (shell !== null) vm.exitSignal(launcher.pid, shell, Atom.of('interrupt'), false);
    },
    kill: () => {
      killed = true;
      // The launcher dies killed; its link takes the remote shell with it.
      vm.exitSignal(launcher.pid, launcher.pid, A.kill, false);
    },
    bindingNames: () => [],
    records: new Map<string, never>(),
  };
}

function listText(t: Term): string {
  let s = '';
  for (let l = t; l instanceof Cons; l = l.tail) if (typeof l.head === 'number') s += String.fromCodePoint(l.head);
  return s;
}
