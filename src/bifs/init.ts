// The init natives: stopping the node and reading the command line.
//
// init:stop/0,1 is asynchronous in erl: it returns ok at once, and the node
// halts only after init has taken the applications down, about 0.9 s later on
// OTP 25. Meanwhile everything keeps running: the shell evaluates the piped
// lines after q() (and may even reach EOF and print "*** Terminating erlang"
// first). We wait the same way, then halt through vm.onHalt, which flushes.
//
// The command line comes from vm.ext.initArgs, set by the CLI:
// {arguments: {flag, values[]}[], plain: string[]}.

import * as os from 'node:os';
import { A, Atom, Cons, NIL, list, str, type Term } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import type { Process } from '../vm/process.js';
import type { VM } from '../vm/vm.js';

declare module '../vm/extensions.js' {
  interface VmExtensions {
    /** The command line as init keeps it (set by the CLI). */
    initArgs?: InitArgs;
    /** init:get_status/0's first element while the node runs. */
    initStatus?: string;
    /** init:stop/0,1 has begun. */
    initStopping?: boolean;
    /** How long init:stop takes before halting (tests shorten it). */
    initStopDelayMs?: number;
  }
}

type P = Process;

export interface InitArgs {
  arguments: { flag: string; values: string[] }[];
  plain: string[];
}

/** How long init:stop takes before the node halts (ms); vm.ext.initStopDelayMs overrides. */
export const INIT_STOP_DELAY_MS = 900;

function scheduleHalt(vm: VM, status: number | string): void {
  if (vm.ext.initStopping === true) return;
  vm.ext.initStopping = true;
  const delay = vm.ext.initStopDelayMs ?? INIT_STOP_DELAY_MS;
  setTimeout(() => vm.onHalt(status), delay);
}

function badarg(fn: string, args: Term[]): ErlException {
  return new ErlException('error', A.badarg, { module: 'init', function: fn, args });
}

/** The flags erl's emulator puts in front of the user's own. */
function emulatorFlags(): { flag: string; values: string[] }[] {
  return [
    { flag: 'root', values: ['/usr/lib/erlang'] },
    { flag: 'bindir', values: ['/usr/lib/erlang/erts-13.1.5/bin'] },
    { flag: 'progname', values: ['erl'] },
    { flag: 'home', values: [process.env.HOME ?? os.homedir()] },
  ];
}

function allFlags(vm: VM): { flag: string; values: string[] }[] {
  const given = vm.ext.initArgs?.arguments ?? [];
  const own = new Set(given.map((a) => a.flag));
  return [...emulatorFlags().filter((a) => !own.has(a.flag)), ...given];
}

function strings(values: string[]): Term {
  return list(values.map((v) => str(v)));
}

function haltStatus(s: Term): number | string | null {
  if (typeof s === 'number' && s >= 0) return s;
  if (s === NIL || s instanceof Cons) {
    let out = '';
    let l: Term = s;
    while (l instanceof Cons) {
      if (typeof l.head !== 'number') return null;
      out += String.fromCodePoint(l.head);
      l = l.tail;
    }
    return l === NIL ? out : null;
  }
  return null;
}

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'stop/0': (p) => {
    scheduleHalt(p.vm, 0);
    return A.ok;
  },
  'stop/1': (p, s) => {
    const status = haltStatus(s);
    if (status === null) throw badarg('stop', [s]);
    scheduleHalt(p.vm, status);
    return A.ok;
  },
  // No applications to restart: rebooting or restarting ends the node like stop.
  'reboot/0': (p) => {
    scheduleHalt(p.vm, 0);
    return A.ok;
  },
  'restart/0': (p) => {
    scheduleHalt(p.vm, 0);
    return A.ok;
  },
  'get_argument/1': (p, flag) => {
    if (!(flag instanceof Atom)) throw badarg('get_argument', [flag]);
    const hits = allFlags(p.vm).filter((a) => a.flag === flag.name);
    return hits.length === 0 ? A.error : [A.ok, list(hits.map((a) => strings(a.values)))];
  },
  'get_arguments/0': (p) => list(allFlags(p.vm).map((a) => [Atom.of(a.flag), strings(a.values)])),
  'get_plain_arguments/0': (p) => strings(p.vm.ext.initArgs?.plain ?? []),
  'script_id/0': () => [str('Erlang/OTP'), str('25')],
  'get_status/0': (p) => {
    const internal = p.vm.ext.initStopping === true ? 'stopping' : (p.vm.ext.initStatus ?? 'started');
    return [Atom.of(internal), Atom.of('started')];
  },
  'notify_when_started/1': () => Atom.of('started'),
  'wait_until_started/0': () => A.ok,
};

export const initNatives: NativeModule = {
  name: 'init',
  functions: f as unknown as Record<string, NativeFn>,
};
