// Stack traces as Erlang terms, built only when someone asks (a catch with
// a stack variable, a crash report, the shell's exception printer).

import { A, Atom, list, str, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import { ErlMap } from '../terms/map.js';
import type { CompiledFn } from './frames.js';

const MAX_FRAMES = 8;

/** The exception a stack term was built for: lets the shell recover BIF error details. */
export const exceptionOfStack = new WeakMap<object, ErlException>();

/** [{M, F, ArityOrArgs, Location}] for an exception. */
export function stackTerm(ex: ErlException): Term {
  if (ex.stack !== null) return ex.stack;
  const frames: Term[] = [];
  const info = ex.info;
  const fromBif = info?.module !== undefined && info.function !== undefined;
  if (fromBif) {
    const loc: Term[] = info!.module === 'erlang' && ex.reason !== A.undef ? [[ERROR_INFO, ERTS_ERRORS]] : [];
    frames.push([Atom.of(info!.module!), Atom.of(info!.function!), list(info!.args ?? []), list(loc)]);
  }
  let hidden = false;
  for (const f of ex.frames as CompiledFn[]) {
    if (frames.length >= MAX_FRAMES) break;
    const mfa = f.mfa;
    if (mfa === undefined) continue;
    if (HIDDEN_MODULES.has(mfa[0])) {
      hidden = true;
      continue;
    }
    frames.push([Atom.of(mfa[0]), Atom.of(mfa[1]), mfa[2], list([[Atom.of('file'), str(`${mfa[0]}.erl`)]])]);
  }
  // Code typed at the shell runs inside erl_eval on BEAM, whose frames the
  // stack shows as one call of the shell's fun applier.
  if (frames.length === 0 && (hidden || ex.frames.length === 0)) frames.push(SHELL_APPLY_FUN);
  ex.stack = list(frames);
  if (typeof ex.stack === 'object') exceptionOfStack.set(ex.stack as object, ex);
  return ex.stack;
}

/** Modules whose frames stand for erl's interpreter and shell: not shown in stack traces. */
const HIDDEN_MODULES = new Set(['erl_eval', 'erlts_shell', '$shell']);
const ERROR_INFO = Atom.of('error_info');
const ERTS_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_erts_errors'));
const SHELL_APPLY_FUN: Term = [Atom.of('shell'), Atom.of('apply_fun'), 3, list([[Atom.of('file'), str('shell.erl')], [Atom.of('line'), 912]])];

/** The exit reason of a process that died of an uncaught exception. */
export function exitReasonOf(ex: ErlException): Term {
  if (ex.cls === 'exit') return ex.reason;
  if (ex.cls === 'throw') return [[A.nocatch, ex.reason], stackTerm(ex)];
  return [ex.reason, stackTerm(ex)];
}

