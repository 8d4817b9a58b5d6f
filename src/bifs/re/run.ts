// re:compile and re:run, and the badarg explanations erl_stdlib_errors
// gives for the re functions. A compiled pattern keeps OTP's shape
// {re_pattern, Groups, Unicode, CRLF, Binary}, but its binary holds our own
// encoding of the source and options, not PCRE bytecode.

import { codePointsToString } from '../../terms/code_points.js';
import { A, Atom, BitStr, NIL, type Term, isTuple } from '../../terms/types.js';
import { ErlException, error } from '../../terms/exception.js';
import { ErlMap } from '../../terms/map.js';
import { charactersToList } from '../../terms/utf_chardata.js';
import { fromArray } from '../lists/util.js';
import { MatchLimit } from './limited_regexp.js';
import { type Match, type Pattern, type RunMode, type Subject, compilePattern, fromByte, makeSubject, matchAll, matchAt, toByte } from './engine.js';
import { BadCapture, BadOpt, compileOption, dataBytes, defaultFlags, listItems, patternCodePoints, runOptions } from './options.js';
import { ReCompileError } from './translate.js';

const RE_PATTERN = Atom.of('re_pattern');
const STDLIB_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));
// Unprintable, so that the shell shows the binary as bytes, as it does erl's.
const MAGIC = 'ERCP\u0000erlts';

const bin = (b: Uint8Array) => new BitStr(b);
const latin1List = (s: string) => fromArray(Array.from(s, (c) => c.charCodeAt(0)));

// ---- errors as erl_stdlib_errors explains them ------------------------

function mustBeIodata(t: Term): string | undefined {
  return dataBytes(t, false) === null ? 'not an iodata term' : undefined;
}

function mustBeRegexp(t: Term): string | undefined {
  const r = compileTerm(t, NIL);
  if (r === 'notdata') return decodeMp(t) !== null ? undefined : 'neither an iodata term nor a compiled regular expression';
  if (r instanceof ReCompileError) return badRegexp(r, t, false);
  return undefined;
}

function badRegexp(e: ReCompileError, t: Term, unicode: boolean): string {
  return `could not parse regular expression\n${e.message} on character ${bytePos(t, e, unicode)}`;
}

export function reBadarg(fn: string, args: Term[], badopt = false): ErlException {
  const errs: Record<number, string> = {};
  const put = (n: number, s: string | undefined) => {
    if (s !== undefined) errs[n] = s;
  };
  if (fn === 'compile') {
    if (args.length === 1) put(1, 'not an iodata term');
    else {
      const r = compileTerm(args[0]!, NIL);
      put(1, r === 'notdata' ? 'not an iodata term' : r instanceof ReCompileError ? badRegexp(r, args[0]!, false) : undefined);
    }
  } else {
    put(1, mustBeIodata(args[0]!));
    put(2, mustBeRegexp(args[1]!));
    if (fn === 'replace') put(3, mustBeIodata(args[2]!));
  }
  if (badopt) errs[args.length] = 'invalid options';
  const errorInfo = badopt ? STDLIB_ERRORS.set(Atom.of('cause'), Atom.of('badopt')) : STDLIB_ERRORS;
  // split and replace are Erlang code in OTP: their frame has re.erl's line.
  const line = fn === 'split' || fn === 'replace' ? (badopt ? 965 : 969) : undefined;
  return error(A.badarg, { module: 're', function: fn, args, argErrors: errs, errorInfo, ...(line !== undefined ? { line } : {}) });
}

// ---- compiling ----------------------------------------------------------

function bytePos(t: Term, e: ReCompileError, unicode: boolean): number {
  const bytes = dataBytes(t, unicode);
  const cps = bytes === null ? null : patternCodePoints(bytes, unicode);
  if (cps === null || !unicode) return e.pos;
  return new TextEncoder().encode(codePointsToString(cps.slice(0, e.pos))).length;
}

/** Compiles a pattern term with compile options; 'notdata' when it is no pattern data. */
function compileTerm(t: Term, opts: Term): Pattern | ReCompileError | 'notdata' {
  const f = defaultFlags();
  const r = { anchored: false };
  for (const o of listItems(opts)) if (!compileOption(o, f, r)) throw new BadOpt();
  return compileWith(t, f, r.anchored);
}

function compileWith(t: Term, f: ReturnType<typeof defaultFlags>, anchored: boolean): Pattern | ReCompileError | 'notdata' {
  const bytes = dataBytes(t, f.unicode);
  if (bytes === null) return 'notdata';
  const cps = patternCodePoints(bytes, f.unicode);
  if (cps === null) return 'notdata';
  try {
    return compilePattern(cps, f, anchored);
  } catch (e) {
    if (e instanceof ReCompileError) return e;
    throw e;
  }
}

function mpTerm(p: Pattern): Term {
  const json = JSON.stringify({ c: p.cps, f: p.flags, a: p.anchored });
  const crlf = ['crlf', 'any', 'anycrlf'].includes(p.flags.newline) ? 1 : 0;
  return [RE_PATTERN, p.tr.numSubs, p.flags.unicode ? 1 : 0, crlf, bin(new TextEncoder().encode(MAGIC + json))];
}

export function decodeMp(t: Term): Pattern | null {
  if (!isTuple(t) || t.length !== 5 || t[0] !== RE_PATTERN || !(t[4] instanceof BitStr)) return null;
  const text = new TextDecoder().decode(t[4].buf.subarray(0, t[4].byteSize));
  if (!text.startsWith(MAGIC)) return null;
  try {
    const d = JSON.parse(text.slice(MAGIC.length)) as { c: number[]; f: Pattern['flags']; a: boolean };
    return compilePattern(d.c, d.f, d.a);
  } catch {
    return null;
  }
}

export function compile(args: Term[]): Term {
  let r: ReturnType<typeof compileTerm>;
  try {
    r = compileTerm(args[0]!, args[1] ?? NIL);
  } catch (e) {
    if (e instanceof BadOpt) throw reBadarg('compile', args, true);
    throw e;
  }
  if (r === 'notdata') throw reBadarg('compile', args);
  if (r instanceof ReCompileError) return [A.error, [latin1List(r.message), bytePos(args[0]!, r, unicodeOpt(args[1] ?? NIL))]];
  return [A.ok, mpTerm(r)];
}

function unicodeOpt(opts: Term): boolean {
  try {
    return listItems(opts).includes(Atom.of('unicode'));
  } catch {
    return false;
  }
}

// ---- running ------------------------------------------------------------

function span(s: Subject, m: [number, number] | null): [number, number] {
  if (m === null) return [-1, 0];
  const a = toByte(s, m[0]);
  return [a, toByte(s, m[1]) - a];
}

function nameOf(t: Term): string | null {
  if (t instanceof Atom) return t.name;
  if (t instanceof BitStr) return new TextDecoder().decode(t.buf.subarray(0, t.byteSize));
  try {
    return listItems(t).every((c) => typeof c === 'number') ? codePointsToString(listItems(t) as number[]) : null;
  } catch {
    return null;
  }
}

function selected(p: Pattern, m: Match, spec: ReturnType<typeof runOptions>['capture']): Array<[number, number] | null> {
  const byName = (name: string) => {
    const nums = p.tr.names.get(name) ?? [];
    for (const n of nums) if (m[n]) return m[n]!;
    return null;
  };
  if (spec === 'all') return m;
  if (spec === 'all_but_first') return m.slice(1);
  if (spec === 'first') return [m[0]!];
  if (spec === 'all_names') return [...p.tr.names.keys()].map(byName);
  if (spec === 'none') return [];
  return spec.map((it) => {
    if (typeof it === 'number') return m[it] ?? null;
    const name = nameOf(it);
    return name === null ? null : byName(name);
  });
}

function converted(s: Subject, sp: [number, number] | null, type: 'index' | 'list' | 'binary'): Term {
  const [a, n] = span(s, sp);
  if (type === 'index') return [a, n];
  if (type === 'binary') return a < 0 ? bin(new Uint8Array()) : bin(s.bytes.subarray(a, a + n));
  if (n === 0) return NIL;
  const piece = s.bytes.subarray(a, a + n);
  return s.unicode ? charactersToList(bin(piece)) : fromArray(Array.from(piece));
}

/** re:run with erl's checks; `fn` names the function in errors. */
export function run(args: Term[]): Term {
  const [subject, re, optsTerm = NIL] = args;
  let o: ReturnType<typeof runOptions>;
  try {
    o = runOptions(optsTerm);
  } catch (e) {
    if (e instanceof BadOpt) throw reBadarg('run', args, true);
    if (e instanceof BadCapture) throw reBadarg('run', args);
    throw e;
  }
  let p: Pattern;
  const mp = decodeMp(re!);
  if (mp !== null) {
    if (o.compileOpts) throw reBadarg('run', args);
    const f = { ...mp.flags, notbol: o.flags.notbol, noteol: o.flags.noteol, newline: o.newlineGiven ? o.flags.newline : mp.flags.newline };
    p = compilePattern(mp.cps, f, mp.anchored);
  } else {
    if (isTuple(re)) throw reBadarg('run', args);
    const r = compileWith(re!, o.flags, false);
    if (r === 'notdata') throw reBadarg('run', args);
    if (r instanceof ReCompileError) {
      if (o.reportErrors) return [A.error, [Atom.of('compile'), [latin1List(r.message), bytePos(re!, r, o.flags.unicode)]]];
      throw reBadarg('run', args);
    }
    p = r;
  }
  const bytes = dataBytes(subject!, p.flags.unicode);
  const s = bytes === null ? null : makeSubject(bytes, p.flags.unicode);
  if (s === null) throw reBadarg('run', args);
  if (o.offset > bytes!.length) throw new ErlException('exit', Atom.of('internal_error'), { module: 're', function: 'run', args });
  const from = fromByte(s, o.offset);
  if (from < 0) throw reBadarg('run', args);
  const mode = { anchored: o.anchored, notempty: o.notempty, notemptyAtstart: o.notemptyAtstart, limit: o.matchLimit };
  try {
    return runMatches(p, s, from, mode, o);
  } catch (e) {
    // PCRE gave up: erl says nomatch, or why with report_errors.
    if (e instanceof MatchLimit) return o.reportErrors ? [A.error, Atom.of('match_limit')] : Atom.of('nomatch');
    throw e;
  }
}

function runMatches(p: Pattern, s: Subject, from: number, mode: RunMode, o: ReturnType<typeof runOptions>): Term {
  const conv = (m: Match) => fromArray(selected(p, m, o.capture).map((sp) => converted(s, sp, o.type)));
  if (o.global) {
    const crlf = ['crlf', 'any', 'anycrlf'].includes(p.flags.newline);
    const all = matchAll(p, s, from, mode, crlf);
    if (all.length === 0) return Atom.of('nomatch');
    if (o.capture === 'none' || (o.capture === 'all_names' && p.tr.names.size === 0)) return Atom.of('match');
    return [Atom.of('match'), fromArray(all.map(conv))];
  }
  const m = matchAt(p, s, from, mode);
  if (m === null) return Atom.of('nomatch');
  if (o.capture === 'none' || (o.capture === 'all_names' && p.tr.names.size === 0)) return Atom.of('match');
  return [Atom.of('match'), conv(m)];
}
