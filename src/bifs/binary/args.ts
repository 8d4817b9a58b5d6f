// Argument checks of the binary module and its badarg, explained per
// argument with the texts erl's erl_stdlib_errors gives for binary:F/A.
// A check returns the explanation, or undefined when the argument is fine.

import { A, Atom, BitStr, Ref, isTuple, listToArray, type Term } from '../../terms/types.js';
import { error, type ErlException } from '../../terms/exception.js';
import { ErlMap } from '../../terms/map.js';

export type Why = string | undefined;

export const NOT_BINARY = 'not a binary';
export const OUT_OF_RANGE = 'out of range';
export const BAD_OPTIONS = 'invalid options';
export const BAD_PATTERN = 'not a valid pattern';

const STDLIB_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_stdlib_errors'));

/**
 * badarg in binary:fn(args), explaining each argument that has a text; the
 * frame carries erl's error_info map, with the cause when erl gives one.
 */
export function fail(fn: string, args: Term[], whys: Why[], cause?: Atom): ErlException {
  const argErrors: Record<number, string> = {};
  whys.forEach((w, i) => {
    if (w !== undefined) argErrors[i + 1] = w;
  });
  const errorInfo = cause === undefined ? STDLIB_ERRORS : STDLIB_ERRORS.set(Atom.of('cause'), cause);
  const line = raisingLine(fn, args, cause);
  return error(A.badarg, { module: 'binary', function: fn, args, argErrors, errorInfo, ...(line !== undefined ? { line } : {}) });
}

/**
 * The functions OTP writes in Erlang raise through one of three inlined
 * helpers at the end of binary.erl, and the frame carries that line:
 * badarg_with_cause 491, badarg_with_info 494, error_with_info 497 (a
 * failure caught and raised again with the caller's arguments). BIFs have
 * no line.
 */
function raisingLine(fn: string, args: Term[], cause: Atom | undefined): number | undefined {
  switch (fn) {
    case 'bin_to_list':
      if (args.length === 1) return 497;
      if (args.length === 2) return isTuple(args[1]!) && (args[1] as Term[]).length === 2 ? 497 : 494;
      return args[0] instanceof BitStr && args[0].isBinary && isInt(args[1]!) && isInt(args[2]!) ? 497 : 494;
    case 'replace':
      return args.length === 3 ? 497 : cause !== undefined ? 491 : 494;
    case 'encode_hex':
    case 'decode_hex':
    case 'unhex':
      return 494;
    default:
      return undefined;
  }
}

export function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

export function mustBeBinary(t: Term): Why {
  if (t instanceof BitStr) return t.isBinary ? undefined : 'is a bitstring (expected a binary)';
  return NOT_BINARY;
}

export function mustBePosition(t: Term): Why {
  if (!isInt(t)) return 'not an integer';
  return t >= 0 ? undefined : OUT_OF_RANGE;
}

export function mustBeInteger(t: Term): Why {
  return isInt(t) ? undefined : 'not an integer';
}

export function mustBeNonNegInteger(t: Term): Why {
  return mustBePosition(t);
}

export function mustBeEndianness(t: Term): Why {
  return t === Atom.of('big') || t === Atom.of('little') ? undefined : "must be 'big' or 'little'";
}

/** The bytes of a binary (not a copy). */
export function bytesOf(b: BitStr): Uint8Array {
  const n = b.byteSize;
  return b.buf.length === n ? b.buf : b.buf.subarray(0, n);
}

// Compiled patterns print as {bm, Ref} or {ac, Ref} like OTP's; the
// reference finds the patterns again.
const compiled = new WeakMap<Ref, Uint8Array[]>();

export function rememberPattern(ref: Ref, patterns: Uint8Array[]): void {
  compiled.set(ref, patterns);
}

/** The byte patterns a pattern argument stands for, or null when it is none. */
export function patternsOf(t: Term): Uint8Array[] | null {
  if (t instanceof BitStr) return t.isBinary && t.byteSize > 0 ? [bytesOf(t)] : null;
  if (isTuple(t)) {
    if (t.length !== 2 || !(t[1] instanceof Ref) || (t[0] !== Atom.of('bm') && t[0] !== Atom.of('ac'))) return null;
    return compiled.get(t[1]) ?? null;
  }
  const items = listToArray(t);
  if (items === null || items.length === 0) return null;
  const out: Uint8Array[] = [];
  for (const x of items) {
    if (!(x instanceof BitStr) || !x.isBinary || x.byteSize === 0) return null;
    out.push(bytesOf(x));
  }
  return out;
}

export function mustBePattern(t: Term): Why {
  return patternsOf(t) === null ? BAD_PATTERN : undefined;
}

/** A {Pos, Len} part as [from, length] with a non-negative length, when it lies inside size bytes. */
export function partRange(pos: Term, len: Term, size: number): [number, number] | null {
  if (typeof pos !== 'number' || typeof len !== 'number') return null;
  const from = len >= 0 ? pos : pos + len;
  const n = Math.abs(len);
  return from >= 0 && pos >= 0 && from + n <= size ? [from, n] : null;
}

/** What erl says about binary:part(S, Pos, Len) (and bin_to_list/3) failing. */
export function partWhys(s: Term, pos: Term, len: Term): Why[] {
  const whys = [mustBeBinary(s), mustBePosition(pos), mustBeInteger(len)];
  if (whys.some((w) => w !== undefined)) return whys;
  return (pos as number | bigint) > (s as BitStr).byteSize ? [undefined, OUT_OF_RANGE] : [undefined, undefined, OUT_OF_RANGE];
}

/** The same for the {Pos, Len} forms (part/2, bin_to_list/2). */
export function partTupleWhys(s: Term, posLen: Term): Why[] {
  if (isTuple(posLen) && posLen.length === 2 && isInt(posLen[0]!) && isInt(posLen[1]!)) {
    const w = partWhys(s, posLen[0]!, posLen[1]!);
    return w[1] === undefined && w[2] === undefined ? [w[0]] : [w[0], OUT_OF_RANGE];
  }
  return [mustBeBinary(s), 'not a valid {Pos,Length} tuple'];
}
