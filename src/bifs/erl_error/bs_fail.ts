// erl_erts_errors:format_bs_fail/2: what erl_error asks for when the top
// frame of a stack carries {error_info, #{function => format_bs_fail, ...}}
// (a failed binary construction). It reads the cause from the stack term
// alone, so it also explains exceptions caught and re-raised, or received
// from another node. `reason` replaces erl_error's explanation of the
// exception reason, `general` becomes the frame's "*** " line:
//
//   ** exception error: construction of binary failed
//        in function  bsf:a/1 (bsf.erl, line 3)
//           *** segment 1 of type 'binary': expected a binary but got: 1.5

import { A, Atom, BitStr, Cons, type Term } from '../../terms/types.js';
import { ErlMap } from '../../terms/map.js';
import { prettyTerm } from '../../terms/print/pretty.js';
import { writeTerm } from '../../terms/print/write.js';
import { getBits } from '../../terms/bits/match.js';

export interface BsFailText {
  general: string;
  reason: string;
}

/** The explanation, or null when the frame's error_info is not format_bs_fail's or does not fit it (erl then prints its default). */
export function formatBsFail(reason: Term, loc: Term): BsFailText | null {
  const info = errorInfoOf(loc);
  if (!(info instanceof ErlMap)) return null;
  if (info.get(Atom.of('function')) !== FORMAT_BS_FAIL || info.get(Atom.of('module')) !== ERTS_ERRORS) return null;
  const cause = info.get(Atom.of('cause'));
  if (!Array.isArray(cause) || cause.length !== 4) return null;
  const [segment0, type, error, value] = cause as [Term, Term, Term, Term];
  const segment = info.get(Atom.of('override_segment_position')) ?? segment0;
  if (!(type instanceof Atom)) return null; // '~ts' of a non-atom fails in erl too
  const text = explain(reason, type.name, error, value);
  if (text === null) return null;
  return { general: `segment ${prettyTerm(segment)} of type '${type.name}': ${text}`, reason: 'construction of binary failed' };
}

/** do_format_bs_fail/5: null where erl's function has no clause (erl_error then ignores the error_info). */
function explain(reason: Term, type: string, error: Term, value: Term): string | null {
  if (reason === A.system_limit) {
    if (type === 'binary' && error === Atom.of('binary') && value === Atom.of('size')) {
      return `the size of the binary/bitstring is too large (exceeding ${2 ** 31 - 1} bits)`;
    }
    if (error === Atom.of('size')) return `the size ${prettyTerm(value)} is too large`;
    return null;
  }
  if (reason !== A.badarg || !(error instanceof Atom)) return null;
  switch (error.name) {
    case 'invalid':
      return type === 'float' ? `expected one of the supported sizes 16, 32, or 64 but got: ${prettyTerm(value)}` : null;
    case 'no_float':
      return type === 'float' ? `the value ${possiblyTruncated(value)} is outside the range expressible as a float` : null;
    case 'unit':
      return type === 'binary' ? `the size of the value ${possiblyTruncated(value)} is not a multiple of the unit for the segment` : null;
    case 'short':
      return `the value ${possiblyTruncated(value)} is shorter than the size of the segment`;
    case 'size':
      return `expected a non-negative integer as size but got: ${possiblyTruncated(value)}`;
    case 'type':
      return `expected a${expectedType(type)} but got: ${possiblyTruncated(value)}`;
    default:
      return null;
  }
}

function expectedType(type: string): string {
  switch (type) {
    case 'binary':
      return ' binary';
    case 'float':
      return ' float or an integer';
    case 'integer':
      return 'n integer';
    default:
      return ` non-negative integer encodable as ${type}`;
  }
}

/** possibly_truncated/1: long integers and bitstrings keep their two ends, other terms go to depth 20. */
function possiblyTruncated(v: Term): string {
  if (typeof v === 'number' || typeof v === 'bigint') {
    const s = String(v);
    return s.length < 48 ? s : `${s.slice(0, 12)}...${s.slice(-12)}`;
  }
  if (v instanceof BitStr) {
    const size = Math.ceil(v.bits / 8);
    if (size < 16) return prettyTerm(v);
    // The first 8 bytes and what follows the last size-10 skipped ones, each as ~w writes it.
    const prefix = writeTerm(getBits(v, 0, 64)!);
    const suffix = writeTerm(getBits(v, 8 * (size - 2), 'all')!);
    return `${prefix.slice(0, -2)}...,${suffix.slice(2)}`;
  }
  return prettyTerm(v, { depth: 20 });
}

/** The value of {error_info, Map} in a frame's location list. */
function errorInfoOf(loc: Term): Term | undefined {
  for (let l = loc; l instanceof Cons; l = l.tail) {
    const p = l.head;
    if (Array.isArray(p) && p.length === 2 && p[0] === ERROR_INFO) return p[1];
  }
  return undefined;
}

const ERROR_INFO = Atom.of('error_info');
const FORMAT_BS_FAIL = Atom.of('format_bs_fail');
const ERTS_ERRORS = Atom.of('erl_erts_errors');
