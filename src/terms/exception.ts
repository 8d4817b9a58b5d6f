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
  /**
   * The function whose handler caught this exception last (its frame is in
   * `frames` already): a re-raise from that handler (no catch clause
   * matched, or `after` ran) must not add the frame again.
   */
  caughtBy: unknown = null;
  /** By frame (sparse): which list comprehensions running in that frame had accumulated an element, as bits. */
  accs: number[] = [];
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
  /**
   * Frames of library code between the failing frame and the native's caller,
   * innermost first, as OTP's Erlang-written function would leave them
   * ({module, function, arity, line}): lists:suffix/2 calling length/1,
   * a body recursion's return address.
   */
  callers?: LibraryFrame[];
  /** argument position (1-based) to explanation, or 'general' */
  argErrors?: { [arg: number]: string; general?: string };
  /** A failed binary construction: no BIF frame; the failing function's own frame carries the error_info. */
  bits?: BitsFailure;
  /**
   * An operator BEAM's JIT runs as an instruction with no BIF frame when it
   * fails in compiled code: `/`, and `+`/`-` with a literal integer operand
   * (`X + 1`, `X - 1`). Other operators fail as calls of erlang:Op.
   */
  inline?: boolean;
}

/**
 * A frame of OTP's Erlang library code: module, function, arity and line in
 * its .erl file (null: a frame with no location, as the module_info
 * functions the compiler adds have).
 */
export type LibraryFrame = readonly [module: string, fn: string, arity: number, line: number | null];

/**
 * How a binary construction failed, as erts records it: the error_info map
 * (#{cause => {Segment, Type, Error, Value}, module => erl_erts_errors,
 * function => format_bs_fail}) that goes in the location of the frame the
 * construction ran in. `shell` is what erl's shell would have raised for
 * the same construction typed at the prompt (eval_bits builds one segment
 * at a time, in a frame of its own); null when that differs in reason.
 */
export interface BitsFailure {
  errorInfo: Term;
  shell: ShellBitsFailure | null;
}

/** The failure as eval_bits:eval_exp_field/6 raises it. */
export interface ShellBitsFailure {
  /** The segment's position in the expression (override_segment_position). */
  position: number;
  /** The line of the eval_exp_field clause that failed. */
  line: number;
  /** erl's cause: {1, Type, Error, Value}; null: no error_info at all (a whole binary's unit). */
  cause: Term | null;
  /**
   * A BIF eval_exp_field calls failed instead, with a frame of its own:
   * bit_size/1 of a whole-binary segment's value, or Size * Unit of a size
   * that is no number.
   */
  bif: { fn: string; args: Term[] } | null;
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
