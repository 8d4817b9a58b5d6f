// What the erl shell prints when an evaluation raises: shell:report_exception,
// which is erl_error:format_exception/7 with the shell's term printer (depth
// 30, lines of at most 60 characters, the shell's records), its stack trimming
// (the evaluator's own erl_eval/shell frames at the bottom are not shown) and
// the device's encoding, under the tag "** " (or "* " with catch_exception).
//
//   ** exception error: an error occurred when evaluating an arithmetic expression
//        in operator  '/'/2
//           called as 1 / 0
//
// The exception comes either from erlts itself, with ErrorInfo saying which
// BIF failed with which arguments and why (the `*** argument N:` lines), or as
// plain terms (an exit reason from a linked process, a remote node...), in
// which case the stack term alone drives the printout.

import { A, Atom, NIL, list, type Term } from '../../terms/types.js';
import type { ErrorInfo, ExceptionClass } from '../../terms/exception.js';
import type { Encoding } from '../../terms/atom_quote.js';
import type { RecordLookup } from '../../terms/print/pretty.js';
import { shellFormat } from '../../terms/print/shell.js';
import { spaces } from '../../terms/print/chars.js';
import { formatCall, len, mfaText, operatorOf, type Printer } from './call.js';
import { arityOf, hasErrorInfo, locationText, parseStack, trimShellFrames, type Frame } from './frames.js';
import { explainReason, exitedText, type Explained } from './reason.js';
import { formatBsFail } from './bs_fail.js';

export type ArgErrors = NonNullable<ErrorInfo['argErrors']>;

export interface ShellExceptionOptions {
  /** ErlException.info: the failing BIF's frame and the explanations of its arguments. */
  info?: ErrorInfo | null;
  /** The shell device's encoding: latin1 for piped stdin (the default), unicode after io:setopts. */
  encoding?: Encoding;
  /** The record definitions the shell knows (rd/2, rr/1), for #rec{...} in printed terms. */
  records?: RecordLookup | null;
  /** shell:catch_exception(true) is in effect: the report is tagged "* " instead of "** ". */
  catchException?: boolean;
  /** io:columns() of the device; 80 when it is not a terminal. */
  lineLength?: number;
  /**
   * For stacks whose top frame carries {error_info, ...} but no `info` came
   * along (exceptions received as terms): erl asks the error_info module
   * (erl_erts_errors...) for the argument explanations; erlts may answer here.
   */
  errorInfo?: (reason: Term, stack: Term) => ArgErrors | null;
  /**
   * Called each time a term is pretty-printed: shell.erl's printer asks the
   * io server for its options each time, which a waiting read answers with
   * its prompt again.
   */
  onTermPrinted?: () => void;
}

/** The text the shell prints for an uncaught exception, ending in a newline. */
export function formatShellException(cls: ExceptionClass, reason: Term, stack: Term, opts: ShellExceptionOptions = {}): string {
  const tag = opts.catchException ? '* ' : '** ';
  const p: Printer = {
    enc: opts.encoding ?? 'latin1',
    pf: (t, col) => {
      opts.onTermPrinted?.();
      return shellFormat(t, { column: col, encoding: opts.encoding ?? 'latin1', records: opts.records ?? null, lineLength: opts.lineLength ?? 80 });
    },
  };
  return tag + formatException(p, tag.length + 1, cls, reason, stack, opts) + '\n';
}

/** erl_error:format_exception/7 at column `col`: the report without its tag and final newline. */
export function formatException(
  p: Printer,
  col: number,
  cls: ExceptionClass,
  reason: Term,
  stack: Term,
  opts: Pick<ShellExceptionOptions, 'info' | 'errorInfo'> & { hidden?: readonly string[] } = {},
): string {
  const s = spaces(col - 1);
  const parsed = parseStack(stack);
  const { frames, infoFrame } = parsed === null ? { frames: null, infoFrame: null } : withInfoFrame(parsed, opts.info ?? null);
  const { term, explained, trace } = analyze(cls, reason, stack, frames);
  // A failed binary construction: erl_erts_errors explains both the frame and the reason.
  const bs = trace[0] !== undefined ? formatBsFail(reason, trace[0].loc) : null;
  const argErrors = bs !== null ? { general: bs.general } : errorsForTop(trace, infoFrame, reason, opts);
  const st = stackLines(p, s, trimShellFrames(trace, opts.hidden), argErrors);
  const expl = exitedText(cls) + (bs !== null ? bs.reason : explainReason(p, term, cls, explained, s));
  return st === '' ? expl : expl + '\n' + st;
}

/**
 * Puts the frame described by `info` on top of the stack, unless the stack
 * already starts with that function (then the frame keeps its location and
 * takes the arguments from `info`).
 */
function withInfoFrame(frames: Frame[], info: ErrorInfo | null): { frames: Frame[]; infoFrame: Frame | null } {
  if (info === null || info.module === undefined || info.function === undefined) return { frames, infoFrame: null };
  const m = Atom.of(info.module);
  const f = Atom.of(info.function);
  const top = frames[0];
  if (top !== undefined && top.m === m && top.f === f && (info.args === undefined || info.args.length === arityOf(top))) {
    const merged: Frame = { ...top, args: info.args ?? top.args };
    return { frames: [merged, ...frames.slice(1)], infoFrame: merged };
  }
  if (info.args === undefined) return { frames, infoFrame: null }; // no arity to name the function by
  const own: Frame = { m, f, args: info.args, loc: NIL };
  return { frames: [own, ...frames], infoFrame: own };
}

/**
 * erl_error:analyze_exception: function_clause and undef are explained with
 * the top frame (which then leaves the stack); a stack that is not a stack
 * trace is printed as part of the reason.
 */
function analyze(cls: ExceptionClass, reason: Term, stack: Term, frames: Frame[] | null): { term: Term; explained: Explained; trace: Frame[] } {
  if (frames === null) return { term: [reason, stack], explained: { kind: 'none' }, trace: [] };
  if (cls === 'error') {
    const top = frames[0];
    if (reason === A.function_clause && top !== undefined) {
      if (Array.isArray(top.args)) return { term: reason, explained: { kind: 'frame', frame: top }, trace: frames.slice(1) };
      // A shell command called with bad arguments: [{shell, F, A, _}].
      if (frames.length === 1 && top.m.name === 'shell') {
        return { term: reason, explained: { kind: 'shellCommand', f: top.f, arity: top.args }, trace: [] };
      }
    }
    if (reason === A.undef && top !== undefined) {
      return { term: reason, explained: { kind: 'frame', frame: top }, trace: frames.slice(1) };
    }
  }
  return { term: reason, explained: { kind: 'none' }, trace: frames };
}

/** The argument explanations, which belong to the first frame printed (erl's get_extended_error). */
function errorsForTop(trace: Frame[], infoFrame: Frame | null, reason: Term, opts: Pick<ShellExceptionOptions, 'info' | 'errorInfo'>): ArgErrors | null {
  const top = trace[0];
  if (top === undefined) return null;
  const info = opts.info ?? null;
  if (info?.argErrors !== undefined) {
    // Explanations of a frame that went into the sentence (function_clause) explain nothing here.
    const infoNamesFrame = info.module !== undefined && info.function !== undefined;
    if (!infoNamesFrame || infoFrame === top) return info.argErrors;
  }
  if (opts.errorInfo !== undefined && hasErrorInfo(top.loc)) {
    return opts.errorInfo(reason, framesTerm(trace));
  }
  return null;
}

function framesTerm(frames: Frame[]): Term {
  return list(frames.map((f): Term => [f.m, f.f, typeof f.args === 'number' ? f.args : list(f.args), f.loc]));
}

/**
 * erl_error:format_stacktrace2: "in function"/"in operator" for the first
 * frame, "in call from" for the others; frames with arguments get a
 * "called as" line, and the first one its argument explanations.
 */
function stackLines(p: Printer, s0: string, frames: Frame[], argErrors: ArgErrors | null): string {
  const s = '  ' + s0;
  let out = '';
  frames.forEach((fr, i) => {
    const n = i + 1;
    const sep = n === 1 ? s : '\n' + s;
    const arity = arityOf(fr);
    const origin = n > 1 ? 'in call from' : operatorOf(fr.m, fr.f, arity) !== null ? 'in operator ' : 'in function ';
    const errors = n === 1 && argErrors !== null ? argErrorLines(argErrors, arity, sep) : '';
    const mfa = mfaText(fr.m, fr.f, arity, p.enc);
    if (typeof fr.args === 'number') {
      out += `${sep}${origin} ${mfa} ${locationText(fr.loc)}${errors}`;
    } else {
      const calledAs = s + '   called as ';
      out += `${sep}${origin} ${mfa}\n${calledAs}${formatCall(p, '', calledAs, { m: fr.m, f: fr.f }, fr.args)}${errors}`;
    }
  });
  return out;
}

/** erl_error:format_arg_errors: "*** argument N: why" for each argument explained, then the general remark. */
function argErrorLines(errs: ArgErrors, arity: number, sep: string): string {
  const lines: string[] = [];
  for (let n = 1; n <= arity; n++) {
    const why = errs[n];
    if (why === undefined) continue;
    const head = `*** argument ${n}: `;
    // Several lines of explanation line up under the first one.
    const [first = '', ...rest] = why.split(/\r\n|\r|\n/).filter((l) => l !== '');
    lines.push(head + first, ...rest.map((l) => spaces(len(head)) + l));
  }
  if (errs.general !== undefined) lines.push(`*** ${errs.general}`);
  return lines.map((l) => `\n${sep}   ${l}`).join('');
}
