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
