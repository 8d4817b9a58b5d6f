// Erlang exceptions as JS exceptions. Everything that can fail in Erlang's
// sense throws an ErlException; anything else that escapes is a bug of ours.

import { A, Atom, type Term } from './types.js';

export type ExceptionClass = 'error' | 'exit' | 'throw';

export class ErlException {
  /** Erlang stack trace as a term ([{M,F,ArityOrArgs,Location}]), filled as it unwinds. */
  stack: Term | null = null;
  /** Raw frames collected while unwinding; turned into `stack` lazily. */
  frames: unknown[] = [];
  /** The pc each of `frames` was at (its line is fn.L[pc]). */
  pcs: number[] = [];
  constructor(
    readonly cls: ExceptionClass,
    readonly reason: Term,
    /**
     * For errors raised by BIFs: which arguments were wrong and why, as
     * erl's `*** argument N: not a tuple` lines (1-based index to text).
     * Also the BIF's identity and arguments for the `in function` line.
     */
    public info: ErrorInfo | null = null,
  ) {}
  get clsAtom(): Atom {
    return Atom.of(this.cls);
  }
}

export interface ErrorInfo {
  module?: string;
  function?: string;
  args?: Term[];
  /** The error_info map of the frame's location ({error_info, Map}), for library errors that carry one. */
  errorInfo?: Term;
  /** The function's arity, when erl shows no arguments (`args` absent). */
  arity?: number;
  /** Source line of the failing function (function_clause of compiled code): the frame's location. */
  line?: number;
  /** argument position (1-based) to explanation, or 'general' */
  argErrors?: { [arg: number]: string; general?: string };
}

export function error(reason: Term, info: ErrorInfo | null = null): ErlException {
  return new ErlException('error', reason, info);
}
export function exit(reason: Term): ErlException {
  return new ErlException('exit', reason);
}
export function throwTerm(reason: Term): ErlException {
  return new ErlException('throw', reason);
}

/** The usual BIF failure: badarg, naming the offending argument. */
export function badarg(argNo?: number, why?: string): ErlException {
  return new ErlException('error', A.badarg, argNo === undefined ? null : { argErrors: { [argNo]: why ?? 'bad argument' } });
}
export function badarith(): ErlException {
  return new ErlException('error', A.badarith);
}
