// Failures of binary construction, shaped like erts's: reason badarg (or
// system_limit) with error_info cause {SegmentNo, Type, Error, Value}, which
// erl_erts_errors:format_bs_fail/2 turns into "segment 1 of type 'integer':
// expected an integer but got: a".

import { A, Atom, type Term } from './types.js';
import { ErlException, type ErrorInfo } from './exception.js';

export type SegmentType = 'integer' | 'float' | 'binary' | 'utf8' | 'utf16' | 'utf32';
export type SegmentError = 'type' | 'size' | 'unit' | 'short' | 'no_float' | 'invalid';

/** ErrorInfo plus the cause term erl keeps in error_info (types.ts's ErrorInfo has no slot for it). */
export interface BitSyntaxErrorInfo extends ErrorInfo {
  cause: Term;
}

export function segmentError(segment: number, type: SegmentType, err: SegmentError, value: Term): ErlException {
  const info: BitSyntaxErrorInfo = {
    module: 'erl_erts_errors',
    function: 'format_bs_fail',
    cause: [segment, Atom.of(type), Atom.of(err), value],
  };
  return new ErlException('error', A.badarg, info);
}

export function bitsSystemLimit(): ErlException {
  return new ErlException('error', A.system_limit);
}
