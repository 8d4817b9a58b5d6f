// Stack traces as Erlang terms, built only when someone asks (a catch with
// a stack variable, a crash report, the shell's exception printer).

import { A, Atom, NIL, list, str, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import { ErlMap } from '../terms/map.js';
import type { CompiledFn } from './frames.js';
import { shellFunTail, shellTail } from './stacktrace_shell.js';

/** BEAM's default backtrace_depth. */
const MAX_FRAMES = 8;

/** The exception a stack term was built for: lets the shell recover BIF error details. */
export const exceptionOfStack = new WeakMap<object, ErlException>();

/** Operators BEAM runs as instructions in compiled code: a failure there has no erlang:Op frame. */
const INLINE_OPERATORS = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'bnot']);

/** [{M, F, ArityOrArgs, Location}] for an exception. */
export function stackTerm(ex: ErlException): Term {
  if (ex.stack !== null) return ex.stack;
  const frames: Term[] = [];
  const raw = ex.frames as CompiledFn[];
  const info = ex.info;
  let from = 0;
  if (info?.module !== undefined && info.function !== undefined) {
    const arity = info.args?.length ?? info.arity;
    const caller = raw[0]?.mfa;
    if (info.module === 'erlang' && INLINE_OPERATORS.has(info.function) && caller !== undefined && !isShellCode(caller[0])) {
      // An operator failing inside a compiled module: BEAM names only the
      // function it ran in, so the shell prints no "called as" line either.
      ex.info = null;
    } else {
      const args = info.args !== undefined ? list(info.args) : info.arity ?? NIL;
      frames.push([Atom.of(info.module), Atom.of(info.function), args, bifLocation(ex)]);
      // function_clause: the failing function itself is the frame above.
      if (caller !== undefined && caller[0] === info.module && caller[1] === info.function && caller[2] === arity) from = 1;
    }
  }
  let shell = false;
  let caught = false;
  let hidden = false;
  for (let i = from; i < raw.length && frames.length < MAX_FRAMES; i++) {
    const f = raw[i]!;
    const mfa = f.mfa;
    if (mfa === undefined) continue;
    if (mfa[0] === 'erl_eval' && mfa[1] === 'shell') {
      // The expression typed at the shell: below it, BEAM has erl_eval and
      // the shell's own frames.
      shell = true;
      caught = (f.H?.[ex.pcs[i] ?? -1] ?? -1) >= 0;
      break;
    }
    if (HIDDEN_MODULES.has(mfa[0])) {
      hidden = true;
      continue;
    }
    frames.push([Atom.of(mfa[0]), Atom.of(mfa[1]), mfa[2], location(mfa[0], f.L?.[ex.pcs[i] ?? -1])]);
  }
  if (shell) frames.push(...shellTail(ex, frames.length > 0, caught));
  else if (hidden && frames.length === 0) frames.push(...shellFunTail(ex));
  ex.stack = list(frames.slice(0, MAX_FRAMES));
  if (typeof ex.stack === 'object') exceptionOfStack.set(ex.stack as object, ex);
  return ex.stack;
}

function isShellCode(module: string): boolean {
  return module === 'erl_eval';
}

function bifLocation(ex: ErlException): Term {
  const info = ex.info!;
  if (info.module === 'erlang' && ex.reason !== A.undef) return list([[ERROR_INFO, ERTS_ERRORS]]);
  const loc: Term[] = [];
  if (info.line !== undefined) loc.push([FILE, str(`${info.module}.erl`)], [LINE, info.line]);
  if (info.errorInfo !== undefined) loc.push([ERROR_INFO, info.errorInfo]);
  return list(loc);
}

/** [{file, "m.erl"}, {line, N}]: compiled modules are taken to come from m.erl. */
function location(module: string, line: number | undefined): Term {
  const file: Term = [FILE, str(`${module}.erl`)];
  return line !== undefined && line > 0 ? list([file, [LINE, line]]) : list([file]);
}

/** Modules whose frames stand for erl's interpreter and shell: not shown in stack traces. */
const HIDDEN_MODULES = new Set(['erl_eval', 'erlts_shell', '$shell']);
const FILE = Atom.of('file');
const LINE = Atom.of('line');
const ERROR_INFO = Atom.of('error_info');
const ERTS_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_erts_errors'));

/** The exit reason of a process that died of an uncaught exception. */
export function exitReasonOf(ex: ErlException): Term {
  if (ex.cls === 'exit') return ex.reason;
  if (ex.cls === 'throw') return [[A.nocatch, ex.reason], stackTerm(ex)];
  return [ex.reason, stackTerm(ex)];
}
