// Stack traces as Erlang terms, built only when someone asks (a catch with
// a stack variable, a crash report, the shell's exception printer).

import { A, Atom, list, str, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import type { CompiledFn } from './frames.js';

const MAX_FRAMES = 8;

/** The exception a stack term was built for: lets the shell recover BIF error details. */
export const exceptionOfStack = new WeakMap<object, ErlException>();

/** [{M, F, ArityOrArgs, Location}] for an exception. */
export function stackTerm(ex: ErlException): Term {
  if (ex.stack !== null) return ex.stack;
  const frames: Term[] = [];
  const info = ex.info;
  if (info?.module !== undefined && info.function !== undefined) {
    const loc: Term[] = [];
    frames.push([Atom.of(info.module), Atom.of(info.function), list(info.args ?? []), list(loc)]);
  }
  for (const f of ex.frames as CompiledFn[]) {
    if (frames.length >= MAX_FRAMES) break;
    const mfa = f.mfa;
    if (mfa === undefined) continue;
    if (mfa[0] === '$shell') continue;
    frames.push([Atom.of(mfa[0]), Atom.of(mfa[1]), mfa[2], list([[Atom.of('file'), str(`${mfa[0]}.erl`)]])]);
  }
  ex.stack = list(frames);
  if (typeof ex.stack === 'object') exceptionOfStack.set(ex.stack as object, ex);
  return ex.stack;
}

/** The exit reason of a process that died of an uncaught exception. */
export function exitReasonOf(ex: ErlException): Term {
  if (ex.cls === 'exit') return ex.reason;
  if (ex.cls === 'throw') return [[A.nocatch, ex.reason], stackTerm(ex)];
  return [ex.reason, stackTerm(ex)];
}

