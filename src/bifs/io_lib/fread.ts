// io_lib:fread/2 (a format read from a string, newlines and all) and
// io_lib:fread/3 (the re-entrant form io servers call line by line, with
// a continuation). The reading itself is src/bifs/io/fread.ts's.

import { A, Atom, NIL, list, listToArray, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { type FreadStep, freadLine, freadResult } from '../io/fread.js';
import { functionClause } from '../errors.js';

const EOF = Atom.of('eof');
const DONE = Atom.of('done');
const MORE = Atom.of('more');

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
  const step = freadLine(f, cs, 0, []);
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
  return collect(st, input, 0);
}

function collect(st: Cont, input: number[] | 'eof', from: number): Term {
  if (input === 'eof') return readLine(st, st.line, 'eof', []);
  const line = st.line;
  for (let i = from; i < input.length; i++) {
    const c = input[i]!;
    const last = line[line.length - 1];
    if (c === 10) {
      if (last === 13) return readLine(st, line.slice(0, -1), input.slice(i + 1), [13, 10]);
      return readLine(st, line, input.slice(i + 1), [10]);
    }
    if (last === 13) return readLine(st, line.slice(0, -1), input.slice(i), [13]);
    line.push(c);
  }
  return [MORE, [list(st.fmt), list(reversed(line)), st.n, list(reversed(st.res))]];
}

function readLine(st: Cont, line: number[] | 'eof', more: number[] | 'eof', newline: number[]): Term {
  const after = more === 'eof' ? [] : more;
  const step: FreadStep = freadLine(st.fmt, line, st.n, st.res);
  if (step.k === 'ok') {
    const rest = step.rest === 'eof' ? [] : step.rest;
    return [DONE, freadResult(step), list(rest.length === 0 ? after : rest.concat(newline, after))];
  }
  if (step.k === 'more' && line !== 'eof') {
    const next: Cont = { fmt: step.fmt, line: [], n: step.n + newline.length, res: step.res };
    if (more === 'eof') return readLine(next, 'eof', 'eof', []);
    return collect(next, more, 0);
  }
  return [DONE, freadResult(step), more === 'eof' ? EOF : list(more)];
}

const f: Record<string, NativeFn> = {
  'fread/2': (_p, format, chars) => fread2(format, chars),
  'fread/3': (_p, cont, chars, format) => fread3(cont, chars, format),
};

export const ioLibFreadNatives: NativeModule = { name: 'io_lib', functions: f };
