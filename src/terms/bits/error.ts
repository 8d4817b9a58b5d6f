// Failures of binary construction, shaped like erts's: reason badarg (or
// system_limit), no BIF frame, and the frame of the function the
// construction ran in carrying {error_info, #{cause => {SegmentNo, Type,
// Error, Value}, module => erl_erts_errors, function => format_bs_fail}},
// which erl_erts_errors:format_bs_fail/2 turns into "segment 1 of type
// 'integer': expected an integer but got: a".

import { A, Atom, type Term } from '../types.js';
import { ErlException, type ShellBitsFailure } from '../exception.js';
import { ErlMap } from '../map.js';

export type SegmentType = 'integer' | 'float' | 'binary' | 'utf8' | 'utf16' | 'utf32';
export type SegmentError = 'type' | 'size' | 'unit' | 'short' | 'no_float' | 'invalid';

/** The error_info map erts puts in the failing frame's location. */
export function bsFailInfo(cause: Term): Term {
  return ErlMap.EMPTY.set(CAUSE, cause).set(FUNCTION, FORMAT_BS_FAIL).set(MODULE, ERTS_ERRORS);
}

export function segmentCause(segment: number, type: SegmentType, err: SegmentError, value: Term): Term {
  return [segment, Atom.of(type), Atom.of(err), value];
}

/** `reason`: badarg, or system_limit for a size too large. */
export function segmentError(
  segment: number,
  type: SegmentType,
  err: SegmentError,
  value: Term,
  reason: Atom = A.badarg,
  shell: ShellBitsFailure | null = null,
): ErlException {
  return new ErlException('error', reason, { bits: { errorInfo: bsFailInfo(segmentCause(segment, type, err, value)), shell } });
}

/** The binary as a whole would be too large. */
export function bitsSystemLimit(): ErlException {
  return new ErlException('error', A.system_limit);
}

const CAUSE = Atom.of('cause');
const FUNCTION = Atom.of('function');
const MODULE = Atom.of('module');
const FORMAT_BS_FAIL = Atom.of('format_bs_fail');
const ERTS_ERRORS = Atom.of('erl_erts_errors');
