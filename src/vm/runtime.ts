// `rt`: everything compiled code calls besides other compiled code. The
// generated JavaScript sees only this object and its module's tables.

import { setTimeoutNotEarly } from './timeout_not_early.js';
import { byteListBinary } from '../terms/byte_list.js';
import { A, Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, isMap, list, type Term } from '../terms/types.js';
import { ErlException, badarg, type ErrorInfo } from '../terms/exception.js';
import * as arith from '../terms/arith.js';
import { exactEq, eq } from '../terms/equality.js';
import { compare } from '../terms/compare.js';
import { listAppend as append, listSubtract as subtract } from '../terms/list_ops.js';
import { ErlMap } from '../terms/map.js';
import {
  BitBuilder,
  binCat,
  direct as binDirect,
  diagnoseConstruction,
  SIZE_ALL_OK,
  getInteger,
  getFloat,
  getBits,
  restInto,
  getUtf8,
  getUtf16,
  getUtf32,
  UTF_FAIL,
  utfCodepoint,
  utfBits,
} from '../terms/bits/index.js';
import { KillSelf, SUSPEND, noteFrame } from './frames.js';
import type { CompiledFn, Segment } from './frames.js';
import { NOMSG } from './mailbox.js';
import type { Process } from './process.js';
import { toErlException } from './errors.js';
import { stackTerm } from './stacktrace/stacktrace.js';
import { undef } from './code.js';

const NOMATCH: unique symbol = Symbol('nomatch');
const ALL = Atom.of('all');

function err(reason: Term, info: ErlException['info'] = null): ErlException {
  return new ErlException('error', reason, info);
}

// ---- control ------------------------------------------------------------

function internal(msg: string): Error {
  return new Error(`erlts internal: ${msg}`);
}

/** A frame record of many locals (fn_builder.ts pushes short ones itself): [fn, pc, ...vars] onto the unwind buffer. */
function pushRecord(unw: Segment, fn: CompiledFn, pc: number, vars: readonly unknown[]): void {
  unw.push(fn, pc);
  for (let i = 0; i < vars.length; i++) unw.push(vars[i]);
}

/** Raw frames kept while the JS stack unwinds: the trace needs 8 after the hidden and repeated ones go. */
const RAW_FRAMES = 16;

/** An exception leaves a function without a handler: note the frame for the stack trace. */
function passing(e: unknown, fn: CompiledFn, pc: number, acc = 0): unknown {
  if (e instanceof KillSelf) return e;
  const ex = toErlException(e);
  if (ex.caughtBy === fn) {
    // Re-raised by fn's own handler: its frame (at the call in the try) is there already.
    ex.caughtBy = null;
    return ex;
  }
  ex.caughtBy = null;
  noteFrame(ex, fn, pc, acc, RAW_FRAMES);
  return ex;
}

/** An exception reaches a handler in fn. */
function caught(e: unknown, fn: CompiledFn, pc: number, acc = 0): ErlException {
  if (e instanceof KillSelf) throw e;
  const ex = toErlException(e);
  if (ex.caughtBy === fn) {
    // Caught again by an outer handler of the same call (a re-raise): one frame.
    return ex;
  }
  noteFrame(ex, fn, pc, acc, RAW_FRAMES);
  ex.caughtBy = fn;
  return ex;
}

/** {Class, Reason, Stack} for a try's catch clauses; withStack false when none binds the stack. */
function exceptionTuple(ex: ErlException, withStack = true): Term {
  return [Atom.of(ex.cls), ex.reason, withStack ? stackTerm(ex) : NIL];
}

function catchValue(ex: ErlException): Term {
  if (ex.cls === 'throw') return ex.reason;
  if (ex.cls === 'exit') return [A.EXIT, ex.reason];
  return [A.EXIT, [ex.reason, stackTerm(ex)]];
}

// ---- errors raised by compiled code ----------------------------------------

const badmatch = (v: Term) => err([A.badmatch, v]);
const caseClause = (v: Term) => err([A.case_clause, v]);
const ifClause = () => err(A.if_clause);
const tryClause = (v: Term) => err([A.try_clause, v]);
function functionClause(fn: CompiledFn, args: Term[], line?: number): ErlException {
  const mfa = fn.mfa ?? ['?', '?', args.length];
  // BEAM locates a function_clause at the function's first line.
  return err(A.function_clause, { module: mfa[0], function: mfa[1], args, line: line ?? fn.L?.[0] });
}
function funClause(f: Fun, args: Term[]): ErlException {
  // Funs typed at the shell are erl_eval's interpreted funs on BEAM, which name themselves so.
  const fn = f.code.fn as CompiledFn;
  // An inlined fun (fun_names.ts) fails in the frame of the function it was inlined in.
  const own = fn.INL === true && fn.mfa !== undefined ? fn.mfa[1] : f.code.name;
  const name = f.code.module.name === 'erl_eval' ? '-inside-an-interpreted-fun-' : own;
  const line = name === own ? fn.L?.[0] : undefined;
  return err(A.function_clause, { module: f.code.module.name, function: name, args, fun: f, line } as never);
}
const badargOp = (v: Term, _op: Atom) => err([A.badarg, v]);
const badGenerator = (v: Term) => err([Atom.of('bad_generator'), v]);
const badFilter = (v: Term) => err([Atom.of('bad_filter'), v]);

// ---- operators ---------------------------------------------------------------

function plus(v: Term): Term {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof ErlFloat) return v;
  throw err(A.badarith, { module: 'erlang', function: '+', args: [v] });
}

/** Unary plus in a compiled module: BEAM's compiler makes `+X` into `X + 0`, and that is the frame. */
function plusZero(v: Term): Term {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof ErlFloat) return v;
  throw err(A.badarith, { module: 'erlang', function: '+', args: [v, 0] });
}

function not(v: Term): Term {
  if (v === A.true) return A.false;
  if (v === A.false) return A.true;
  throw err(A.badarg, { module: 'erlang', function: 'not', args: [v] });
}

function boolOp(name: string, f: (a: boolean, b: boolean) => boolean) {
  return (a: Term, b: Term): Term => {
    if ((a === A.true || a === A.false) && (b === A.true || b === A.false)) return f(a === A.true, b === A.true) ? A.true : A.false;
    throw err(A.badarg, { module: 'erlang', function: name, args: [a, b] });
  };
}

/** Arithmetic errors carry the operator and operands, for `in operator` lines. */
/**
 * An operator's slow path (bignums, floats, errors): a failure names
 * erlang:Op with its arguments. Fixed arity, so no rest array per call.
 */
function arithOp(name: string, f: (a: Term, b: Term) => Term, inline = false) {
  return (a: Term, b: Term): Term => {
    try {
      return f(a, b);
    } catch (e) {
      throw withOperator(e, name, [a, b], inline);
    }
  };
}

function arithOp1(name: string, f: (a: Term) => Term) {
  return (a: Term): Term => {
    try {
      return f(a);
    } catch (e) {
      throw withOperator(e, name, [a], false);
    }
  };
}

function withOperator(e: unknown, name: string, args: Term[], inline: boolean): unknown {
  if (e instanceof ErlException && e.info === null) {
    return new ErlException(e.cls, e.reason, inline ? { module: 'erlang', function: name, args, inline } : { module: 'erlang', function: name, args });
  }
  return e;
}

function reverse(l: Term): Term {
  let out: Term = NIL;
  while (l instanceof Cons) {
    out = new Cons(l.head, out);
    l = l.tail;
  }
  return out;
}

// ---- maps ----------------------------------------------------------------

function mapBuild(kvs: Term[]): Term {
  let m = ErlMap.EMPTY;
  for (let i = 0; i < kvs.length; i += 2) m = m.set(kvs[i]!, kvs[i + 1]!);
  return m;
}

function mapUpdate(m: Term, ops: Term[]): Term {
  if (!(m instanceof ErlMap)) throw err([A.badmap, m]);
  let r = m;
  for (let i = 0; i < ops.length; i += 3) {
    const k = ops[i + 1]!;
    if (ops[i] === 1 && !r.has(k)) throw err([A.badkey, k]);
    r = r.set(k, ops[i + 2]!);
  }
  return r;
}

function mapIterList(m: Term): Term {
  if (!(m instanceof ErlMap)) throw err([Atom.of('bad_generator'), m]);
  let out: Term = NIL;
  const ks = m.sortedKeys();
  const vs = m.sortedValues();
  for (let i = ks.length - 1; i >= 0; i--) out = new Cons([ks[i]!, vs[i]!], out);
  return out;
}

// ---- calls ---------------------------------------------------------------------

function applyMFA(p: Process, m: Term, f: Term, args: Term[]): Term {
  if (!(m instanceof Atom) || !(f instanceof Atom)) {
    if (m instanceof Atom || f instanceof Atom) throw err(A.badarg, { module: 'erlang', function: 'apply', args: [m, f, list(args)] });
    throw err(A.badarg);
  }
  const e = p.vm.code.entryOf(m, f, args.length);
  const fn = e.fn !== e.stub ? e.fn : p.vm.code.lookup(m.name, f.name, args.length);
  if (fn === null) throw undef(m.name, f.name, args);
  return fn(p, ...args);
}

/**
 * A local call typed at the shell that is not a shell command: user_default
 * first, then the shell's command module, as shell:local_func does; anything
 * else is `undefined shell command F/A`.
 */
function shellLocal(p: Process, fallback: string, f: Atom, args: Term[]): Term {
  const fn = p.vm.code.lookup('user_default', f.name, args.length) ?? p.vm.code.lookup(fallback, f.name, args.length);
  if (fn === null) throw err([SHELL_UNDEF, f, args.length, NIL]);
  return fn(p, ...args);
}
const SHELL_UNDEF = Atom.of('shell_undef');

function callFun(p: Process, f: Term, args: Term[]): Term {
  if (f instanceof Fun) {
    if (f.code.arity !== args.length) throw err([A.badarity, [f, list(args)]]);
    return f.code.fn(p, ...args, f);
  }
  if (f instanceof ExportFun) {
    if (f.arity !== args.length) throw err([A.badarity, [f, list(args)]]);
    const fn = p.vm.code.lookup(f.module.name, f.name.name, f.arity);
    if (fn === null) throw undef(f.module.name, f.name.name, args);
    return fn(p, ...args);
  }
  throw err([A.badfun, f]);
}

function makeExportFun(m: Term, f: Term, a: Term): Term {
  if (m instanceof Atom && f instanceof Atom && typeof a === 'number' && a >= 0 && a <= 255) return new ExportFun(m, f, a);
  throw err(A.badarg);
}

/** `Dest ! Msg`, with a badarg (a name nobody registered) blamed on `frame`. */
function sendBlaming(p: Process, dest: Term, msg: Term, frame: ErrorInfo): Term {
  try {
    return p.vm.send(p, dest, msg);
  } catch (e) {
    if (e instanceof ErlException && e.reason === A.badarg) throw new ErlException('error', A.badarg, { ...frame, args: [dest, msg] });
    throw e;
  }
}

/** In a module `!` is erlang:send/2, which names an invalid destination. */
const SEND_FRAME: ErrorInfo = { module: 'erlang', function: 'send', argErrors: { 1: 'invalid destination' } };
/** Typed at the shell, erl_eval applies the operator '!'/2. */
const SEND_OP_FRAME: ErrorInfo = { module: 'erlang', function: '!' };

/** erlang:send/2, also what `!` in compiled modules is. */
export function send(p: Process, dest: Term, msg: Term): Term {
  // A local pid cannot make the send fail: no try/catch on the way.
  if (dest instanceof Pid && dest.node === p.vm.nodeName) {
    p.vm.sendPid(p, dest, msg);
    return msg;
  }
  return sendBlaming(p, dest, msg, SEND_FRAME);
}

function sendOp(p: Process, dest: Term, msg: Term): Term {
  return sendBlaming(p, dest, msg, SEND_OP_FRAME);
}

/** Slow paths of inlined BIFs: call the real BIF so errors read as erl's. */
function bif1(p: Process, name: string, a: Term): Term {
  return p.vm.code.erlangBif(name, 1)!(p, a);
}
function bif2(p: Process, name: string, a: Term, b: Term): Term {
  return p.vm.code.erlangBif(name, 2)!(p, a, b);
}

/** Strict boolean for andalso/orelse operands inside guards. */
function gb(v: Term): boolean {
  if (v === A.true) return true;
  if (v === A.false) return false;
  throw err(A.badarg);
}

function isRecord(x: Term, tag: Term, size?: Term): boolean {
  return Array.isArray(x) && x.length > 0 && x[0] === tag && (size === undefined || x.length === size);
}

function isFunction(x: Term, n?: Term): boolean {
  if (n === undefined) return x instanceof Fun || x instanceof ExportFun;
  if (typeof n !== 'number' || n < 0) throw err(A.badarg);
  if (x instanceof Fun) return x.code.arity === n;
  if (x instanceof ExportFun) return x.arity === n;
  return false;
}

// ---- receive ---------------------------------------------------------------

function recvStart(p: Process, tmo: Term): Term {
  p.mbox.rewind();
  p.timedOut = false;
  if (tmo === A.infinity) return tmo;
  if (typeof tmo === 'number' && tmo >= 0 && tmo <= 0xffffffff) return tmo;
  throw err(Atom.of('timeout_value'));
}

function recvTimedOut(p: Process, tmo: Term): boolean {
  if (tmo === A.infinity) return false;
  if (tmo === 0) return true;
  if (p.timedOut) {
    p.timedOut = false;
    return true;
  }
  if (p.timer === null) {
    p.timer = setTimeoutNotEarly(
      tmo as number,
      () => {
        p.timer = null;
        p.timedOut = true;
        p.vm.scheduler.wake(p);
      },
      (h) => (p.timer = h),
    );
  }
  return false;
}

/** `clause`: {N, HeadText} from the module's constant table, which clause took it (compiled before it was passed, absent). */
function recvTake(p: Process, clause?: Term): void {
  const msg = p.mbox.take();
  if (p.vm.recvWatch !== null && p.vm.recvWatch.get(p) === msg) p.vm.unwatchReceive(p);
  if (p.vm.tracer !== null && msg !== NOMSG)
    p.vm.trace(clause === undefined ? { kind: 'receive', pid: p.pid, msg } : { kind: 'receive', pid: p.pid, msg, clause });
  if (p.timer !== null) {
    clearTimeout(p.timer);
    p.timer = null;
  }
  p.timedOut = false;
}

/**
 * A receive passed over `msg`: none of its clauses (`heads`, their texts)
 * matches. Reported only for a message being watched (a held message just
 * released, vm.watchReceive), which now waits in the mailbox.
 */
function recvSkip(p: Process, msg: Term, heads: Term): void {
  const vm = p.vm;
  if (vm.recvWatch === null || vm.recvWatch.get(p) !== msg) return;
  vm.unwatchReceive(p);
  if (vm.tracer !== null) vm.trace({ kind: 'no_match', pid: p.pid, msg, heads });
}

// ---- binaries ---------------------------------------------------------------

function endianOf(flags: number): 'big' | 'little' | 'native' {
  return flags & 2 ? 'little' : flags & 4 ? 'native' : 'big';
}

function sizeInBits(size: Term, unit: number): Term {
  return typeof size === 'number' ? size * unit : size;
}

/** Builds a bitstring from flat segment specs: value, size, type, unit, flags. */
function binBuild(segs: unknown[]): Term {
  try {
    return buildSegments(segs);
  } catch (e) {
    // The builder stops at the first problem; erl blames the segment its two passes find first.
    if (e instanceof ErlException && (e.info?.bits !== undefined || e.reason === A.system_limit)) throw diagnoseConstruction(segs) ?? e;
    throw e;
  }
}

function buildSegments(segs: unknown[]): Term {
  const b = new BitBuilder();
  for (let i = 0; i < segs.length; i += 5) {
    const v = segs[i] as Term;
    const size = segs[i + 1] as Term | undefined;
    const type = segs[i + 2] as number;
    const unit = segs[i + 3] as number;
    const flags = segs[i + 4] as number;
    const endian = endianOf(flags);
    switch (type) {
      case 0:
        b.putInteger(v, size === undefined ? 8 : sizeInBits(size, unit), endian, (flags & 1) === 1);
        break;
      case 1:
        b.putFloat(v, size === undefined ? 64 : sizeInBits(size, unit), endian);
        break;
      case 2:
      case 3:
        if (size === undefined) b.putBits(v, 'all', type === 2 ? 8 : 1);
        else if (size === ALL && (flags & SIZE_ALL_OK) !== 0) b.putBits(v, 'all', unit);
        else b.putBits(v, sizeInBits(size, unit), unit);
        break;
      case 4:
        b.putUtf8(v);
        break;
      case 5:
        b.putUtf16(v, endian);
        break;
      case 6:
        b.putUtf32(v, endian);
        break;
    }
  }
  return b.finish();
}

/** A matched segment's size in bits, or -1 when the size is not a usable integer (no match). */
function segSize(v: Term, unit: number): number {
  if (typeof v === 'number' && v >= 0) return v * unit;
  return -1;
}

/**
 * segSize for a binary segment of shell code, where erl_eval takes a size
 * `all` as the `rest` bits left (when they are whole units), as eval_bits does.
 */
function segSizeShell(v: Term, unit: number, rest: number): number {
  if (v === ALL) return rest % unit === 0 ? rest : -1;
  return segSize(v, unit);
}

const rtState = { bmOff: 0 };

function bmInt(b: BitStr, off: number, size: number, flags: number): Term | typeof NOMATCH {
  const v = getInteger(b, off, size, endianOf(flags), (flags & 1) === 1);
  if (v === null) return NOMATCH;
  rt.bmOff = off + size;
  return v;
}
function bmFloat(b: BitStr, off: number, size: number, flags: number): Term | typeof NOMATCH {
  const v = getFloat(b, off, size, endianOf(flags));
  if (v === null) return NOMATCH;
  rt.bmOff = off + size;
  return v;
}
function bmBits(b: BitStr, off: number, size: number, unit: number): Term | typeof NOMATCH {
  let n = size;
  if (n < 0) {
    n = b.bits - off;
    if (n % unit !== 0) return NOMATCH;
  }
  const v = getBits(b, off, n);
  if (v === null) return NOMATCH;
  rt.bmOff = off + n;
  return v;
}
function bmUtf(b: BitStr, off: number, type: string, flags: number): Term | typeof NOMATCH {
  const e = endianOf(flags);
  const r = type === 'utf8' ? getUtf8(b, off) : type === 'utf16' ? getUtf16(b, off, e) : getUtf32(b, off, e);
  if (r === UTF_FAIL) return NOMATCH;
  rt.bmOff = off + utfBits(r);
  return utfCodepoint(r);
}

/**
 * `size` bits (1..32) of `data` from bit `pos`, as an unsigned big-endian
 * integer: the in-place read of a matched integer segment of known size (the
 * compiler has checked the bounds).
 */
function ubits(data: Uint8Array, pos: number, size: number): number {
  // The usual segments first: whole bytes, 16 and 32-bit words, single bits.
  if ((pos & 7) === 0) {
    const i = pos >>> 3;
    if (size === 8) return data[i]!;
    if (size === 16) return (data[i]! << 8) | data[i + 1]!;
    if (size === 32) return ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0;
  }
  if (size === 1) return (data[pos >>> 3]! >>> (7 - (pos & 7))) & 1;
  const end = pos + size;
  const first = pos >>> 3;
  const last = (end - 1) >>> 3;
  let w = 0;
  for (let i = first; i <= last; i++) w = w * 256 + data[i]!;
  const sh = 8 * (last + 1) - end;
  if (last - first < 4) {
    w = w >>> sh;
    return size === 32 ? w >>> 0 : w & ((2 ** size - 1) | 0);
  }
  return Math.floor(w / 2 ** sh) % 2 ** size;
}

function concatBits(parts: Term[]): Term {
  const b = new BitBuilder();
  for (const x of parts) b.putBits(x, 'all', 1);
  return b.finish();
}

export const rt = {
  // values
  Cons,
  NIL,
  Fun,
  Atom,
  ErlFloat,
  BitStr,
  Pid,
  Ref,
  Port,
  TRUE: A.true,
  FALSE: A.false,
  INFINITY: A.infinity,
  NOMSG,
  NOMATCH,
  EMPTY_MAP: ErlMap.EMPTY,
  // control
  SUSPEND,
  internal,
  pushRecord,
  passing,
  caught,
  exceptionTuple,
  catchValue,
  // errors
  badmatch,
  caseClause,
  ifClause,
  tryClause,
  functionClause,
  funClause,
  badargOp,
  badGenerator,
  badFilter,
  // comparisons and arithmetic
  exactEq,
  eq,
  compare,
  add: arithOp('+', arith.add),
  sub: arithOp('-', arith.sub),
  mul: arithOp('*', arith.mul),
  mulImm: arithOp('*', arith.mul, true),
  addImm: arithOp('+', arith.add, true),
  subImm: arithOp('-', arith.sub, true),
  div: arithOp('/', arith.div),
  divImm: arithOp('/', arith.div, true),
  intDiv: arithOp('div', arith.intDiv),
  rem: arithOp('rem', arith.rem),
  band: arithOp('band', arith.band),
  bor: arithOp('bor', arith.bor),
  bxor: arithOp('bxor', arith.bxor),
  bsl: arithOp('bsl', arith.bsl),
  bsr: arithOp('bsr', arith.bsr),
  neg: arithOp1('-', arith.neg),
  bnot: arithOp1('bnot', arith.bnot),
  plus,
  plusZero,
  not,
  and: boolOp('and', (a, b) => a && b),
  or: boolOp('or', (a, b) => a || b),
  xor: boolOp('xor', (a, b) => a !== b),
  append,
  subtract,
  reverse,
  // maps
  isMap,
  mapBuild,
  mapUpdate,
  mapIterList,
  // calls
  applyMFA,
  shellLocal,
  callFun,
  makeExportFun,
  send,
  sendOp,
  bif1,
  bif2,
  gb,
  isRecord,
  isFunction,
  // receive
  recvStart,
  recvTimedOut,
  recvTake,
  recvSkip,
  // binaries
  binBuild,
  binCat,
  byteListBinary,
  segSize,
  segSizeShell,
  bmInt,
  ubits,
  bmFloat,
  bmBits,
  bmUtf,
  bmOff: rtState.bmOff,
  concatBits,
  BitBuilder,
  binDirect,
  restInto,
};

export type Runtime = typeof rt;
export { badarg };
