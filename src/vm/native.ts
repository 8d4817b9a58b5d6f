// How natively implemented functions (BIFs and native library functions)
// plug into the VM. A native has the same calling convention as compiled
// Erlang code: fn(process, arg1, ..., argN) returning a Term, failing by
// throwing an ErlException. Natives never block and never call back into
// Erlang code: anything that must (lists:map/2, io requests) is written in
// Erlang and shipped in lib/.

import type { Term } from '../terms/types.js';

/** The running process as natives see it; the VM's Process satisfies it. */
export interface ProcessContext {
  readonly vm: unknown;
}

export type NativeFn = (p: ProcessContext, ...args: Term[]) => Term;

/** A module's natives keyed by 'name/arity'. */
export interface NativeModule {
  readonly name: string;
  readonly functions: Readonly<Record<string, NativeFn>>;
}

/**
 * What a fast-path native returns when its case does not apply: the call
 * then runs the module's Erlang function of the same name and arity, as if
 * the native were not there (so unusual input and every error take the
 * Erlang code's path, frames and all). Compiled code never sees it.
 */
export const DECLINE = Object.freeze({ declined: true }) as unknown as Term;

/** A native that stands in front of an Erlang function and may DECLINE. */
export type FastPathFn = NativeFn & { fastPath?: true };

/** Marks a native as a fast path of the Erlang function it shares a name with. */
export function fastPath(fn: NativeFn): NativeFn {
  (fn as FastPathFn).fastPath = true;
  return fn;
}

/** The function a call runs: the native, and the Erlang function when it declines. */
export function withFallback(
  nat: NativeFn,
  erl: (p: ProcessContext, ...args: Term[]) => unknown,
  arity: number,
): (p: ProcessContext, ...args: Term[]) => unknown {
  switch (arity) {
    case 1:
      return (p: ProcessContext, a: Term) => {
        const r = nat(p, a);
        return r !== DECLINE ? r : erl(p, a);
      };
    case 2:
      return (p: ProcessContext, a: Term, b: Term) => {
        const r = nat(p, a, b);
        return r !== DECLINE ? r : erl(p, a, b);
      };
    case 3:
      return (p: ProcessContext, a: Term, b: Term, c: Term) => {
        const r = nat(p, a, b, c);
        return r !== DECLINE ? r : erl(p, a, b, c);
      };
    case 4:
      return (p: ProcessContext, a: Term, b: Term, c: Term, d: Term) => {
        const r = nat(p, a, b, c, d);
        return r !== DECLINE ? r : erl(p, a, b, c, d);
      };
    default:
      return (p: ProcessContext, ...args: Term[]) => {
        const r = nat(p, ...args);
        return r !== DECLINE ? r : erl(p, ...args);
      };
  }
}
