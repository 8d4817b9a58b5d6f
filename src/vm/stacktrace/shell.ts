// The stack trace rules for code typed at the shell, all in one place. On
// BEAM that code is interpreted by erl_eval inside the shell's evaluator, so
// every stack ends in their frames; erlts compiles it instead (as a function
// of module erl_eval named shell), hides its own evaluator's frames, and puts
// erl's frames back here, so `catch` shows the same term as erl (the shell's
// printer trims them).

import { A, Atom, NIL, list, str, type Term } from '../../terms/types.js';
import type { ErlException, ShellBitsFailure } from '../../terms/exception.js';
import { bsFailInfo } from '../../terms/bits/error.js';
import { ErlMap } from '../../terms/map.js';

function frame(m: string, f: string, arity: number, file: string, line: number): Term {
  return [
    Atom.of(m),
    Atom.of(f),
    arity,
    list([
      [Atom.of('file'), str(file)],
      [Atom.of('line'), line],
    ]),
  ];
}

/** The shell's loop, at the bottom of every expression's stack. */
const SHELL_LOOP: Term[] = [
  frame('shell', 'exprs', 7, 'shell.erl', 691),
  frame('shell', 'eval_exprs', 7, 'shell.erl', 647),
  frame('shell', 'eval_loop', 3, 'shell.erl', 632),
];
/** erl_eval evaluating a `catch` or a `try`: there only when the exception is caught in the expression. */
const EVAL_CATCH = frame('erl_eval', 'expr', 6, 'erl_eval.erl', 480);
const EVAL_TRY = frame('erl_eval', 'try_clauses', 10, 'erl_eval.erl', 987);
const DO_APPLY = frame('erl_eval', 'do_apply', 7, 'erl_eval.erl', 748);
/** Local calls of the shell (error/1, exit/1...) are applied by shell:apply_fun/3. */
const APPLY_FUN = frame('shell', 'apply_fun', 3, 'shell.erl', 912);

const EVAL_FUN = frame('erl_eval', 'eval_fun', 8, 'erl_eval.erl', 898);
const CASE_CLAUSES = frame('erl_eval', 'case_clauses', 8, 'erl_eval.erl', 1041);
const IF_CLAUSES = frame('erl_eval', 'if_clauses', 7, 'erl_eval.erl', 980);

/** Errors erl_eval raises itself, not through a call it makes. */
const EVAL_ERRORS = new Set(['badmatch', 'case_clause', 'if_clause', 'try_clause', 'unbound', 'badfun', 'badarity']);

/** What a compiled frame is to a stack trace: the user's, the shell expression itself, or the evaluator's (not shown). */
export type FrameRole = 'user' | 'shell' | 'hidden';

/** Modules whose frames stand for erl's interpreter and shell. */
const HIDDEN_MODULES = new Set(['erl_eval', 'erlts_shell', '$shell']);

export function frameRole(mfa: readonly [string, string, number]): FrameRole {
  if (mfa[0] === 'erl_eval' && (mfa[1] === 'shell' || mfa[1] === 'eval')) return 'shell';
  return HIDDEN_MODULES.has(mfa[0]) ? 'hidden' : 'user';
}

/** Code erl interprets (the shell's): its operators are calls to erlang:Op, with a frame. */
export function isInterpreted(module: string): boolean {
  return module === 'erl_eval';
}

/**
 * The frames erl has below the user's. `called`: the exception came out of
 * a function the expression called (a BIF or compiled code); `caught`: a
 * catch or try of the expression is catching it (null: none); `ex` null: no
 * exception, the stack of an expression still running; `ownProcess`: a fun typed
 * at the shell runs in a process of its own and raised with no call of its
 * own on the stack (on BEAM, error/1 and friends are applied by
 * shell:apply_fun/3; erl_eval's frames were tail calls).
 */
export function shellBottom(ex: ErlException | null, at: { called: boolean; caught: 'try' | 'catch' | null; ownProcess?: boolean; evalArg?: boolean }): Term[] {
  if (at.evalArg === true) return evalTail(at.called);
  const tail = shellTail(ex, at.called, at.caught);
  if (at.ownProcess === true) return tail[0] === APPLY_FUN ? [APPLY_FUN] : [];
  return tail;
}

/**
 * The frames under the user's: `called` is true when the exception came out
 * of a function the expression called (a BIF or compiled code), `caught`
 * when a catch or try of the expression is catching it.
 */
function shellTail(ex: ErlException | null, called: boolean, caught: 'try' | 'catch' | null): Term[] {
  const EVAL_LOOP = caught === null ? SHELL_LOOP : [caught === 'try' ? EVAL_TRY : EVAL_CATCH, ...SHELL_LOOP];
  // No exception: a running expression's stack (process_info current_stacktrace).
  if (ex === null) return called ? [DO_APPLY, ...EVAL_LOOP] : EVAL_LOOP;
  const r = ex.reason;
  // A fun typed at the shell called by the shell with no clause matching.
  if (r === A.function_clause && ex.info?.module === 'erl_eval') return [EVAL_FUN, ...EVAL_LOOP];
  if (called) return [DO_APPLY, ...EVAL_LOOP];
  // A binary construction typed at the shell: eval_bits's frames (evalBitsFrames) come down to erl_eval:expr/6.
  if (ex.info?.bits !== undefined) return EVAL_LOOP;
  const tag = r instanceof Atom ? r : Array.isArray(r) && r[0] instanceof Atom ? r[0] : null;
  if (tag === A.case_clause) return [CASE_CLAUSES, ...EVAL_LOOP];
  if (tag === A.if_clause) return [IF_CLAUSES, ...EVAL_LOOP];
  if (tag !== null && (EVAL_ERRORS.has(tag.name) || tag === A.function_clause)) return EVAL_LOOP;
  return [APPLY_FUN, DO_APPLY, ...EVAL_LOOP];
}

/** init running an -eval argument: erl_eval:exprs/6 evaluating it, under init's boot. */
const EVAL_ARG_LOOP: Term[] = [
  frame('erl_eval', 'exprs', 6, 'erl_eval.erl', 136),
  ...['start_it/1', 'start_em/1', 'do_boot/3'].map((k) => [Atom.of('init'), Atom.of(k.split('/')[0]!), Number(k.split('/')[1]), NIL] as Term),
];
/** erl_eval applying a call without the shell's local-function handler. */
const EVAL_ARG_APPLY = frame('erl_eval', 'do_apply', 7, 'erl_eval.erl', 744);

/**
 * The frames under -eval code, for a call made by one of the argument's
 * top-level expressions that is not its last (`c:c(m), m:main(), halt().`);
 * erl_eval's frames of nested expressions are not reproduced.
 */
function evalTail(called: boolean): Term[] {
  return called ? [EVAL_ARG_APPLY, ...EVAL_ARG_LOOP] : EVAL_ARG_LOOP;
}

/** eval_bits building a binary typed at the shell, down to the erl_eval:expr/6 that called it. */
const CREATE_BINARY = frame('eval_bits', 'create_binary', 2, 'eval_bits.erl', 77);
const EXPR_GRP = frame('eval_bits', 'expr_grp', 5, 'eval_bits.erl', 68);
const EVAL_BIN = frame('erl_eval', 'expr', 6, 'erl_eval.erl', 543);
const EXP_FIELD1 = frame('eval_bits', 'eval_exp_field1', 9, 'eval_bits.erl', 114);

/**
 * The frames erl's shell shows for a binary construction that failed:
 * eval_exp_field/6 building the one segment (or the BIF it called, then
 * eval_exp_field1/9: eval_bits drops the frame below the failing one), with
 * the segment's position added to the error_info.
 */
export function evalBitsFrames(f: ShellBitsFailure): Term[] {
  const position = Atom.of('override_segment_position');
  let top: Term[];
  if (f.bif !== null) {
    const info = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_erts_errors')).set(position, f.position);
    top = [[Atom.of('erlang'), Atom.of(f.bif.fn), list(f.bif.args), list([[Atom.of('error_info'), info]])], EXP_FIELD1];
  } else {
    const loc: Term[] = [
      [Atom.of('file'), str('eval_bits.erl')],
      [Atom.of('line'), f.line],
    ];
    if (f.cause !== null) loc.push([Atom.of('error_info'), (bsFailInfo(f.cause) as ErlMap).set(position, f.position)]);
    top = [[Atom.of('eval_bits'), Atom.of('eval_exp_field'), 6, list(loc)]];
  }
  return [...top, CREATE_BINARY, EXPR_GRP, EVAL_BIN];
}
