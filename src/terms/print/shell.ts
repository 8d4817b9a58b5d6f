// How the erl shell prints an evaluation result (shell:pp/4): io_lib_pretty
// with depth 30, at most 60 characters on a broken line, the terminal's width
// (80 when it is not a terminal) and the record definitions the shell knows.

import type { Term } from '../types.js';
import type { Encoding } from '../atom_quote.js';
import { prettyTerm, type RecordLookup } from './pretty.js';

/** shell.erl's ?LINEMAX: the depth results are cut at. */
export const SHELL_DEPTH = 30;
/** shell.erl's ?CHAR_MAX. */
export const SHELL_LINE_MAX_CHARS = 60;

export interface ShellFormatOptions {
  /** Column the result starts in, 1-based. Results use 1; exception reports pass their own. */
  column?: number;
  /** io:columns() of the shell's device, 80 when it has none. */
  lineLength?: number;
  /** The device's encoding (piped stdin is latin1). */
  encoding?: Encoding;
  records?: RecordLookup | null;
  /** application stdlib shell_strings (default true). */
  strings?: boolean;
  /** -1 for no cut (shell:pp/4 with Depth -1 is used by rp/1). */
  depth?: number;
}

export function shellFormat(t: Term, opts: ShellFormatOptions = {}): string {
  return prettyTerm(t, {
    column: opts.column ?? 1,
    lineLength: opts.lineLength ?? 80,
    depth: opts.depth ?? SHELL_DEPTH,
    lineMaxChars: SHELL_LINE_MAX_CHARS,
    strings: opts.strings ?? true,
    records: opts.records ?? null,
    encoding: opts.encoding ?? 'latin1',
  });
}
