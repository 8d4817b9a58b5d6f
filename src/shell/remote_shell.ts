// shell:start/0 on this node for a caller whose group leader is elsewhere:
// what `erl -remsh ThisNode` and ^G `r ThisNode` call through rpc (OTP's
// group.erl: rpc:call(Node, shell, start, [])). The new shell reads and
// writes through the caller's group leader, so it evaluates here while its
// input and output stay on the caller's terminal. It returns the shell's
// pid, which the caller's group links to.

import type { Pid, Term } from '../terms/types.js';
import type { NativeFn } from '../vm/native.js';
import type { VM } from '../vm/vm.js';
import { RemoteIo } from './remote_io.js';
import { Shell } from './shell.js';

export function registerRemoteShellStart(vm: VM): void {
  const start = (p: { groupLeader: Pid }): Term => {
    const io = new RemoteIo(vm, p.groupLeader);
    const alive = vm.nodeName.name !== 'nonode@nohost';
    let shell: Shell | null = null;
    // An end of input ends this shell, not the node (erl would halt it).
    shell = new Shell(vm, io, { promptNode: alive ? vm.nodeName.name : null, terminate: () => shell?.kill() });
    io.onInterrupted = () => shell?.interrupt();
    shell.banner();
    shell.begin();
    return shell.pid;
  };
  vm.code.registerNatives({ name: 'shell', functions: { 'start/0': start as unknown as NativeFn } });
}

