// Which segment of a failed binary construction erl blames, and for what.
//
// BEAM's bs_create_bin works in two passes: the first computes the size of
// every segment (so it checks every explicit size, and the type and unit of
// every whole-binary segment), the second writes them (checking everything
// else). The first failure of the first pass wins over any of the second:
// in <<X:8, Y/binary>> with X = foo and Y = bar, segment 2 is to blame.
// erl's shell builds one segment at a time instead (eval_bits), so there the
// first failing segment is to blame, and the cause is the one-segment
// construction's, with its size already multiplied by the unit.
//
// BitBuilder fails on the first problem it meets; only then does the
// runtime ask here, with the construction's segment table, so that the
// common path pays nothing.

import { MAX_BINARY_BITS } from '../alloc.js';
import { A, Atom, BitStr, ErlFloat, type Term } from '../types.js';
import type { ErlException, ShellBitsFailure } from '../exception.js';
import { segmentCause, segmentError, type SegmentError, type SegmentType } from './error.js';

/** Flag bit of a segment that is a later character of a string segment ("abc" is one segment to erl). */
export const STRING_CONTINUES = 8;
/**
 * Flag bit of a binary segment of shell code, where a size `all` means the
 * whole value (erl_eval's eval_bits accepts it); in compiled code `all` is
 * a bad size, as in BEAM.
 */
export const SIZE_ALL_OK = 16;
const SIGNED = 1;
const LITTLE = 2;
const NATIVE = 4;

/** Beyond this many bits a size is a system_limit (as in bits_build.ts). */
const MAX_BITS = MAX_BINARY_BITS;
const ALL = Atom.of('all');

/** The segment type codes of the compiled segment table. */
const TYPES: readonly SegmentType[] = ['integer', 'float', 'binary', 'binary', 'utf8', 'utf16', 'utf32'];

interface Segment {
  position: number;
  value: Term;
  /** The size as written (before the unit); undefined: the type's default. */
  size: Term | undefined;
  code: number;
  unit: number;
  flags: number;
}

interface Failure {
  segment: Segment;
  err: SegmentError;
  value: Term;
  reason: Atom;
}

/**
 * The exception erl raises for this construction, or null when no segment
 * is to blame (the binary as a whole is too large). `segs`: the runtime's
 * flat table, five entries a segment (value, size, type code, unit, flags).
 */
export function diagnoseConstruction(segs: readonly unknown[]): ErlException | null {
  const table = segments(segs);
  const found = firstOf(table, sizePass) ?? firstOf(table, writePass);
  if (found === null) return null;
  const shell = shellFailure(table);
  const type = TYPES[found.segment.code]!;
  return segmentError(found.segment.position, type, found.err, found.value, found.reason, shell?.reason === found.reason ? shell.failure : null);
}

function segments(segs: readonly unknown[]): Segment[] {
  const out: Segment[] = [];
  let position = 0;
  for (let i = 0; i + 4 < segs.length; i += 5) {
    const flags = segs[i + 4] as number;
    if ((flags & STRING_CONTINUES) === 0 || position === 0) position++;
    out.push({ position, value: segs[i] as Term, size: segs[i + 1] as Term | undefined, code: segs[i + 2] as number, unit: segs[i + 3] as number, flags });
  }
  return out;
}

function firstOf(table: Segment[], check: (s: Segment) => Omit<Failure, 'segment'> | null): Failure | null {
  for (const segment of table) {
    const f = check(segment);
    if (f !== null) return { segment, ...f };
  }
  return null;
}

function isInteger(v: Term): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

function hasExplicitSize(s: Segment): boolean {
  return s.size !== undefined && !(s.size === ALL && (s.flags & SIZE_ALL_OK) !== 0 && (s.code === 2 || s.code === 3));
}

/** The first pass: sizes, and whole binaries (whose size is their value's). */
function sizePass(s: Segment): Omit<Failure, 'segment'> | null {
  if (hasExplicitSize(s)) {
    const size = s.size!;
    if (!isInteger(size) || size < 0) return { err: 'size', value: size, reason: A.badarg };
    if (Number(size) * s.unit > MAX_BITS) return { err: 'size', value: size, reason: A.system_limit };
    return null;
  }
  if (s.code === 2 || s.code === 3) {
    if (!(s.value instanceof BitStr)) return { err: 'type', value: s.value, reason: A.badarg };
    if (s.value.bits % wholeUnit(s) !== 0) return { err: 'unit', value: s.value, reason: A.badarg };
  }
  return null;
}

/** A whole-binary segment's unit: /binary is 8 unless given, /bits 1. */
function wholeUnit(s: Segment): number {
  return s.size === undefined ? (s.code === 2 ? 8 : 1) : s.unit;
}

/** The size in bits of a segment the first pass passed. */
function bitsOf(s: Segment, dflt: number): number {
  return hasExplicitSize(s) ? Number(s.size) * s.unit : dflt;
}

/** The second pass: the values. */
function writePass(s: Segment): Omit<Failure, 'segment'> | null {
  const v = s.value;
  const bad = (err: SegmentError, value: Term = v) => ({ err, value, reason: A.badarg });
  switch (s.code) {
    case 0:
      return isInteger(v) ? null : bad('type');
    case 1: {
      if (!isInteger(v) && !(v instanceof ErlFloat)) return bad('type');
      const bits = bitsOf(s, 64);
      if (bits !== 16 && bits !== 32 && bits !== 64) return bad('invalid', bits);
      // Only a huge integer can fall outside what a float can hold (a 32-bit float just turns infinite).
      return Number.isFinite(v instanceof ErlFloat ? v.value : Number(v)) ? null : bad('no_float');
    }
    case 2:
    case 3:
      if (!hasExplicitSize(s)) return null;
      if (!(v instanceof BitStr)) return bad('type');
      return bitsOf(s, 0) > v.bits ? bad('short') : null;
    default:
      return validCodepoint(v) ? null : bad('type');
  }
}

function validCodepoint(cp: Term): boolean {
  return typeof cp === 'number' && cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
}

/**
 * What erl's shell raises for the same construction: the first segment
 * failing either pass, built on its own by eval_bits:eval_exp_field/6.
 */
function shellFailure(table: Segment[]): { reason: Atom; failure: ShellBitsFailure } | null {
  for (const s of table) {
    const f = sizePass(s) ?? writePass(s);
    if (f === null) continue;
    const type = TYPES[s.code]!;
    const at = { position: s.position, line: evalBitsLine(s) };
    if (hasExplicitSize(s) && f.err === 'size' && typeof s.size !== 'number' && typeof s.size !== 'bigint') {
      // eval_exp_field multiplies the size by the unit first.
      return { reason: A.badarg, failure: { ...at, cause: null, bif: { fn: '*', args: [s.size!, s.unit] } } };
    }
    if (!hasExplicitSize(s) && (s.code === 2 || s.code === 3)) {
      // A whole binary: eval_exp_field asks bit_size/1, and re-raises a bad unit with no error_info.
      if (f.err === 'type') return { reason: A.badarg, failure: { ...at, cause: null, bif: { fn: 'bit_size', args: [s.value] } } };
      return { reason: A.badarg, failure: { ...at, line: 169, cause: null, bif: null } };
    }
    const value = f.err === 'size' && isInteger(f.value) ? scaled(f.value, s.unit) : f.value;
    return { reason: f.reason, failure: { ...at, cause: segmentCause(1, type, f.err, value), bif: null } };
  }
  return null;
}

function scaled(size: number | bigint, unit: number): number | bigint {
  if (typeof size === 'bigint') return size * BigInt(unit);
  const n = size * unit;
  return Number.isSafeInteger(n) ? n : BigInt(size) * BigInt(unit);
}

/** The line of the eval_exp_field/6 clause (OTP 25's eval_bits.erl) that builds this segment. */
function evalBitsLine(s: Segment): number {
  const endian = s.flags & LITTLE ? 0 : s.flags & NATIVE ? 1 : 2;
  switch (s.code) {
    case 0:
      return 133 + 4 * endian + (s.flags & SIGNED ? 0 : 2);
    case 1:
      return 159 + 2 * endian;
    case 2:
    case 3:
      return hasExplicitSize(s) ? 172 : 165;
    case 4:
      return 145;
    default:
      // utf16/utf32: big, little, native.
      return (s.code === 5 ? 147 : 153) + 2 * (endian === 2 ? 0 : endian + 1);
  }
}
