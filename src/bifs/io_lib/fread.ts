// io_lib:fread/2 (a format read from a string, newlines and all) and
// io_lib:fread/3 (the re-entrant form io servers call line by line, with
// a continuation). The reading itself is src/bifs/io/fread.ts's.

import type { LibraryFrame } from '../../terms/exception.js';
import { A, Atom, NIL, list, listToArray, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { type FreadStep, freadLine, freadResult } from '../io/fread.js';
import { calledFrom, frameError, functionClause } from '../errors.js';

const EOF = Atom.of('eof');
const DONE = Atom.of('done');
const MORE = Atom.of('more');

/** Where io_lib_fread's list_to_atom is called from: fread/2 reads the string itself, fread/3 through fread_line/6. */
const FREAD2_CALLERS: LibraryFrame[] = [['io_lib_fread', 'fread_atom', 6, 317]];
const FREAD3_CALLERS: LibraryFrame[] = [...FREAD2_CALLERS, ['io_lib_fread', 'fread_line', 6, 73]];

/** A step of the reader, raising where io_lib_fread raises: list_to_atom of a field of over 255 characters. */
function read(fmt: number[], line: number[] | 'eof', n: number, res: Term[], callers = FREAD3_CALLERS): Exclude<FreadStep, { k: 'limit' }> {
  const step = freadLine(fmt, line, n, res);
  if (step.k !== 'limit') return step;
  throw calledFrom(frameError(A.system_limit, 'erlang', 'list_to_atom', [list(step.chars)]), ...callers);
}

function codesOf(t: Term): number[] | null {
  const xs = listToArray(t);
  return xs?.every((c) => typeof c === 'number') ? (xs as number[]) : null;
}

function reversed<T>(xs: readonly T[]): T[] {
  return xs.slice().reverse();
}

/** io_lib:fread/2: {ok, Terms, Rest}, {more, Format, N, Stack} or an error. */
function fread2(format: Term, chars: Term): Term {
  const f = codesOf(format);
  const cs = codesOf(chars);
  if (f === null || cs === null) throw functionClause('io_lib', 'fread', [format, chars], 0);
  const step = read(f, cs, 0, [], FREAD2_CALLERS);
  if (step.k === 'ok') return [A.ok, list(step.res), list(step.rest === 'eof' ? [] : step.rest)];
  if (step.k === 'more') return [MORE, list(step.fmt), step.n, list(reversed(step.res))];
  return freadResult(step);
}

interface Cont {
  fmt: number[];
  /** The line so far, in order. */
  line: number[];
  n: number;
  res: Term[];
}

/** io_lib:fread/3: collects a line, reads it, and goes on over more lines. */
function fread3(cont: Term, chars: Term, format: Term): Term {
  const badarg = () => functionClause('io_lib', 'fread', [cont, chars, format], 0);
  let st: Cont;
  if (cont === NIL) {
    const f = codesOf(format);
    if (f === null) throw badarg();
    st = { fmt: f, line: [], n: 0, res: [] };
  } else if (Array.isArray(cont) && cont.length === 4 && typeof cont[2] === 'number') {
    const f = codesOf(cont[0]!);
    const stack = codesOf(cont[1]!);
    const res = listToArray(cont[3]!);
    if (f === null || stack === null || res === null) throw badarg();
    st = { fmt: f, line: reversed(stack), n: cont[2], res: reversed(res) };
  } else throw badarg();
  let input: number[] | 'eof';
  if (chars === EOF) input = 'eof';
  else {
    const cs = codesOf(chars);
    if (cs === null) throw badarg();
    input = cs;
  }
  return collect(st, input);
}

/**
 * Reads the input a line at a time until the format is done. A loop over
 * one index, not a call per line: input of many lines (a format waiting
 * past blank lines) must not slice the rest per line or deepen the stack.
 */
function collect(start: Cont, input: number[] | 'eof'): Term {
  if (input === 'eof') return readAtEof(start);
  let st = start;
  const line = st.line;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    const cr = line[line.length - 1] === 13;
    if (c !== 10 && !cr) {
      line.push(c);
      continue;
    }
    // A line ends at LF, CRLF or a lone CR (the character after it is the next line's).
    const newline = c === 10 ? (cr ? [13, 10] : [10]) : [13];
    const from = c === 10 ? i + 1 : i;
    if (cr) line.pop();
    const step = read(st.fmt, line, st.n, st.res);
    if (step.k === 'ok') {
      const rest = step.rest === 'eof' ? [] : step.rest;
      const after = input.slice(from);
      return [DONE, freadResult(step), list(rest.length === 0 ? after : rest.concat(newline, after))];
    }
    if (step.k !== 'more') return [DONE, freadResult(step), list(input.slice(from))];
    st = { fmt: step.fmt, line, n: step.n + newline.length, res: step.res };
    line.length = 0;
    i = from - 1;
  }
  return [MORE, [list(st.fmt), list(reversed(line)), st.n, list(reversed(st.res))]];
}

/** The end of input: the line so far is the last one. */
function readAtEof(st: Cont): Term {
  let step = read(st.fmt, st.line, st.n, st.res);
  if (step.k === 'more') step = read(step.fmt, 'eof', step.n, step.res);
  if (step.k !== 'ok') return [DONE, freadResult(step), EOF];
  return [DONE, freadResult(step), list(step.rest === 'eof' ? [] : step.rest)];
}

const f: Record<string, NativeFn> = {
  'fread/2': (_p, format, chars) => fread2(format, chars),
  'fread/3': (_p, cont, chars, format) => fread3(cont, chars, format),
};

export const ioLibFreadNatives: NativeModule = { name: 'io_lib', functions: f };
