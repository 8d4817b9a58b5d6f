// The callers of the function that catches an exception. On BEAM a stack
// trace is a walk of the process's stack at the raise, so a caught
// exception's trace goes on below the catcher, through its callers. erlts
// records frames as the exception unwinds, which stops at the catcher; the
// frames below it are still running. They are found here, only when a
// stack trace is built at a catch:
//
//  - callers on the JS stack: V8's structured stack trace names each
//    compiled function and its position in the unit's text (every unit is
//    instantiated with a sourceURL of its own); the call statement at that
//    position starts with `pc = N;`, the continuation the caller resumes
//    at, whose Erlang line is fn.L[N] as for any frame;
//  - below those, the frames on the running process's heap stack.

import type { CompiledFn, FrameStack } from '../frames.js';
import { walkFrames } from '../frames.js';
import { RESUME_SUFFIX } from '../../compiler/fn_builder.js';

/** A compiled unit's functions by their JS name, and its text. */
interface UnitSource {
  readonly names: Map<string, CompiledFn>;
  readonly text: string;
  lines?: string[];
}

/** sourceURL -> unit; the unit lives as long as its functions do (each holds it). */
const units = new Map<string, WeakRef<UnitSource>>();
// Instances of one library unit share its url (src/code/unit_code_cache.ts): the entry goes with the last of them.
const forget = new FinalizationRegistry<string>((url) => {
  if (units.get(url)?.deref() === undefined) units.delete(url);
});
let unitCount = 0;

/** The sourceURL comment that names a unit's text for V8's stack traces. */
export function newUnitURL(): string {
  return `erlts-unit-${++unitCount}`;
}

/** Records an instantiated unit, so that its functions can be named in callers' frames. */
export function registerUnit(url: string, text: string, fns: readonly CompiledFn[]): void {
  const unit: UnitSource = { names: new Map(), text };
  for (const fn of fns) {
    unit.names.set(fn.name, fn);
    // Its resuming copy runs the same code as the same Erlang function (fn_builder.ts).
    unit.names.set(`${fn.name}${RESUME_SUFFIX}`, fn);
    (fn as { U?: UnitSource }).U = unit;
  }
  units.set(url, new WeakRef(unit));
  forget.register(unit, url);
}

/** The heap stack of the process running now (set by the scheduler for each slice; null: none runs). */
export const running: { stack: FrameStack | null } = { stack: null };

/** new Function puts two lines of its own before the body. */
const HEADER_LINES = 2;
/** Enough JS frames to find a handful of Erlang ones among the runtime's. */
const JS_FRAMES = 24;

interface CallSite {
  getScriptNameOrSourceURL(): string | null;
  getFunctionName(): string | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

function jsCallSites(frames = JS_FRAMES): CallSite[] {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_e, sites) => sites;
  Error.stackTraceLimit = frames;
  try {
    const holder: { stack?: CallSite[] } = {};
    Error.captureStackTrace(holder, jsCallSites);
    return holder.stack ?? [];
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

/** The pc a call statement at (line, column) of a unit's text continues at; null for a tail call. */
function callPc(unit: UnitSource, line: number, column: number): number | null {
  unit.lines ??= unit.text.split('\n');
  const text = unit.lines[line - 1 - HEADER_LINES];
  if (text === undefined) return null;
  // The last `pc = N;` before the call on its line.
  let pc: number | null = null;
  for (const m of text.slice(0, column - 1).matchAll(/pc = (-?\d+);/g)) pc = Number(m[1]);
  return pc === null || pc < 0 ? null : pc;
}

/**
 * The frames below the function that is running a catch handler now, as
 * [fn, pc] pairs, outermost last; at most `max`.
 */
export function catcherCallers(max: number): [CompiledFn, number][] {
  const out: [CompiledFn, number][] = [];
  if (running.stack === null) return out;
  let seenCatcher = false;
  for (const site of jsCallSites()) {
    const url = site.getScriptNameOrSourceURL();
    if (url === null || !url.startsWith('erlts-unit-')) continue;
    const unit = units.get(url)?.deref();
    const fn = unit?.names.get(site.getFunctionName() ?? '');
    if (unit === undefined || fn === undefined) continue;
    // The first compiled frame is the catcher itself: its frame is already in the trace.
    if (!seenCatcher) {
      seenCatcher = true;
      continue;
    }
    const pc = callPc(unit, site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0);
    if (pc === null) continue;
    out.push([fn, pc]);
    if (out.length >= max) return out;
  }
  if (seenCatcher) {
    walkFrames(running.stack, (fn, pc) => {
      out.push([fn, pc]);
      return out.length >= max;
    });
  }
  return out;
}

/**
 * Whether the handler covering `pc` in fn belongs to a `catch` expression or
 * a `try` (erl_eval has a different frame on the stack for each): its code
 * takes the exception apart with rt.catchValue or rt.exceptionTuple.
 */
export function handlerKind(fn: CompiledFn, pc: number): 'try' | 'catch' {
  const unit = (fn as { U?: UnitSource }).U;
  const h = fn.H?.[pc];
  if (unit === undefined || h === undefined || h < 0) return 'catch';
  const start = unit.text.indexOf(`function ${fn.name}(`);
  const at = start < 0 ? -1 : unit.text.indexOf(`\ncase ${h}:\n`, start);
  if (at < 0) return 'catch';
  const body = unit.text.slice(at, at + 400);
  const tuple = body.indexOf('rt.exceptionTuple(');
  const value = body.indexOf('rt.catchValue(');
  return tuple >= 0 && (value < 0 || tuple < value) ? 'try' : 'catch';
}

/**
 * The function that made the call running now, as erl's trace names it for
 * a match spec's {caller}: the innermost compiled function on the JS stack,
 * else the innermost frame of the running process's heap stack; null when
 * there is none (the call came from a native).
 */
export function callerMfa(): [string, string, number] | null {
  for (const site of jsCallSites()) {
    const url = site.getScriptNameOrSourceURL();
    if (url === null || !url.startsWith('erlts-unit-')) continue;
    const fn = units
      .get(url)
      ?.deref()
      ?.names.get(site.getFunctionName() ?? '');
    if (fn?.mfa !== undefined) return fn.mfa;
  }
  let found: [string, string, number] | null = null;
  if (running.stack !== null) {
    walkFrames(running.stack, (fn) => {
      if (fn.mfa === undefined) return false;
      found = fn.mfa;
      return true;
    });
  }
  return found;
}

/**
 * How many compiled frames the running process has on the JS stack (its
 * stack_size while it runs; compiled code keeps no depth count). A slice
 * has at most a few thousand; JS frames in between are counted past.
 */
export function jsErlangFrames(): number {
  let n = 0;
  for (const site of jsCallSites(ALL_JS_FRAMES)) if (site.getScriptNameOrSourceURL()?.startsWith('erlts-unit-') === true) n++;
  return n;
}

/** More than a slice's JS stack holds. */
const ALL_JS_FRAMES = 50000;
