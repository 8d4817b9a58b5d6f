// The two objects that make suspension possible. When a process must stop
// (reductions used up, a receive with nothing to take, JS stack too deep),
// the running code throws an Unwind; every compiled function it passes saves
// its pc and locals as a Frame and rethrows. The scheduler keeps the frames
// on the process's heap stack and resumes the innermost one later.

export type CompiledFn = ((...args: any[]) => any) & {
  /** pc -> label of the exception handler covering it (-1 none). */
  H?: number[];
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

export class Unwind {
  readonly frames: Frame[] = [];
  /** True when the process waits for a message rather than yielding. */
  constructor(readonly waiting: boolean = false) {}
}

/** An exit signal that kills the running process itself; not catchable. */
export class KillSelf {
  constructor(readonly reason: unknown) {}
}
