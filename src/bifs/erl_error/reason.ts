// erl_error:explain_reason: the words after "exception error: ". Reasons the
// runtime, erl_eval and the shell raise get a sentence; any other reason is
// printed as a term.

import { Atom, ExportFun, Fun, listToArray, type Term } from '../../terms/types.js';
import { writeTerm } from '../../terms/print/write.js';
import type { ExceptionClass } from '../../terms/exception.js';
import { spaces } from '../../terms/print/chars.js';
import { argumentCount, atomText, countNl, formatCall, funText, len, mfaText, type Callee, type Printer } from './call.js';
import { arityOf, locationText, type Frame } from './frames.js';

/** erl_error:exited/1. */
export function exitedText(cls: ExceptionClass): string {
  return `exception ${cls}: `;
}

/** What analyze_exception took off the top of the stack to explain the reason with. */
export type Explained = { kind: 'none' } | { kind: 'frame'; frame: Frame } | { kind: 'shellCommand'; f: Atom; arity: number };

const FIXED: Record<string, string> = {
  badarg: 'bad argument',
  badarith: 'an error occurred when evaluating an arithmetic expression',
  if_clause: 'no true branch found when evaluating an if expression',
  noproc: 'no such process or port',
  notalive: 'the node cannot be part of a distributed system',
  system_limit: 'a system limit has been reached',
  timeout_value: 'bad receive timeout value',
};

// {Tag, Value} reasons of class error printed as a sentence then the value.
const VALUE_PREFIX: Record<string, string> = {
  badarg: 'bad argument: ',
  badkey: 'bad key: ',
  badmap: 'bad map: ',
  badfun: 'bad function ',
  badmatch: 'no match of right hand side value ',
  case_clause: 'no case clause matching ',
  try_clause: 'no try clause matching ',
  bad_filter: 'bad filter ',
  bad_generator: 'bad generator ',
};

const EXIT_FIXED: Record<string, string> = {
  restricted_shell_started: 'restricted shell starts now',
  restricted_shell_stopped: 'restricted shell stopped',
  calling_self: 'the current process attempted to call itself',
};

function tagged(t: Term, size: number): (Term[] & { 0: Atom }) | null {
  return Array.isArray(t) && t.length === size && t[0] instanceof Atom ? (t as Term[] & { 0: Atom }) : null;
}

/**
 * erl_error:format_value/6: the sentence and the value after it; a value that
 * would take several lines there starts on a line of its own when that saves lines.
 */
function formatValue(p: Printer, v: Term, errStr: string, cls: ExceptionClass, s: string): string {
  const pre1 = len(exitedText(cls));
  const s1 = p.pf(v, pre1 + len(s) + len(errStr) + 1);
  const n1 = countNl(s1);
  if (n1 > 1) {
    const s2 = p.pf(v, len(s) + 1 + pre1);
    if (countNl(s2) < n1) return errStr + '\n' + s + spaces(pre1) + s2;
  }
  return errStr + s1;
}

/** erl_error:format_errstr_call/8: a sentence followed by a call, aligned after "exception error: ". */
function formatErrstrCall(p: Printer, errStr: string, cls: ExceptionClass, callee: Callee, args: Term[], s: string): string {
  return formatCall(p, errStr, s + spaces(len(exitedText(cls))), callee, args, true);
}

/** A callee erl_error can name ({M, F} of atoms, a fun, or an atom), else null. */
function calleeOf(t: Term): Callee | null {
  if (t instanceof Fun || t instanceof ExportFun || t instanceof Atom) return t;
  if (Array.isArray(t) && t.length === 2 && t[0] instanceof Atom && t[1] instanceof Atom) return { m: t[0], f: t[1] };
  return null;
}

/**
 * The explanation of `term`. `s` is the indentation of the report (the
 * column where "exception" starts, minus one).
 */
export function explainReason(p: Printer, term: Term, cls: ExceptionClass, ex: Explained, s: string): string {
  const explained = cls === 'error' ? explainError(p, term, ex, s) : cls === 'exit' && ex.kind === 'none' ? explainExit(p, term, s) : null;
  if (explained !== null) return explained;
  return p.pf(term, len(s) + 1 + len(exitedText(cls)));
}

function explainError(p: Printer, term: Term, ex: Explained, s: string): string | null {
  if (ex.kind === 'shellCommand') {
    return `no function clause matching call to ${atomText(ex.f, 'latin1')}/${ex.arity}`;
  }
  if (ex.kind === 'frame') {
    const { frame } = ex;
    if (term instanceof Atom && term.name === 'function_clause' && Array.isArray(frame.args)) {
      const call = formatErrstrCall(p, 'no function clause matching ', 'error', { m: frame.m, f: frame.f }, frame.args, s);
      return call + ' ' + locationText(frame.loc);
    }
    if (term instanceof Atom && term.name === 'undef') {
      return 'undefined function ' + mfaText(frame.m, frame.f, arityOf(frame), p.enc);
    }
    return null;
  }
  if (term instanceof Atom) return FIXED[term.name] ?? null;
  const t2 = tagged(term, 2);
  if (t2 !== null) {
    const [tag, v] = t2 as [Atom, Term];
    const prefix = VALUE_PREFIX[tag.name];
    if (prefix !== undefined) return formatValue(p, v, prefix, 'error', s);
    if (tag.name === 'badarity' && Array.isArray(v) && v.length === 2) {
      const [fun, args] = v as [Term, Term];
      const as = listToArray(args);
      if ((fun instanceof Fun || fun instanceof ExportFun) && as !== null) {
        return `${funText(fun, p.enc)} called with ${argumentCount(as.length)}`;
      }
    }
    if (tag.name === 'argument_limit') return 'limit of number of arguments to interpreted function exceeded';
    if (tag.name === 'unbound') return `variable ${writeTerm(v)} is unbound`;
    return null;
  }
  const t4 = tagged(term, 4);
  if (t4 !== null && t4[0].name === 'shell_undef' && t4[1] instanceof Atom) {
    const a = t4[2]!;
    const arity = typeof a === 'number' ? a : listToArray(a)?.length;
    if (arity !== undefined) return `undefined shell command ${atomText(t4[1], p.enc)}/${arity}`;
  }
  return null;
}

function explainExit(p: Printer, term: Term, s: string): string | null {
  if (term instanceof Atom) return EXIT_FIXED[term.name] ?? null;
  const t2 = tagged(term, 2);
  if (t2 === null) return null;
  const [tag, v] = t2 as [Atom, Term];
  if (tag.name === 'restricted_shell_bad_return') {
    return formatValue(p, v, 'restricted shell module returned bad value ', 'exit', s);
  }
  if (tag.name === 'restricted_shell_disallowed' && Array.isArray(v) && v.length === 2) {
    const callee = calleeOf(v[0]!);
    const args = listToArray(v[1]!);
    if (callee !== null && args !== null) {
      return formatErrstrCall(p, 'restricted shell does not allow ', 'exit', callee, args, s);
    }
  }
  return null;
}
