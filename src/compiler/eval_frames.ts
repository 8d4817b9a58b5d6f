// Code typed at the shell or under -eval is interpreted by erl_eval on BEAM,
// so a stack trace through it shows erl_eval's frames: one for each
// expression erl_eval is in the middle of evaluating around the call that
// failed (`io:format("~p", [catch f()])` is f's do_apply under a catch,
// under a list cell, under the argument list of io:format...). erlts
// compiles that code instead; while compiling it, this records the frames
// erl_eval would have around each piece of code, and the stack trace puts
// them back (src/vm/stacktrace/shell.ts).
//
// Each frame is where erl_eval (OTP 25's erl_eval.erl) calls itself for a
// subexpression and waits for its value: the function, its arity and the
// line of that call, which is what BEAM's stack trace names. Where erl_eval
// makes a tail call (a clause body, the last expression of a sequence) there
// is no frame. The same frame twice in a row is one return address on BEAM
// and shown once: the trace builder drops the repeat.

import type { FnBuilder } from './fn_builder.js';

/** A frame of erl_eval's: [function, arity, line]. */
export type EvalFrame = readonly [string, number, number];

/** Where erl_eval evaluates a subexpression and keeps a frame for it. */
export const EVAL = {
  /** exprs/6 evaluating an expression of a sequence that is not the last. */
  seq: ['exprs', 6, 136],
  consHead: ['expr', 6, 282],
  consTail: ['expr', 6, 283],
  /** A tuple's elements: expr_list/7 under expr/6. */
  tuple: ['expr', 6, 290],
  exprList: ['expr_list', 7, 961],
  mapUpdateMap: ['expr', 6, 303],
  mapUpdateFields: ['expr', 6, 304],
  mapFields: ['expr', 6, 313],
  mapAssocKey: ['eval_map_fields', 6, 855],
  mapAssocValue: ['eval_map_fields', 6, 856],
  mapExactKey: ['eval_map_fields', 6, 859],
  mapExactValue: ['eval_map_fields', 6, 860],
  caseExpr: ['expr', 6, 323],
  receiveTimeout: ['expr', 6, 330],
  remoteModule: ['expr', 6, 452],
  remoteName: ['expr', 6, 453],
  remoteArgs: ['expr', 6, 454],
  bifArgs: ['expr', 6, 465],
  funExpr: ['expr', 6, 471],
  funArgs: ['expr', 6, 472],
  catchBody: ['expr', 6, 480],
  matchRhs: ['expr', 6, 492],
  unopArg: ['expr', 6, 514],
  andalsoLeft: ['expr', 6, 517],
  andalsoRight: ['expr', 6, 520],
  orelseLeft: ['expr', 6, 527],
  orelseRight: ['expr', 6, 531],
  opLeft: ['expr', 6, 537],
  opRight: ['expr', 6, 538],
  /** The shell's local functions (local_func/8 with the shell's handler). */
  localArgs: ['local_func', 8, 643],
  lc: ['eval_lc', 7, 761],
  lcGenerator: ['eval_lc1', 7, 764],
  lcBinGenerator: ['eval_lc1', 7, 768],
  lcElement: ['eval_lc1', 7, 775],
  bc: ['eval_bc', 7, 783],
  bcBinGenerator: ['eval_bc1', 7, 786],
  bcGenerator: ['eval_bc1', 7, 790],
  bcElement: ['eval_bc1', 7, 797],
  generateLoop: ['eval_generate', 8, 804],
  binGenerateLoop: ['eval_b_generate', 8, 821],
  filter: ['eval_filter', 7, 839],
  tryBody: ['try_clauses', 10, 987],
  tryOf: ['try_clauses', 10, 993],
  tryCatch: ['try_clauses', 10, 1004],
  tryAfter: ['try_clauses', 10, 1011],
} as const satisfies Record<string, EvalFrame>;

/** Where erl_eval raises an error of its own (apply_error with the stack where it stands). */
export const EVAL_RAISE = {
  badmatch: ['expr', 6, 496],
  andalsoBadarg: ['expr', 6, 523],
  orelseBadarg: ['expr', 6, 533],
  caseClause: ['case_clauses', 8, 1041],
  ifClause: ['if_clauses', 7, 980],
  tryClause: ['try_clauses', 10, 995],
  /** An interpreted fun with no clause matching (under erl_eval's '-inside-an-interpreted-fun-'). */
  funClause: ['eval_fun', 8, 898],
  namedFunClause: ['eval_named_fun', 10, 918],
} as const satisfies Record<string, EvalFrame>;

/**
 * The chain recorded for a block: `f` the frames innermost first; `v` 1 when
 * erl_eval passes its return format down to here from the function's start
 * (only tail positions), so that a call here made with RBs = value (the
 * body of an interpreted fun called from compiled code) has no do_apply
 * frame; `r` 1 when the innermost frame is a raise site of erl_eval's own.
 */
export interface EvalChainJson {
  f: EvalFrame[];
  v: 0 | 1;
  r: 0 | 1;
}

interface Entry {
  frame: EvalFrame;
  passesValue: boolean;
  raise: boolean;
}

/**
 * How many of the innermost frames a chain keeps. A stack trace shows at
 * most backtrace_depth (8) frames, so the frames beyond are never seen; the
 * bound keeps code nested thousands deep linear to compile (each level's
 * chain would otherwise list every level around it).
 */
const CHAIN_FRAMES = 64;

/** The erl_eval frames around the code a FnCompiler is emitting, for code erl interprets. */
export class EvalContext {
  private readonly stack: Entry[] = [];
  /** How many entries of `stack` do not pass erl_eval's return format down (v is 1 only with none). */
  private notPassing = 0;

  constructor(private readonly b: FnBuilder) {
    this.sync();
  }

  /** Compiles `body` as erl_eval evaluates a subexpression at `frame`. */
  within<T>(frame: EvalFrame, body: () => T, passesValue = false, raise = false): T {
    this.push({ frame, passesValue, raise });
    try {
      return body();
    } finally {
      this.leave();
    }
  }

  /**
   * Enters a frame without a closure, for code compiled in a loop (long
   * lists, operator chains): erl_eval would be that many calls deep. Each
   * enter is matched by a leave.
   */
  enter(frame: EvalFrame): void {
    this.push({ frame, passesValue: false, raise: false });
  }

  leave(): void {
    const e = this.stack.pop();
    if (e !== undefined && !e.passesValue) this.notPassing--;
    this.sync();
  }

  private push(e: Entry): void {
    this.stack.push(e);
    if (!e.passesValue) this.notPassing++;
    this.sync();
  }

  private sync(): void {
    const f: EvalFrame[] = [];
    const top = this.stack[this.stack.length - 1];
    for (let i = this.stack.length - 1; i >= 0 && f.length < CHAIN_FRAMES; i--) {
      const fr = this.stack[i]!.frame;
      // A raise site is the current line of the function erl_eval is in: it
      // replaces that function's frame waiting for the code around it
      // (try_clauses/10 raising try_clause is not also waiting at its `of`).
      if (top?.raise === true && i === this.stack.length - 2 && fr === EVAL.tryOf) continue;
      const prev = f[f.length - 1];
      if (prev === undefined || prev[0] !== fr[0] || prev[2] !== fr[2]) f.push(fr);
    }
    const chain: EvalChainJson = {
      f,
      v: this.notPassing === 0 ? 1 : 0,
      r: this.stack[this.stack.length - 1]?.raise === true ? 1 : 0,
    };
    this.b.ctx = this.b.evalChain(JSON.stringify(chain));
  }
}
