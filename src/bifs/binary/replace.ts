// binary:replace/3,4. OTP writes it in Erlang on top of match/matches, so
// its failures differ from the BIFs': every failure is badarg in replace/N,
// and only bad option syntax (or options erl cannot apply, such as a scope
// outside the subject) names argument 4.

import { A, Atom, BitStr, NIL, isTuple, listToArray, type Term } from '../../terms/types.js';
import { findAll } from './search.js';
import { BAD_OPTIONS, type Why, bytesOf, fail, isInt, mustBeBinary, mustBePattern, partRange, patternsOf } from './args.js';

const GLOBAL = Atom.of('global');
const SCOPE = Atom.of('scope');
const INSERT = Atom.of('insert_replaced');

class BadOpt {}
class Failed {}

interface Opts {
  scope: [Term, Term] | null;
  global: boolean;
  insert: Term;
}

/** Reads the options as erl does: a later option overrides an earlier one. */
function readOpts(opts: Term): Opts {
  const items = listToArray(opts);
  if (items === null) throw new BadOpt();
  const o: Opts = { scope: null, global: false, insert: A.undefined };
  for (const x of items) {
    if (x === GLOBAL) o.global = true;
    else if (isTuple(x) && x.length === 2 && x[0] === SCOPE && isTuple(x[1]) && x[1].length === 2) o.scope = [x[1][0]!, x[1][1]!];
    else if (isTuple(x) && x.length === 2 && x[0] === INSERT) o.insert = x[1]!;
    else throw new BadOpt();
  }
  return o;
}

/** The replacement cut at the insert positions, or the whole replacement. */
function pieces(r: Uint8Array, insert: Term): Uint8Array[] {
  if (insert === A.undefined) return [r];
  const list = isInt(insert) ? [insert] : listToArray(insert);
  if (list === null) throw new Failed();
  if (list.length === 0) return [r];
  if (!list.every((x): x is number => typeof x === 'number' && x >= 0 && x <= r.length)) throw new Failed();
  const cuts = [...list].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const c of cuts) {
    out.push(r.subarray(at, c));
    at = c;
  }
  out.push(r.subarray(at));
  return out;
}

function run(s: Term, p: Term, r: Term, opts: Term): BitStr {
  if (!(r instanceof BitStr) || !r.isBinary) throw new Failed();
  const o = readOpts(opts);
  const patterns = patternsOf(p);
  // binary:matches/3 finds nothing in an empty subject without looking at the pattern.
  if (!(s instanceof BitStr) || !s.isBinary || (patterns === null && s.bits > 0)) throw new Failed();
  const subject = bytesOf(s);
  let from = 0;
  let to = subject.length;
  if (o.scope !== null) {
    const range = partRange(o.scope[0], o.scope[1], subject.length);
    if (range === null) throw new Failed();
    [from, to] = [range[0], range[0] + range[1]];
  }
  const found = patterns === null ? [] : findAll(subject, patterns, from, to, o.global);
  const repl = pieces(bytesOf(r), o.insert);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const [pos, len] of found) {
    chunks.push(subject.subarray(at, pos));
    repl.forEach((piece, i) => {
      if (i > 0) chunks.push(subject.subarray(pos, pos + len));
      chunks.push(piece);
    });
    at = pos + len;
  }
  chunks.push(subject.subarray(at));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let n = 0;
  for (const c of chunks) {
    out.set(c, n);
    n += c.length;
  }
  return new BitStr(out);
}

function basicWhys(s: Term, p: Term, r: Term): Why[] {
  return [mustBeBinary(s), mustBePattern(p), mustBeBinary(r)];
}

export function replace4(s: Term, p: Term, r: Term, opts: Term): Term {
  try {
    return run(s, p, r, opts);
  } catch (e) {
    if (!(e instanceof BadOpt) && !(e instanceof Failed)) throw e;
    const whys = basicWhys(s, p, r);
    const clean = whys.every((w) => w === undefined);
    throw fail('replace', [s, p, r, opts], e instanceof BadOpt || clean ? [...whys, BAD_OPTIONS] : whys, e instanceof BadOpt ? Atom.of('badopt') : undefined);
  }
}

export function replace3(s: Term, p: Term, r: Term): Term {
  try {
    return run(s, p, r, NIL);
  } catch (e) {
    if (!(e instanceof BadOpt) && !(e instanceof Failed)) throw e;
    throw fail('replace', [s, p, r], basicWhys(s, p, r));
  }
}
