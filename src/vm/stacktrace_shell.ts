// The bottom of a stack trace for code typed at the shell. On BEAM that code
// is interpreted by erl_eval inside the shell's evaluator, so every stack
// ends in their frames; erlts compiles it instead and puts erl's frames back
// here, so `catch` shows the same term as erl (the shell's printer trims them).

import { A, Atom, list, str, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';

function frame(m: string, f: string, arity: number, file: string, line: number): Term {
  return [Atom.of(m), Atom.of(f), arity, list([[Atom.of('file'), str(file)], [Atom.of('line'), line]])];
}

/** erl_eval:expr/6 evaluating the expression, under the shell's loop. */
const SHELL_LOOP: Term[] = [
  frame('shell', 'exprs', 7, 'shell.erl', 691),
  frame('shell', 'eval_exprs', 7, 'shell.erl', 647),
  frame('shell', 'eval_loop', 3, 'shell.erl', 632),
];
/** erl_eval evaluating a `catch`: there only when the exception is caught in the expression. */
const EVAL_CATCH = frame('erl_eval', 'expr', 6, 'erl_eval.erl', 480);
const DO_APPLY = frame('erl_eval', 'do_apply', 7, 'erl_eval.erl', 748);
/** Local calls of the shell (error/1, exit/1...) are applied by shell:apply_fun/3. */
const APPLY_FUN = frame('shell', 'apply_fun', 3, 'shell.erl', 912);

const EVAL_FUN = frame('erl_eval', 'eval_fun', 8, 'erl_eval.erl', 898);
const CASE_CLAUSES = frame('erl_eval', 'case_clauses', 8, 'erl_eval.erl', 1041);
const IF_CLAUSES = frame('erl_eval', 'if_clauses', 7, 'erl_eval.erl', 980);

/** Errors erl_eval raises itself, not through a call it makes. */
const EVAL_ERRORS = new Set(['badmatch', 'case_clause', 'if_clause', 'try_clause', 'unbound', 'badfun', 'badarity']);

/**
 * A fun typed at the shell running in a process of its own raised with no
 * call of its own on the stack: on BEAM, error/1 and friends are applied by
 * shell:apply_fun/3 (erl_eval's frames were tail calls).
 */
export function shellFunTail(ex: ErlException): Term[] {
  const tail = shellTail(ex, false, false);
  return tail[0] === APPLY_FUN ? [APPLY_FUN] : [];
}

/**
 * The frames under the user's: `called` is true when the exception came out
 * of a function the expression called (a BIF or compiled code), `caught`
 * when a catch or try of the expression is catching it.
 */
export function shellTail(ex: ErlException, called: boolean, caught: boolean): Term[] {
  const EVAL_LOOP = caught ? [EVAL_CATCH, ...SHELL_LOOP] : SHELL_LOOP;
  const r = ex.reason;
  // A fun typed at the shell called by the shell with no clause matching.
  if (r === A.function_clause && ex.info?.module === 'erl_eval') return [EVAL_FUN, ...EVAL_LOOP];
  if (called) return [DO_APPLY, ...EVAL_LOOP];
  const tag = r instanceof Atom ? r : Array.isArray(r) && r[0] instanceof Atom ? r[0] : null;
  if (tag === A.case_clause) return [CASE_CLAUSES, ...EVAL_LOOP];
  if (tag === A.if_clause) return [IF_CLAUSES, ...EVAL_LOOP];
  if (tag !== null && (EVAL_ERRORS.has(tag.name) || tag === A.function_clause)) return EVAL_LOOP;
  return [APPLY_FUN, DO_APPLY, ...EVAL_LOOP];
}
