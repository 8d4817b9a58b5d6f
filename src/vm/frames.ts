// What makes suspension possible. When a process must stop (reductions used
// up, a receive with nothing to take, JS stack too deep), the running code
// returns SUSPEND instead of a value; every compiled function it passes
// through saves its pc and locals as a Frame in p.unw and returns SUSPEND in
// turn. The scheduler moves the frames to the process's heap stack and
// resumes the innermost one later. (Returning is far cheaper than throwing.)

export type CompiledFn = ((...args: any[]) => any) & {
  /** pc -> label of the exception handler covering it (-1 none). */
  H?: number[];
  /** pc -> source line of that block (0 unknown), for stack traces. */
  L?: number[];
  /** Erlang identity, for stack traces: [module, name, arity]. */
  mfa?: [string, string, number];
};

export class Frame {
  constructor(
    readonly fn: CompiledFn,
    readonly pc: number,
    readonly l: unknown[],
  ) {}
}

/** The value a suspending function returns; never an Erlang term. */
export const SUSPEND: unique symbol = Symbol('suspend');

/** An exit signal that kills the running process itself; not catchable. */
export class KillSelf {
  constructor(readonly reason: unknown) {}
}
