// Failures of native library functions, shaped the way real Erlang reports them.
//
// Two kinds matter to the shell's printout:
//  - BIF errors (badarg, badkey...) carry the `*** argument N: ...` explanations
//    in ErrorInfo.argErrors, plus the frame (module, function, args) where erl
//    says the error happened, which is not always the function that was called:
//    lists:reverse([1,2|3]) fails inside lists:reverse(3, [2,1]).
//  - function_clause errors from library code written in Erlang carry no text
//    at all; the shell prints the failing clause's arguments and source line
//    from the top stack frame, so we build that frame ourselves.

import { Atom, type Term } from '../terms/types.js';
import { type ErlException, error, type ErrorInfo, type LibraryFrame } from '../terms/exception.js';

const FUNCTION_CLAUSE = Atom.of('function_clause');

/**
 * An error raised at a given frame, with optional per-argument explanations.
 * With a source line, the frame is also put on the stack as erl would show it
 * (`in function lists:seq/3 (lists.erl, line 299)`); `args` may then be the
 * arity alone when erl does not know the arguments.
 */
export function frameError(reason: Term, module: string, fn: string, args: Term[] | number, argErrors?: ErrorInfo['argErrors'], line?: number): ErlException {
  const info: ErrorInfo = { module, function: fn };
  if (typeof args !== 'number') info.args = args;
  else info.arity = args;
  if (argErrors !== undefined) info.argErrors = argErrors;
  // The stack trace gets the frame (with this location) on top of the callers' frames.
  if (line !== undefined) info.line = line;
  return error(reason, info);
}

/** badarg raised by erlang:fn(args), explaining argument argNo when one is given. */
export function erlangBadarg(fn: string, args: Term[], argNo?: number, why?: string): ErlException {
  return frameError(Atom.of('badarg'), 'erlang', fn, args, argNo === undefined ? undefined : { [argNo]: why ?? 'bad argument' });
}

/** badarg raised by the BIF module:fn(args), explaining argument argNo. */
export function badargIn(module: string, fn: string, args: Term[], argNo: number, why: string): ErlException {
  return frameError(Atom.of('badarg'), module, fn, args, { [argNo]: why });
}

/**
 * function_clause as raised by an Erlang-written library function: the stack's
 * top frame names the clause that failed, its arguments and its source line
 * in the OTP 25 sources (the shell prints `(lists.erl, line 198)`).
 */
export function functionClause(module: string, fn: string, args: Term[], line: number): ErlException {
  return frameError(FUNCTION_CLAUSE, module, fn, args, undefined, line);
}

/**
 * The exception with OTP's library frames under its failing frame, innermost
 * first: where OTP's function is Erlang and fails in a BIF it calls (or one
 * level down a body recursion), erl's stack trace shows those frames.
 */
export function calledFrom(ex: ErlException, ...callers: LibraryFrame[]): ErlException {
  if (ex.info !== null) ex.info.callers = [...callers, ...(ex.info.callers ?? [])];
  return ex;
}
