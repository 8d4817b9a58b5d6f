// Stack traces as erl_error reads them: a list of {M, F, ArityOrArgs, Location}
// frames. Anything else is "not a stack trace", and then erl prints the reason
// and the would-be stack together as one term.

import { charCodesToString } from '../../terms/code_points.js';
import { Atom, BitStr, Cons, NIL, listToArray, type Term } from '../../terms/types.js';
import { writeTerm } from '../../terms/print/write.js';

export interface Frame {
  m: Atom;
  f: Atom;
  /** The arguments when the frame has them (BIF errors, function_clause), else the arity. */
  args: Term[] | number;
  /** The location list ([{file, F}, {line, L}, {error_info, ...}]). */
  loc: Term;
}

/** erl_error's is_stacktrace: the frames, or null when `stack` is not a stack trace. */
export function parseStack(stack: Term): Frame[] | null {
  const items = listToArray(stack);
  if (items === null) return null;
  const frames: Frame[] = [];
  for (const it of items) {
    if (!Array.isArray(it) || it.length !== 4) return null;
    const [m, f, a, loc] = it as [Term, Term, Term, Term];
    if (!(m instanceof Atom) || !(f instanceof Atom)) return null;
    if (!(loc instanceof Cons || loc === NIL)) return null;
    let args: Term[] | number;
    if (typeof a === 'number') args = a;
    else if (typeof a === 'bigint')
      return null; // arities are small; a bignum is no frame erl could print
    else {
      const as = listToArray(a);
      if (as === null) return null;
      args = as;
    }
    frames.push({ m, f, args, loc });
  }
  return frames;
}

export function arityOf(f: Frame): number {
  return typeof f.args === 'number' ? f.args : f.args.length;
}

/** proplists:get_value(Key, Loc): the first `Key` atom (true) or {Key, V} tuple. */
function locValue(loc: Term, key: string): Term | undefined {
  for (let l = loc; l instanceof Cons; l = l.tail) {
    const p = l.head;
    if (p instanceof Atom && p.name === key) return Atom.of('true');
    if (Array.isArray(p) && p.length >= 1 && p[0] instanceof Atom && p[0].name === key) {
      return p.length === 2 ? p[1] : Atom.of('undefined');
    }
  }
  return undefined;
}

/** What ~ts makes of a file name: a (deep) character list, a UTF-8 binary or an atom. */
function textOf(t: Term): string {
  if (t instanceof Atom) return t.name;
  if (t instanceof BitStr) {
    const bytes = t.buf.subarray(0, t.byteSize);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return charCodesToString(bytes);
    }
  }
  let out = '';
  const walk = (x: Term): boolean => {
    for (; x instanceof Cons; x = x.tail) {
      const h = x.head;
      if (typeof h === 'number') out += String.fromCodePoint(h);
      else if (h instanceof Cons || h === NIL || h instanceof BitStr) {
        if (h instanceof BitStr) out += textOf(h);
        else if (!walk(h)) return false;
      } else return false;
    }
    return x === NIL;
  };
  return walk(t) ? out : writeTerm(t);
}

/** erl_error:location/1: "(file.erl, line 12)" when both are known, else "". */
export function locationText(loc: Term): string {
  const file = locValue(loc, 'file');
  const line = locValue(loc, 'line');
  if (file === undefined || line === undefined) return '';
  const u = Atom.of('undefined');
  if (file === u || line === u) return '';
  return `(${textOf(file)}, line ${writeTerm(line)})`;
}

/** The error_info map of a frame's location, if it has one. */
export function hasErrorInfo(loc: Term): boolean {
  return locValue(loc, 'error_info') !== undefined;
}

/**
 * The shell's stack_trim_fun: frames of the evaluator itself (erl_eval,
 * shell) at the bottom of the stack are not the user's, so they are dropped,
 * but only from the end; one in the middle stays.
 */
export function trimShellFrames(frames: Frame[], hidden: readonly string[] = SHELL_MODULES): Frame[] {
  let n = frames.length;
  while (n > 0 && hidden.includes(frames[n - 1]!.m.name)) n--;
  return frames.slice(0, n);
}

/** The modules the shell's printer trims from the bottom (shell:report_exception's stack filter). */
export const SHELL_MODULES: readonly string[] = ['erl_eval', 'shell'];
