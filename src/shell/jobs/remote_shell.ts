// shell:start/0 on this node for a caller whose group leader is elsewhere:
// what `erl -remsh ThisNode` and ^G `r ThisNode` call through rpc (OTP's
// group.erl: rpc:call(Node, shell, start, [])). The new shell reads and
// writes through the caller's group leader, so it evaluates here while its
// input and output stay on the caller's terminal. It returns the shell's
// pid, which the caller's group links to.

import { Atom, Cons, NIL, list, str, type Pid, type Term } from '../../terms/types.js';
import { expand } from '../terminal/completion.js';
import { nodeCompletionWorld } from '../terminal/completion_sources.js';
import type { NativeFn } from '../../vm/native.js';
import type { VM } from '../../vm/vm.js';
import { RemoteIo } from './remote_io.js';
import { Shell } from '../repl/shell.js';
import { historyLimits } from '../repl/command_history.js';
import type { Process } from '../../vm/process.js';

export function registerRemoteShellStart(vm: VM): void {
  // shell:history/1 and results/1 now, with start/0: a node with no shell of
  // its own (-noinput) loads `shell` when a remote caller first starts one.
  historyLimits(vm);
  const start = (p: { groupLeader: Pid }): Term => {
    const io = new RemoteIo(vm, p.groupLeader);
    const alive = vm.nodeName.name !== 'nonode@nohost';
    let shell: Shell | null = null;
    // An end of input ends this shell, not the node (erl would halt it).
    shell = new Shell(vm, io, { promptNode: alive ? vm.nodeName.name : null, terminate: () => shell?.kill() });
    io.onInterrupted = () => shell?.interrupt();
    endWithShell(vm, shell.pid, io.client);
    shell.banner();
    shell.begin();
    return shell.pid;
  };
  vm.code.registerNatives({ name: 'shell', functions: { 'start/0': start as unknown as NativeFn } });
  registerEdlinExpand(vm);
}

/**
 * edlin_expand:expand/1, which erl's group calls through rpc on Tab in a
 * remote shell (its expand_fun): the line before the cursor, reversed, to
 * {yes | no, Chars, [{Name, Arity | ""}]}. Without it the group crashes.
 */
function registerEdlinExpand(vm: VM): void {
  const world = nodeCompletionWorld(vm, { variables: () => [], records: () => [] });
  const expandFn = (_p: unknown, bef: Term): Term => {
    let before = '';
    for (let l = bef; l instanceof Cons; l = l.tail) if (typeof l.head === 'number') before = String.fromCodePoint(l.head) + before;
    const e = expand(before, world);
    const matches = e.matches.map((m) => [str(m.name), m.arity === undefined ? NIL : m.arity] as Term);
    return [Atom.of(e.found ? 'yes' : 'no'), str(e.add), list(matches)];
  };
  vm.code.registerNatives({ name: 'edlin_expand', functions: { 'expand/1': expandFn as unknown as NativeFn } });
}

/** The io client process goes when its shell does. */
function endWithShell(vm: VM, shell: Pid, client: Process): void {
  const hooks = (vm.ext.exitHooks ??= []);
  const hook = (p: Process): void => {
    if (p.pid !== shell) return;
    // Not now: the exit hooks are being walked.
    queueMicrotask(() => {
      hooks.splice(hooks.indexOf(hook), 1);
      vm.exitSignal(client.pid, client.pid, Atom.of('kill'), false);
    });
  };
  hooks.push(hook);
}
