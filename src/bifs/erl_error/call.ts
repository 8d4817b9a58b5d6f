// How erl_error writes a call: `lists:seq(1,a)`, `element/2`, `1 / 0`, and the
// names of functions and funs. The layout choices (breaking before the call,
// or between operator and operands) compare line counts of alternative
// printouts, exactly as erl_error:format_call/format_op do.

import { Atom, ExportFun, Fun, list, type Term } from '../../terms/types.js';
import { writeAtom, type Encoding } from '../../terms/atom_quote.js';
import { charsLength, printableChars, spaces } from '../../terms/print/chars.js';
import { isAutoBif } from '../../compiler/lint/bifs.js';

/** The printing context: the shell's term printer (pp at a column) and the device encoding. */
export interface Printer {
  enc: Encoding;
  /** The term as the shell prints it, starting at 1-based column `col`. */
  pf: (t: Term, col: number) => string;
}

export function countNl(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export const len = charsLength;

/** ~w of an atom: quoted when needed, characters above 255 as \x{...}. */
export function atomW(a: Atom): string {
  return writeAtom(a, 'latin1');
}

/** erl_error:to_string/2: an atom as io_lib:write_atom[_as_latin1]. */
export function atomText(a: Atom, enc: Encoding): string {
  return writeAtom(a, enc);
}

// erl_internal:op_type/2: which erlang:F/A are operators.
const UNARY_OPS = new Set(['+', '-', 'bnot', 'not']);
const BINARY_OPS = new Set([
  '+',
  '-',
  '*',
  '/',
  'div',
  'rem',
  'band',
  'bor',
  'bxor',
  'bsl',
  'bsr',
  'and',
  'or',
  'xor',
  '==',
  '/=',
  '=<',
  '<',
  '>=',
  '>',
  '=:=',
  '=/=',
  '++',
  '--',
  '!',
]);

/** The operator when {M, F} with this arity is one (M is erlang), else null. */
export function operatorOf(m: Term, f: Term, arity: number): string | null {
  if (!(m instanceof Atom) || m.name !== 'erlang' || !(f instanceof Atom)) return null;
  const ops = arity === 1 ? UNARY_OPS : arity === 2 ? BINARY_OPS : null;
  return ops?.has(f.name) ? f.name : null;
}

/** What is called: a module and function, a fun, or a bare function name (restricted shell). */
export type Callee = { m: Atom; f: Atom } | Fun | ExportFun | Atom;

/** erl_error:mf_to_string/3. */
export function mfText(c: Callee, arity: number, enc: Encoding): string {
  if (c instanceof Fun || c instanceof ExportFun) return funText(c, enc);
  if (c instanceof Atom) return atomText(c, enc);
  const { m, f } = c;
  // Auto-imported BIFs are named without their module: element/2.
  if (m.name === 'erlang' && isAutoBif(f.name, arity)) return atomW(f);
  const op = operatorOf(m, f, arity);
  if (op !== null) return op === '/' ? atomW(f) : op;
  return `${atomW(m)}:${atomText(f, enc)}`;
}

/** erl_error:mfa_to_string/4: `lists:seq/2`, `'/'/2`, `element/2`. */
export function mfaText(m: Atom, f: Atom, arity: number, enc: Encoding): string {
  return `${mfText({ m, f }, arity, enc)}/${arity}`;
}

/** erl_error:format_fun/2. */
export function funText(fun: Fun | ExportFun, enc: Encoding): string {
  if (fun instanceof ExportFun) return mfaText(fun.module, fun.name, fun.arity, enc);
  const code = fun.code;
  // Funs made by the shell are closures of the evaluator, not of user code.
  if (code.module.name === 'erl_eval') return `interpreted function with arity ${code.arity}`;
  return mfaText(code.module, Atom.of(code.name), code.arity, enc);
}

/**
 * erl_error:pp_arguments: the arguments in parentheses. A list of arguments
 * that happens to be printable would print as a string, so its first integer
 * is swapped for an atom of the same width while printing.
 */
function ppArguments(p: Printer, args: Term[], col: number, asBytes: boolean): string {
  let s: string;
  const first = args[0];
  if (args.length > 0 && typeof first === 'number' && printableChars(list(args), 'latin1') !== null) {
    const digits = String(first);
    const stub = Atom.of('a'.repeat(digits.length));
    const s0 = p.pf(list([stub, ...args.slice(1)]), col + 1);
    s =
      '[' +
      digits +
      Array.from(s0)
        .slice(1 + digits.length)
        .join('');
  } else {
    s = p.pf(list(args), col + 1);
  }
  // The printout of a list: swap its brackets for parentheses. OTP does it
  // on unicode:characters_to_binary(S, Enc), whose bytes are UTF-8 whatever
  // Enc is. Where that binary reaches a latin1 device without a ~ts on the
  // way (`asBytes`: the "no function clause matching" line), its bytes go out
  // one by one, so a character above 127 comes out as its UTF-8 bytes.
  const inner = s.slice(1, -1);
  return '(' + (asBytes && p.enc === 'latin1' ? Buffer.from(inner, 'utf8').toString('latin1') : inner) + ')';
}

/**
 * erl_error:format_call/7: ErrStr, then the call. It goes on a line of its own
 * (after `pre` again) when the arguments would start too far right.
 */
export function formatCall(p: Printer, errStr: string, pre: string, callee: Callee, args: Term[], asBytes = false): string {
  const arity = args.length;
  if (!(callee instanceof Atom) && !(callee instanceof Fun) && !(callee instanceof ExportFun)) {
    const op = operatorOf(callee.m, callee.f, arity);
    if (op !== null) return errStr + formatOp(p, errStr, pre, op, args);
  }
  const mfs = mfText(callee, arity, p.enc);
  const i1 = len(pre) + len(errStr) + len(mfs);
  const s1 = ppArguments(p, args, i1, asBytes);
  const s2 = ppArguments(p, args, len(pre) + len(mfs), asBytes);
  const s3 = ppArguments(p, [Atom.of('a2345'), Atom.of('b2345')], i1, false);
  const long = countNl(s3) > 0;
  if (long || countNl(s2) < countNl(s1)) return errStr + '\n' + pre + mfs + s2;
  return errStr + mfs + s1;
}

/** erl_error:format_op/7: `- a`, `1 / 0`, or operands and operator on lines of their own. */
function formatOp(p: Printer, errStr: string, pre: string, op: string, args: Term[]): string {
  if (args.length === 1) {
    const opS = op + ' ';
    return opS + p.pf(args[0]!, len(errStr) + len(pre) + len(opS) + 1);
  }
  const i1 = len(errStr) + len(pre);
  const s1 = p.pf(args[0]!, i1 + 1);
  const s2 = p.pf(args[1]!, i1 + 1);
  const pre1 = '\n' + spaces(i1);
  const broken = s1 + pre1 + op + pre1 + s2;
  if (countNl(s1) > 0) return broken;
  const opS2 = ` ${op} `;
  const s22 = p.pf(args[1]!, i1 + len(opS2) + len(s1) + 1);
  return countNl(s2) < countNl(s22) ? broken : s1 + opS2 + s22;
}

/** erl_error:argss/1. */
export function argumentCount(n: number): string {
  return n === 0 ? 'no arguments' : n === 1 ? 'one argument' : n === 2 ? 'two arguments' : `${n} arguments`;
}
