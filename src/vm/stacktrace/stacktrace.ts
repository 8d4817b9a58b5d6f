// Stack traces as Erlang terms, built only when someone asks (a catch with
// a stack variable, a crash report, the shell's exception printer).
//
// The frames come from three places, innermost first: the BIF that raised
// (ex.info), the compiled frames the exception passed on its way out
// (ex.frames, up to and including the catcher), and, for a caught
// exception, the catcher's callers, still running (stacktrace_callers.ts).
// Code typed at the shell has rules of its own for the bottom of the trace:
// those are all in stacktrace_shell.ts.

import { A, Atom, Fun, NIL, list, str, type Term } from '../../terms/types.js';
import type { BitsFailure, ErlException } from '../../terms/exception.js';
import { listAppend as append } from '../../terms/list_ops.js';
import { ErlMap } from '../../terms/map.js';
import { walkFrames, type CompiledFn, type FrameStack } from '../frames.js';
import { catcherCallers } from './callers.js';
import {
  type Above,
  type EvalChain,
  type EvalSetting,
  applyFrames,
  chainFrames,
  evalBitsFrames,
  frameRole,
  interpretedOf,
  isInterpreted,
  rootFrames,
} from './shell.js';

/** BEAM's default backtrace_depth. */
const MAX_FRAMES = 8;

/** The exception a stack term was built for: lets the shell recover BIF error details. */
export const exceptionOfStack = new WeakMap<object, ErlException>();

/** [{M, F, ArityOrArgs, Location}] for an exception. */
export function stackTerm(ex: ErlException): Term {
  if (ex.stack !== null) return ex.stack;
  const frames: Term[] = [];
  const raw = ex.frames as CompiledFn[];
  const from = bifFrame(ex, raw, frames);
  // Compiled frames, each with the pc it was at; the catcher's callers follow.
  const pairs: [CompiledFn, number, number][] = [];
  for (let i = from; i < raw.length; i++) pairs.push([raw[i]!, ex.pcs[i] ?? -1, ex.accs[i] ?? 0]);
  const walk = new FrameWalk(ex, frames);
  // A function_clause's failing function is the BIF frame: the compiled frames left are return addresses.
  walk.faultNext = from === 0;
  const bits = ex.info?.bits;
  if (bits !== undefined) constructionFault(ex, bits, raw[0]?.mfa, walk);
  // erlang:error/2,3: the arguments stand in the raising function's frame, for its arity.
  const info = ex.info;
  if (info !== null && info.args !== undefined && info.module === undefined && info.function === undefined) walk.firstArgs = list(info.args);
  if (!walk.takeAll(pairs)) walk.takeAll(catcherCallers(MAX_FRAMES));
  ex.stack = walk.finish();
  if (typeof ex.stack === 'object') exceptionOfStack.set(ex.stack as object, ex);
  return ex.stack;
}

/**
 * process_info(P, current_stacktrace) of a process that is not running:
 * the frames saved on its heap stack, innermost first.
 */
export function heapStackTerm(stack: FrameStack): Term {
  const pairs: [CompiledFn, number][] = [];
  walkFrames(stack, (fn, pc) => {
    pairs.push([fn, pc]);
  });
  const walk = new FrameWalk(null, []);
  walk.takeAll(pairs);
  return walk.finish();
}

/** process_info(P, current_function) of a process that is not running: its innermost saved frame's function. */
export function heapCurrentFunction(stack: FrameStack): Term | null {
  let found: Term | null = null;
  walkFrames(stack, (fn) => {
    if (fn.mfa === undefined) return false;
    found = [Atom.of(fn.mfa[0]), Atom.of(fn.mfa[1]), fn.mfa[2]];
    return true;
  });
  return found;
}

/**
 * A failed binary construction has no frame of its own: the function it ran
 * in carries the error_info. Code typed at the shell shows the frames of
 * erl's eval_bits instead, which built the binary there.
 */
function constructionFault(ex: ErlException, bits: BitsFailure, top: CompiledFn['mfa'], walk: FrameWalk): void {
  if (top === undefined) return;
  if (frameRole(top) === 'user') {
    walk.faultErrorInfo = bits.errorInfo;
    return;
  }
  if (bits.shell === null) return;
  walk.interpreterFrames(evalBitsFrames(bits.shell));
  // bit_size/1's argument is explained like any BIF's.
  if (bits.shell.bif?.fn === 'bit_size') ex.info = { ...ex.info, argErrors: { 1: 'not a bitstring' } };
}

/** Compiled frames to stack trace entries, with the shell's rules for its own frames. */
class FrameWalk {
  private bottom: Term[] | null = null;
  /** The error_info for the location of the first frame taken (a failed binary construction's). */
  faultErrorInfo: Term | null = null;
  /** How many of the frames stand for erl's interpreter, not for calls the shell expression made. */
  private interpreted = 0;
  private limit = MAX_FRAMES;
  private prevFn: CompiledFn | null = null;
  /** Replaces the arity in the first frame taken. */
  firstArgs: Term | null = null;
  private prevPc = -1;
  /** The next frame taken is where the exception arose (or the process stands), not a return address. */
  faultNext = true;
  private prevWasFault = false;
  /** The line of the inlined function's (or fun's) frame just skipped: its caller's frame, taken next, shows it. */
  private inlinedLine: number | undefined = undefined;

  constructor(
    private readonly ex: ErlException | null,
    private readonly frames: Term[],
  ) {}

  /** Takes frames until the trace is complete; true when it is. */
  takeAll(pairs: Iterable<[CompiledFn, number] | [CompiledFn, number, number]>): boolean {
    for (const [fn, pc, acc] of pairs) if (this.take(fn, pc, acc ?? 0)) return true;
    return false;
  }

  private take(fn: CompiledFn, pc: number, acc: number): boolean {
    const mfa = fn.mfa;
    if (mfa === undefined) return false;
    if (fn.INL === true) {
      this.inlinedLine ??= fn.L?.[pc] ?? 0;
      return false;
    }
    // BEAM records a return address only when it differs from the one
    // before: a body recursion shows its recursive call once. The frame
    // the exception arose in is no return address: it stays even when the
    // same function's call at the same place comes next (`H ++ append(T)`
    // failing one level down shows lists:append/1 twice).
    const fault = this.faultNext;
    this.faultNext = false;
    if (fn === this.prevFn && pc === this.prevPc && !this.prevWasFault) return false;
    this.prevFn = fn;
    this.prevPc = pc;
    this.prevWasFault = fault;
    const interp = interpretedOf(mfa, fn.E !== undefined);
    // A fun typed at the shell waits for its caller: erl_eval applies it with
    // a tail call from interpreted code, or with return format `value` when
    // compiled code calls it.
    if (this.pending !== null) this.flushPending(interp === null);
    if (interp !== null) {
      const chain = (fn.EC as (EvalChain | null)[] | undefined)?.[fn.E?.[pc] ?? 0] ?? NO_CHAIN;
      const above = this.aboveOf(chain, fault);
      if (!interp.root) {
        this.pending = { chain, above, setting: interp.setting };
        return false;
      }
      this.pushInterpreted(chain, above, false, interp.setting);
      this.bottom = rootFrames(interp.setting);
      return true;
    }
    this.afterInterpreted = false;
    const role = frameRole(mfa);
    if (role === 'hidden') return false;
    let line = this.inlinedLine ?? fn.L?.[pc];
    this.inlinedLine = undefined;
    const chain = fn.VC?.[fn.V?.[pc] ?? 0] ?? null;
    if (chain !== null) {
      // Code of a comprehension: the frames of the functions BEAM runs it in (ComprehensionChain).
      for (const lv of chain.levels) {
        if (this.push(mfa[0], lv.name, lv.arity, line)) return true;
        if (lv.ret !== null && (acc & (1 << lv.bit)) !== 0 && this.push(mfa[0], lv.ret[0], lv.ret[1], lv.ret[2])) return true;
        line = lv.callLine;
      }
      if (chain.tail) return false;
      line = chain.line;
    }
    return this.push(mfa[0], mfa[1], mfa[2], line);
  }

  /** Pushes a frame of compiled code; true when the trace is full. */
  private push(module: string, name: string, arityOf: number, line: number | undefined): boolean {
    const arity: Term = this.frames.length === 0 && this.firstArgs !== null ? this.firstArgs : arityOf;
    let loc = location(module, line);
    if (this.frames.length === 0 && this.faultErrorInfo !== null) loc = append(loc, list([[ERROR_INFO, this.faultErrorInfo]]));
    this.frames.push([Atom.of(module), Atom.of(name), arity, loc]);
    return this.frames.length >= MAX_FRAMES;
  }

  /** An interpreted fun's frames, once its caller is known. */
  private pending: { chain: EvalChain; above: Above; setting: EvalSetting } | null = null;
  /** The frame taken last was interpreted code's: a fun called from there was entered by a tail call. */
  private afterInterpreted = false;

  private flushPending(value: boolean): void {
    const p = this.pending!;
    this.pending = null;
    this.pushInterpreted(p.chain, p.above, value, p.setting);
  }

  /** What stands above interpreted code at pc in the trace (see Above). */
  private aboveOf(chain: EvalChain, fault: boolean): Above {
    if (this.afterInterpreted) return 'direct';
    if (chain.r === 1) return 'raise';
    const nothingAbove = this.frames.length === 0;
    if (this.ex === null) return nothingAbove ? 'none' : 'call';
    if (fault && this.interpreted > 0 && this.frames.length === this.interpreted) return 'raise';
    if (nothingAbove) {
      const r = this.ex.reason;
      const tag = r instanceof Atom ? r : Array.isArray(r) && r[0] instanceof Atom ? r[0] : null;
      // A value erl_eval could not apply as a fun: raised in do_apply/6.
      if (tag === A.badarity && Array.isArray(r) && Array.isArray(r[1]) && r[1][0] instanceof Fun && r[1][0].code.module === ERL_EVAL) {
        return 'badarity';
      }
      if (tag === A.badfun || tag === A.badarity) return 'badfun';
      return 'inline';
    }
    return 'call';
  }

  /** Interpreted code's frames: erl_eval's at its call (or raise), then the chain of the expression. */
  private pushInterpreted(chain: EvalChain, above: Above, value: boolean, setting: EvalSetting): void {
    this.frames.push(...applyFrames(setting, above, value && chain.v === 1));
    this.pushEval(chainFrames(chain));
    this.afterInterpreted = true;
  }

  /** erl_eval's frames; one the same as the frame before is the same return address, shown once. */
  private pushEval(frames: Term[]): void {
    for (const f of frames) {
      const last = this.frames[this.frames.length - 1];
      if (last !== undefined && sameFrame(last, f)) continue;
      this.frames.push(f);
    }
  }

  /** Frames of erl's interpreter where erlts ran compiled shell code. */
  interpreterFrames(frames: Term[]): void {
    this.frames.push(...frames);
    this.interpreted = this.frames.length;
    // eval_bits re-raises the stack it caught (at most 8 frames) less the frame below the failing one.
    this.limit = MAX_FRAMES - 1;
  }

  /** The trace. */
  finish(): Term {
    if (this.pending !== null) this.flushPending(true);
    const frames = this.frames;
    if (this.bottom !== null) frames.push(...this.bottom);
    return list(frames.slice(0, this.limit));
  }
}

const ERL_EVAL = Atom.of('erl_eval');
const NO_CHAIN: EvalChain = { f: [], v: 1, r: 0 };

function sameFrame(a: Term, b: Term): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== 4 || b.length !== 4) return false;
  if (a[0] !== b[0] || a[1] !== b[1] || a[2] !== b[2]) return false;
  return lineOf(a[3]!) === lineOf(b[3]!) && lineOf(a[3]!) !== undefined;
}

function lineOf(loc: Term): number | undefined {
  let l = loc;
  while (typeof l === 'object' && l !== null && 'head' in l) {
    const { head, tail } = l as { head: Term; tail: Term };
    if (Array.isArray(head) && head[0] === LINE) return head[1] as number;
    l = tail;
  }
  return undefined;
}

/**
 * The frame of the BIF that raised, pushed on `frames`; returns how many of
 * the compiled frames it stands for (function_clause: the failing function
 * itself is the frame above, and is not repeated).
 */
function bifFrame(ex: ErlException, raw: CompiledFn[], frames: Term[]): number {
  const caller = raw[0]?.mfa;
  const info = ex.info;
  if (info?.module === undefined || info.function === undefined) return 0;
  if (info.inline === true && caller !== undefined && !isInterpreted(caller[0])) {
    // An operator BEAM runs as an instruction (see ErrorInfo.inline) failing
    // in a compiled module: BEAM names only the function it ran in, so the
    // shell prints no "called as" line either.
    ex.info = null;
    return 0;
  }
  const arity = info.args?.length ?? info.arity;
  const args = info.args !== undefined ? list(info.args) : (info.arity ?? NIL);
  frames.push([Atom.of(info.module), Atom.of(info.function), args, bifLocation(ex)]);
  for (const [m, f, a, line] of info.callers ?? []) frames.push([Atom.of(m), Atom.of(f), a, line === null ? NIL : location(m, line)]);
  // A fun with no clause matching: its frame's arity counts its free variables too; an inlined
  // fun's frame is its caller's, whose frame comes next.
  const fun = (info as { fun?: Fun }).fun;
  const funFn = fun?.code.fn as CompiledFn | undefined;
  // A fun typed at the shell is erl_eval's on BEAM: its frame stays, and
  // becomes erl_eval's eval_fun/8, where erl_eval raises the error.
  if (funFn !== undefined && raw[0] === funFn && isInterpreted(fun!.code.module.name)) return 0;
  if (funFn !== undefined && raw[0] === funFn) return funFn.INL === true && raw.length > 1 ? 2 : 1;
  return caller !== undefined && caller[0] === info.module && caller[1] === info.function && caller[2] === arity ? 1 : 0;
}

function bifLocation(ex: ErlException): Term {
  const info = ex.info!;
  if (info.module === 'erlang' && ex.reason !== A.undef) return list([[ERROR_INFO, info.errorInfo ?? ERTS_ERRORS]]);
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

const FILE = Atom.of('file');
const LINE = Atom.of('line');
const ERROR_INFO = Atom.of('error_info');
const ERTS_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_erts_errors'));

/**
 * erlang:raise/3's stack argument as BEAM keeps it: {M, F, A} entries get
 * an empty location; null when it is no stack trace (raise fails with badarg).
 */
export function raisedStack(stack: Term): Term | null {
  const out: Term[] = [];
  let same = true;
  let l = stack;
  while (l !== NIL) {
    if (!(typeof l === 'object' && l !== null && 'head' in l)) return null;
    const { head, tail } = l as { head: Term; tail: Term };
    if (!Array.isArray(head)) return null;
    if (head.length === 3 && head[0] instanceof Atom && head[1] instanceof Atom) {
      out.push([head[0], head[1], head[2]!, NIL]);
      same = false;
    } else if (head.length === 4 || (head.length === 3 && !(head[0] instanceof Atom))) out.push(head);
    else return null;
    l = tail;
  }
  // The same term when nothing changed: it may carry the BIF's error details (exceptionOfStack).
  return same ? stack : list(out);
}

/** The exit reason of a process that died of an uncaught exception. */
export function exitReasonOf(ex: ErlException): Term {
  if (ex.cls === 'exit') return ex.reason;
  if (ex.cls === 'throw') return [[A.nocatch, ex.reason], stackTerm(ex)];
  return [ex.reason, stackTerm(ex)];
}
