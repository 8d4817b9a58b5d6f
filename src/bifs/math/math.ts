// The math module: IEEE functions on numbers, always returning floats.
// A non-number argument is badarg ("not a number"); a result outside the
// function's domain or not finite is badarith, as erl reports it.

import { A, Atom, ErlFloat, type Term, isNumber } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { ErlException } from '../../terms/exception.js';
import { ErlMap } from '../../terms/map.js';
import { frameError } from '../errors.js';
import { erf, erfc } from './erf.js';

const OUTSIDE_DOMAIN = 'is outside the domain for this function';
const STDLIB_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));

/** A failure of math:fn: its frame carries {error_info, #{module => erl_stdlib_errors}}. */
function mathError(reason: Atom, fn: string, args: Term[], errs: { [n: number]: string }): ErlException {
  const e = frameError(reason, 'math', fn, args, errs);
  e.info!.errorInfo = STDLIB_ERRORS;
  return e;
}

function toNumber(t: Term): number {
  return t instanceof ErlFloat ? t.value : Number(t as number | bigint);
}

/** Checks every argument is a number, naming all that are not. */
function numbers(fn: string, args: Term[]): number[] {
  const errs: { [n: number]: string } = {};
  args.forEach((a, i) => {
    if (!isNumber(a)) errs[i + 1] = 'not a number';
  });
  if (Object.keys(errs).length > 0) throw mathError(A.badarg, fn, args, errs);
  return args.map(toNumber);
}

/**
 * A math function of one argument. `domain` says which arguments are valid;
 * outside it erl explains argument 1, while an overflow has no explanation.
 */
function unary(name: string, f: (x: number) => number, domain: (x: number) => boolean = () => true): NativeFn {
  return (_p, x) => {
    const [v] = numbers(name, [x]);
    if (!domain(v!)) throw mathError(A.badarith, name, [x], { 1: OUTSIDE_DOMAIN });
    const r = f(v!);
    if (!Number.isFinite(r)) throw mathError(A.badarith, name, [x], {});
    return new ErlFloat(r);
  };
}

function pow(_p: unknown, x: Term, y: Term): Term {
  const [a, b] = numbers('pow', [x, y]);
  const r = a! ** b!;
  if (!Number.isFinite(r)) throw mathError(A.badarith, 'pow', [x, y], {});
  return new ErlFloat(r);
}

function atan2(_p: unknown, y: Term, x: Term): Term {
  const [a, b] = numbers('atan2', [y, x]);
  return new ErlFloat(Math.atan2(a!, b!));
}

function fmod(_p: unknown, x: Term, y: Term): Term {
  const [a, b] = numbers('fmod', [x, y]);
  if (b === 0) throw mathError(A.badarith, 'fmod', [x, y], { 2: OUTSIDE_DOMAIN });
  // JS % on doubles is C's fmod: the result takes the dividend's sign.
  return new ErlFloat(a! % b!);
}

const positive = (x: number) => x > 0;

export const mathNatives: NativeModule = {
  name: 'math',
  functions: {
    'pi/0': () => new ErlFloat(Math.PI),
    'sin/1': unary('sin', Math.sin),
    'cos/1': unary('cos', Math.cos),
    'tan/1': unary('tan', Math.tan),
    'asin/1': unary('asin', Math.asin, (x) => x >= -1 && x <= 1),
    'acos/1': unary('acos', Math.acos, (x) => x >= -1 && x <= 1),
    'atan/1': unary('atan', Math.atan),
    'atan2/2': atan2 as NativeFn,
    'sinh/1': unary('sinh', Math.sinh),
    'cosh/1': unary('cosh', Math.cosh),
    'tanh/1': unary('tanh', Math.tanh),
    'asinh/1': unary('asinh', Math.asinh),
    'acosh/1': unary('acosh', Math.acosh, (x) => x >= 1),
    'atanh/1': unary('atanh', Math.atanh, (x) => x > -1 && x < 1),
    'exp/1': unary('exp', Math.exp),
    'log/1': unary('log', Math.log, positive),
    'log2/1': unary('log2', Math.log2, positive),
    'log10/1': unary('log10', Math.log10, positive),
    'pow/2': pow as NativeFn,
    'sqrt/1': unary('sqrt', Math.sqrt, (x) => x >= 0),
    'erf/1': unary('erf', erf),
    'erfc/1': unary('erfc', erfc),
    'floor/1': unary('floor', Math.floor),
    'ceil/1': unary('ceil', Math.ceil),
    'fmod/2': fmod as NativeFn,
  },
};

export default mathNatives;
