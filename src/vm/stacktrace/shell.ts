// The stack trace rules for code typed at the shell, all in one place. On
// BEAM that code is interpreted by erl_eval inside the shell's evaluator, so
// every stack ends in their frames; erlts compiles it instead (as a function
// of module erl_eval named shell), hides its own evaluator's frames, and puts
// erl's frames back here, so `catch` shows the same term as erl (the shell's
// printer trims them).

import { Atom, NIL, list, str, type Term } from '../../terms/types.js';
import type { ShellBitsFailure } from '../../terms/exception.js';
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
const DO_APPLY = frame('erl_eval', 'do_apply', 7, 'erl_eval.erl', 748);
/** Local calls of the shell (error/1, exit/1...) are applied by shell:apply_fun/3. */
const APPLY_FUN = frame('shell', 'apply_fun', 3, 'shell.erl', 912);

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
 * The erl_eval frames the compiler recorded for a piece of code erl
 * interprets (src/compiler/eval_frames.ts): innermost first; `v` 1 where
 * erl_eval's return format reaches from the function's start, `r` 1 at a
 * raise site of erl_eval's own (badmatch, case_clause...).
 */
export interface EvalChain {
  f: [string, number, number][];
  v: 0 | 1;
  r: 0 | 1;
}

/** Who runs a piece of interpreted code: the shell's evaluator or init's -eval. */
export type EvalSetting = 'shell' | 'eval';

/** For a compiled function of code erl interprets: its setting and whether it is the expression itself (not a fun in it). */
export function interpretedOf(mfa: readonly [string, string, number], hasChains: boolean): { setting: EvalSetting; root: boolean } | null {
  if (mfa[0] !== 'erl_eval' || !hasChains) return null;
  const name = mfa[1];
  if (name === 'shell' || name === 'eval') return { setting: name, root: true };
  return { setting: name.startsWith('-eval/') ? 'eval' : 'shell', root: false };
}

export function chainFrames(chain: EvalChain): Term[] {
  return chain.f.map(([f, a, l]) => frame('erl_eval', f, a, 'erl_eval.erl', l));
}

/**
 * What stands above interpreted code's frames in the trace: `raise` the
 * error is erl_eval's own (its chain starts at the raise site), `direct` an
 * interpreted fun it called (erl_eval enters funs by tail calls, no frame),
 * `call` a function it called that raised or runs (a BIF's frame or
 * compiled code above), `inline` a BIF erlts ran inline that raised with no
 * frame of its own (error/1, exit/1, throw/1).
 */
export type Above = 'raise' | 'direct' | 'call' | 'inline' | 'badfun' | 'badarity' | 'none';

/**
 * The frames erl_eval has between a function it applied and the chain of
 * the expression that applied it: do_apply/7 (erl_eval.erl line 744, 748
 * with the shell's handler of non-local calls); none when the call was a
 * tail call (`value`: the last expression of a fun body called from
 * compiled code). A BIF with no frame of its own (error/1...) shows the
 * function that applied it: the shell's apply_fun/3, or do_apply/7 at its
 * tail call (line 742).
 */
export function applyFrames(setting: EvalSetting, above: Above, value: boolean): Term[] {
  if (above === 'raise' || above === 'direct' || above === 'none') return [];
  if (above === 'badarity') return [APPLY6_ARITY];
  if (above === 'badfun') return setting === 'shell' ? [APPLY_FUN_FUN, APPLY6_SHELL] : [APPLY6, APPLY6];
  const inline = above === 'inline';
  if (setting === 'shell') {
    if (value) return inline ? [APPLY_FUN] : [];
    return inline ? [APPLY_FUN, DO_APPLY] : [DO_APPLY];
  }
  if (value) return inline ? [EVAL_VALUE_APPLY] : [];
  return [EVAL_ARG_APPLY];
}

/** The frames below the expression: the shell's loop, or init running -eval. */
export function rootFrames(setting: EvalSetting): Term[] {
  return setting === 'shell' ? SHELL_LOOP : INIT_FRAMES;
}

/** init running an -eval argument, under erl_eval:exprs/2 (whose frames are in the chains). */
const INIT_FRAMES: Term[] = ['start_it/1', 'start_em/1', 'do_boot/3'].map(
  (k) => [Atom.of('init'), Atom.of(k.split('/')[0]!), Number(k.split('/')[1]), NIL] as Term,
);
/** erl_eval applying a call without the shell's local-function handler. */
const EVAL_ARG_APPLY = frame('erl_eval', 'do_apply', 7, 'erl_eval.erl', 744);
/** do_apply/6 applying a fun value: itself, through the shell's handler, or finding an interpreted fun's arity wrong. */
const APPLY6 = frame('erl_eval', 'do_apply', 6, 'erl_eval.erl', 731);
const APPLY6_SHELL = frame('erl_eval', 'do_apply', 6, 'erl_eval.erl', 735);
const APPLY6_ARITY = frame('erl_eval', 'do_apply', 6, 'erl_eval.erl', 714);
const APPLY_FUN_FUN = frame('shell', 'apply_fun', 3, 'shell.erl', 914);
/** The same as a tail call (return format `value`). */
const EVAL_VALUE_APPLY = frame('erl_eval', 'do_apply', 7, 'erl_eval.erl', 742);

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
