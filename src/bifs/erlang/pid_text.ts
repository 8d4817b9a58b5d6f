// erlang:pid_to_list/1 and list_to_pid/1: pids as the text erl prints,
// `<0.84.0>`. Node 0 is this node; a pid of a live process comes back as
// that process's own pid term.

import { Atom, Pid, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { writePid } from '../../terms/print/write.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { charList, textOfCharList } from './pid_text_chars.js';

function notAPid(arg: Term): ErlException {
  return new ErlException('error', Atom.of('badarg'), {
    module: 'erlang',
    function: 'list_to_pid',
    args: [arg],
    argErrors: { 1: 'not a textual representation of a pid' },
  });
}

const functions: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'pid_to_list/1': (_p, pid) => {
    if (!(pid instanceof Pid)) {
      throw new ErlException('error', Atom.of('badarg'), { module: 'erlang', function: 'pid_to_list', args: [pid], argErrors: { 1: 'not a pid' } });
    }
    return charList(writePid(pid));
  },
  'list_to_pid/1': (p, arg) => {
    const text = textOfCharList(arg);
    const m = text === null ? null : /^<(\d+)\.(\d+)\.(\d+)>$/.exec(text);
    if (m === null || m[1] !== '0') throw notAPid(arg);
    const id = Number(m[2]);
    const serial = Number(m[3]);
    const live = p.vm.processes.get(id);
    if (live !== undefined && live.pid.serial === serial) return live.pid;
    return new Pid(p.vm.nodeName, id, serial, p.vm.creation);
  },
};

export const erlangPidTextNatives: NativeModule = {
  name: 'erlang',
  functions: functions as unknown as Record<string, NativeFn>,
};
