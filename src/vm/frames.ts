// What makes suspension possible. When a process must stop (reductions used
// up, a receive with nothing to take, JS stack too deep), the running code
// returns SUSPEND instead of a value; every compiled function it passes
// through pushes a frame record onto p.unw and returns SUSPEND in turn. The
// scheduler keeps that buffer as a segment of the process's heap stack and
// resumes the innermost frame later. (Returning is far cheaper than throwing.)
//
// A frame record is flat: [fn, pc, ...the locals live at pc], fn.NS[pc]
// locals long. A segment is [cursor, record, record, ...]: the records of one
// unwinding, innermost first, consumed from the cursor on as frames resume.
// So a million-deep body recursion costs a few arrays of values, never a
// million small objects, and suspending never copies frames.

import type { ComprehensionChain } from '../compiler/module_ctx.js';
import type { ErlException } from '../terms/exception.js';

// biome-ignore lint/suspicious/noExplicitAny: compiled code of any arity and any return convention
export type CompiledFn = ((...args: any[]) => any) & {
  /** pc -> label of the exception handler covering it (-1 none). */
  H?: number[];
  /** pc -> source line of that block (0 unknown), for stack traces. */
  L?: number[];
  /** pc -> how many locals a frame record saved at that pc holds. */
  NS?: number[];
  /**
   * The resuming copy, which the scheduler calls to resume a frame record
   * of this function (fn_builder.ts): the copy every call enters then has
   * no test for a resumption. Without one, the function itself resumes.
   */
  S?: CompiledFn;
  /**
   * Code erl interprets (shell, -eval): pc -> index into EC, the erl_eval
   * frames erl has around that code (src/compiler/eval_frames.ts).
   */
  E?: number[];
  EC?: unknown[];
  /** Erlang identity, for stack traces: [module, name, arity]. */
  mfa?: [string, string, number];
  /** pc -> index into VC: the comprehension functions BEAM would run that code in (0: none). */
  V?: number[];
  VC?: readonly (ComprehensionChain | null)[];
  /**
   * Its frame merges into its caller's: a function named in the module's
   * -compile({inline, ...}), or a fun OTP's compiler inlines (at the fun's
   * line, fun_names.ts).
   */
  INL?: boolean;
};

/** [cursor, ...frame records]; see above. */
export type Segment = unknown[];

/** A process's heap stack: segments, the innermost (next to resume) last. */
export type FrameStack = Segment[];

/**
 * A fresh unwind buffer. Made as an array of any values from the start: `[1]`
 * would be an array of small integers until the first frame record's
 * function goes in, and compiled code optimized before that point is
 * deoptimized by the change (V8's elements kinds).
 */
export function newSegment(): Segment {
  const seg: Segment = [undefined];
  seg[0] = 1;
  return seg;
}

/** The length of the frame record that starts at seg[c]. */
export function recordLength(seg: Segment, c: number): number {
  const fn = seg[c] as CompiledFn;
  return 2 + (fn.NS?.[seg[c + 1] as number] ?? 0);
}

/**
 * Calls visit(fn, pc) for each frame of a heap stack, innermost first;
 * stops early when visit returns true.
 */
export function walkFrames(stack: FrameStack, visit: (fn: CompiledFn, pc: number) => boolean | void): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    const seg = stack[k]!;
    for (let c = seg[0] as number; c < seg.length; c += recordLength(seg, c)) {
      if (visit(seg[c] as CompiledFn, seg[c + 1] as number) === true) return;
    }
  }
}

/** How many words the heap stack holds (process_info stack_size). */
export function stackWords(stack: FrameStack): number {
  let n = 0;
  for (const seg of stack) n += seg.length - (seg[0] as number);
  return n;
}

/** The value a suspending function returns; never an Erlang term. */
export const SUSPEND: unique symbol = Symbol('suspend');

/**
 * Notes a frame an exception passes on its way out. BEAM records a return
 * address only when it differs from the one before, so a body recursion
 * thousands deep shows its recursive call once, and the caller below it
 * still makes the trace. Two equal entries are kept (the first can be the
 * frame the exception arose in, which the stack walk keeps), a third is not:
 * without that, a bounded record filled up with the recursion and lost the
 * caller. `cap` bounds the record where the JS stack unwinds.
 */
export function noteFrame(ex: ErlException, fn: CompiledFn, pc: number, acc: number, cap: number): void {
  const n = ex.frames.length;
  const f = ex.frames;
  const pcs = ex.pcs;
  if (
    n >= 2 &&
    f[n - 1] === fn &&
    f[n - 2] === fn &&
    pcs[n - 1] === pc &&
    pcs[n - 2] === pc &&
    (ex.accs[n - 1] ?? 0) === acc &&
    (ex.accs[n - 2] ?? 0) === acc
  ) {
    return;
  }
  if (n >= cap) return;
  if (acc !== 0) ex.accs[n] = acc;
  f.push(fn);
  pcs.push(pc);
}

/** An exit signal that kills the running process itself; not catchable. */
export class KillSelf {
  constructor(readonly reason: unknown) {}
}
