// The exceptions recorded from real erl by gen_format_exception.mjs, decoded.

import { readFileSync } from 'node:fs';
import { decodeTerm } from '../../src/terms/etf/index.js';
import { ErlMap } from '../../src/terms/map.js';
import { Atom, BitStr, type Term } from '../../src/terms/types.js';
import type { ExceptionClass } from '../../src/terms/exception.js';
import type { ArgErrors } from '../../src/bifs/erl_error/format_exception.js';

export interface RecordedCase {
  section: 'latin1' | 'direct' | 'link' | 'unicode' | 'catch';
  expr: string;
  cls: ExceptionClass;
  reason: Term;
  stack: Term;
  /** What erl_erts_errors & co said about the arguments, null when nothing. */
  argErrors: ArgErrors | null;
  /** The shell's printout, ending in a newline. */
  out: string;
}

interface RawCase {
  section: RecordedCase['section'];
  expr: string;
  term: string;
  errorMap: string;
  out: string;
}

function decode(b64: string): Term {
  return decodeTerm(new Uint8Array(Buffer.from(b64, 'base64')));
}

function toArgErrors(m: Term): ArgErrors | null {
  if (!(m instanceof ErlMap) || m.size === 0) return null;
  const out: ArgErrors = {};
  for (const [k, v] of m) {
    const text = v instanceof BitStr ? Buffer.from(v.buf.subarray(0, v.byteSize)).toString('utf8') : String(v);
    if (typeof k === 'number') out[k] = text;
    else if (k instanceof Atom && k.name === 'general') out.general = text;
    else throw new Error(`unexpected error map key ${String(k)}`);
  }
  return out;
}

export function loadCases(): RecordedCase[] {
  // Tests run from build/test/shell; the data stays in the source tree.
  const file = new URL('../../../test/shell/format_exception_data.json', import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { cases: RawCase[] };
  return data.cases.map((c) => {
    const [cls, reason, stack] = decode(c.term) as [Atom, Term, Term];
    return {
      section: c.section,
      expr: c.expr,
      cls: cls.name as ExceptionClass,
      reason,
      stack,
      argErrors: toArgErrors(decode(c.errorMap)),
      out: c.out,
    };
  });
}

/** The records the generating session defined with rd/2 (size: the number of fields). */
export function sessionRecords(name: string, size: number): readonly string[] | null {
  if (name === 'point' && size === 2) return ['x', 'y'];
  if (name === 'r' && size === 2) return ['a', 'b'];
  return null;
}
