// erlang:pid_to_list/1 and list_to_pid/1: pids as the text erl prints,
// `<0.84.0>`. Node 0 is this node; a pid of a live process comes back as
// that process's own pid term.

import { Atom, Cons, ExportFun, Fun, NIL, Pid, Port, Ref, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { writeFun, writePid, writePort, writeRef } from '../../terms/print/write.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { charList, textOfCharList } from './pid_text_chars.js';

function badarg(fn: string, arg: Term, why: string): ErlException {
  return new ErlException('error', Atom.of('badarg'), { module: 'erlang', function: fn, args: [arg], argErrors: { 1: why } });
}

/** erl_erts_errors' list_to_something: a term that is no proper list is "not a list". */
function notAPid(arg: Term): ErlException {
  let l = arg;
  while (l instanceof Cons) l = l.tail;
  return new ErlException('error', Atom.of('badarg'), {
    module: 'erlang',
    function: 'list_to_pid',
    args: [arg],
    argErrors: { 1: l === NIL ? 'not a textual representation of a pid' : 'not a list' },
  });
}

const functions: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'pid_to_list/1': (_p, pid) => {
    if (!(pid instanceof Pid)) {
      throw new ErlException('error', Atom.of('badarg'), { module: 'erlang', function: 'pid_to_list', args: [pid], argErrors: { 1: 'not a pid' } });
    }
    return charList(writePid(pid));
  },
  'ref_to_list/1': (_p, r) => {
    if (!(r instanceof Ref)) throw badarg('ref_to_list', r, 'not a reference');
    return charList(writeRef(r));
  },
  'port_to_list/1': (_p, port) => {
    if (!(port instanceof Port)) throw badarg('port_to_list', port, 'not a port');
    return charList(writePort(port));
  },
  'fun_to_list/1': (_p, f) => {
    if (!(f instanceof Fun || f instanceof ExportFun)) throw badarg('fun_to_list', f, 'not a fun');
    return charList(writeFun(f));
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
