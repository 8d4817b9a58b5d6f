// re:replace and re:split, step by step as OTP's re.erl does them on top of
// re:run, down to the shape of the iodata they return: unchanged binary
// pieces, replacements as binaries or lists of them, and a binary tail.

import { A, Atom, BitStr, NIL, type Term, isTuple } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import { charactersToList } from '../../terms/utf_chardata.js';
import { fromArray } from '../lists/util.js';
import { BadOpt, dataBytes, listItems } from './options.js';
import { compile, decodeMp, reBadarg, run } from './run.js';

const bin = (b: Uint8Array) => new BitStr(b);

function toBinary(t: Term, unicode: boolean): Uint8Array | null {
  return dataBytes(t, unicode);
}

/** Index matches of a run with default capture, as [[{Pos, Len}...]...]. */
function indexMatches(r: Term): Array<Array<[number, number]>> {
  const list = listItems((r as Term[])[1]!);
  const nested = list.length > 0 && !isTuple(list[0]);
  const toPairs = (l: Term) => listItems(l).map((x) => x as unknown as [number, number]);
  return nested ? list.map(toPairs) : [toPairs((r as Term[])[1]!)];
}

type ReplPart = Uint8Array | number;

function precompRepl(b: Uint8Array): ReplPart[] {
  const out: ReplPart[] = [];
  let lit: number[] = [];
  const flush = () => {
    if (lit.length > 0) out.push(Uint8Array.from(lit));
    lit = [];
  };
  const digits = (i: number) => {
    let j = i;
    while (j < b.length && b[j]! >= 0x30 && b[j]! <= 0x39) j++;
    if (j === i) throw new BadRepl();
    return j;
  };
  const num = (i: number, j: number) => Number(String.fromCharCode(...b.subarray(i, j)));
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c === 0x5c && b[i + 1] === 0x67 && b[i + 2] === 0x7b && i + 3 < b.length) {
      const j = digits(i + 3);
      if (b[j] !== 0x7d) throw new BadRepl();
      flush();
      out.push(num(i + 3, j));
      i = j + 1;
    } else if (c === 0x5c && b[i + 1] === 0x67 && i + 2 < b.length) {
      const j = digits(i + 2);
      flush();
      out.push(num(i + 2, j));
      i = j;
    } else if (c === 0x5c && i + 1 < b.length && (b[i + 1]! < 0x31 || b[i + 1]! > 0x39)) {
      lit.push(b[i + 1]!);
      i += 2;
    } else if (c === 0x5c && i + 1 < b.length) {
      const j = digits(i + 1);
      flush();
      out.push(num(i + 1, j));
      i = j;
    } else if (c === 0x26) {
      flush();
      out.push(0);
      i++;
    } else {
      lit.push(c);
      i++;
    }
  }
  flush();
  return out;
}

class BadRepl {}

function replacement(subj: Uint8Array, repl: ReplPart[], subs: Array<[number, number]>): Term {
  if (repl.length === 1 && repl[0] instanceof Uint8Array) return bin(repl[0]);
  return fromArray(
    repl.map((part) => {
      if (part instanceof Uint8Array) return bin(part);
      if (part >= subs.length) return bin(new Uint8Array());
      const [a, n] = subs[part]!;
      return a < 0 ? bin(new Uint8Array()) : bin(subj.subarray(a, a + n));
    }),
  );
}

export function replace(args: Term[]): Term {
  const [subject, re, repl, optsTerm = NIL] = args;
  let ret = 'iodata';
  const runOpts: Term[] = [];
  try {
    for (const o of listItems(optsTerm)) {
      if (o === Atom.of('report_errors') || (isTuple(o) && o[0] === Atom.of('capture') && (o.length === 2 || o.length === 3))) throw new BadOpt();
      if (isTuple(o) && o.length === 2 && o[0] === Atom.of('return')) {
        if (!(o[1] instanceof Atom && ['iodata', 'list', 'binary'].includes(o[1].name))) throw new BadOpt();
        ret = o[1].name;
      } else runOpts.push(o);
    }
  } catch (e) {
    if (e instanceof BadOpt) throw reBadarg('replace', args, true);
    throw e;
  }
  const mp = decodeMp(re!);
  const unicode = mp !== null ? mp.flags.unicode : listItems(optsTerm).includes(Atom.of('unicode'));
  const flat = toBinary(subject!, unicode);
  const flatRepl = toBinary(repl!, unicode);
  if (flat === null || flatRepl === null) throw reBadarg('replace', args);
  let r: Term;
  try {
    r = run([bin(flat), re!, fromArray(runOpts)]);
  } catch (e) {
    if (e instanceof ErlException && e.reason === A.badarg) throw reBadarg('replace', args);
    throw e;
  }
  let io: Term;
  if (!isTuple(r)) io = subject!;
  else {
    let parts: ReplPart[];
    try {
      parts = precompRepl(flatRepl);
    } catch (e) {
      if (e instanceof BadRepl) throw reBadarg('replace', args);
      throw e;
    }
    const out: Term[] = [];
    let pos = 0;
    for (const m of indexMatches(r)) {
      const [mpos, count] = m[0]!;
      if (mpos > pos) out.push(bin(flat.subarray(pos, mpos)));
      out.push(replacement(flat, parts, m));
      pos = mpos + count;
    }
    io = fromArray(out, pos >= flat.length ? NIL : bin(flat.subarray(pos)));
  }
  if (ret === 'iodata') return io;
  const bytes = dataBytes(io, unicode)!;
  if (ret === 'binary') return bin(bytes);
  return unicode ? charactersToList(bin(bytes)) : fromArray(Array.from(bytes));
}

const COPT = new Set([
  'caseless',
  'no_start_optimize',
  'never_utf',
  'ucp',
  'dollar_endonly',
  'dotall',
  'extended',
  'firstline',
  'multiline',
  'no_auto_capture',
  'dupnames',
  'ungreedy',
  'unicode',
]);
const RUN_ONLY = new Set(['notempty', 'notempty_atstart', 'notbol', 'noteol', 'global']);
const isRunOpt = (o: Term) =>
  (o instanceof Atom && RUN_ONLY.has(o.name)) ||
  (isTuple(o) && o[0] instanceof Atom && ['offset', 'capture', 'match_limit', 'match_limit_recursion'].includes(o[0].name));

export function split(args: Term[]): Term {
  const [subject, re, optsTerm = NIL] = args;
  let ret = 'iodata';
  let limit = -1;
  let strip = false;
  let group = false;
  const newOpts: Term[] = [];
  try {
    for (const o of listItems(optsTerm)) {
      if (o === Atom.of('trim')) [limit, strip] = [-1, true];
      else if (o === Atom.of('group')) group = true;
      else if (o === Atom.of('global') || o === Atom.of('report_errors') || (isTuple(o) && o[0] === Atom.of('capture') && (o.length === 2 || o.length === 3)))
        throw new BadOpt();
      else if (isTuple(o) && o.length === 2 && o[0] === Atom.of('parts')) {
        const n = o[1];
        if (n === 0) [limit, strip] = [-1, true];
        else if (typeof n === 'number' && n >= 1) [limit, strip] = [n - 1, false];
        else if (n === Atom.of('infinity')) [limit, strip] = [-1, false];
        else throw new BadOpt();
      } else if (isTuple(o) && o.length === 2 && o[0] === Atom.of('return')) {
        if (!(o[1] instanceof Atom && ['iodata', 'list', 'binary'].includes(o[1].name))) throw new BadOpt();
        ret = o[1].name;
      } else newOpts.push(o);
    }
  } catch (e) {
    if (e instanceof BadOpt) throw reBadarg('split', args, true);
    throw e;
  }
  const mp = decodeMp(re!);
  const unicode = mp !== null ? mp.flags.unicode : listItems(optsTerm).includes(Atom.of('unicode'));
  const flat = toBinary(subject!, unicode);
  if (flat === null) throw reBadarg('split', args);
  let compiled: Term = re!;
  let runOpts = newOpts;
  let numSub: number;
  if (mp !== null) numSub = mp.tr.numSubs;
  else {
    if (isTuple(re)) throw reBadarg('split', args);
    let c: Term;
    try {
      c = compile([re!, fromArray(newOpts.filter((o) => !isRunOpt(o)))]);
    } catch (e) {
      if (e instanceof ErlException && e.reason === A.badarg) throw reBadarg('split', args);
      throw e;
    }
    if ((c as Term[])[0] !== A.ok) throw reBadarg('split', args);
    compiled = (c as Term[])[1]!;
    numSub = (compiled as Term[])[1] as number;
    runOpts = newOpts.filter((o) => !(o instanceof Atom && COPT.has(o.name)));
  }
  let r: Term;
  try {
    r = run([bin(flat), compiled, fromArray([...runOpts, Atom.of('global')])]);
  } catch (e) {
    if (e instanceof ErlException && e.reason === A.badarg) throw reBadarg('split', args);
    throw e;
  }
  let pieces: Uint8Array[][];
  if (!isTuple(r)) pieces = [[flat]];
  else {
    pieces = splitPieces(flat, indexMatches(r), numSub, limit);
    if (strip) {
      const empty = (g: Uint8Array[]) => g.every((x) => x.length === 0);
      if (group) while (pieces.length > 0 && empty(pieces[pieces.length - 1]!)) pieces.pop();
      else {
        const flatPieces = pieces.flat();
        while (flatPieces.length > 0 && flatPieces[flatPieces.length - 1]!.length === 0) flatPieces.pop();
        pieces = [flatPieces];
      }
    }
  }
  const conv = (b: Uint8Array): Term => (ret !== 'list' ? bin(b) : unicode ? charactersToList(bin(b)) : fromArray(Array.from(b)));
  if (group) return fromArray(pieces.map((g) => fromArray(g.map(conv))));
  return fromArray(pieces.flat().map(conv));
}

/** re.erl's do_split: the kept parts, each with its subpatterns. */
function splitPieces(subj: Uint8Array, matches: Array<Array<[number, number]>>, numSub: number, limit: number): Uint8Array[][] {
  const out: Uint8Array[][] = [];
  let off = 0;
  let k = 0;
  for (;;) {
    if (limit === 0 || k >= matches.length) {
      out.push([subj.subarray(off)]);
      return out;
    }
    if (subj.length <= off) {
      out.push([new Uint8Array()]);
      return out;
    }
    const m = matches[k++]!;
    const [mainI, mainL] = m[0]!;
    const sub = m.slice(1);
    const next = mainI + mainL;
    if (mainI === off && mainL === 0 && sub.every(([, l]) => l === 0)) {
      off = next;
      continue;
    }
    const ext: Array<[number, number]> = [];
    for (let n = 0; n < numSub; n++) ext.push(sub[n] ?? [0, 0]);
    out.push([subj.subarray(off, mainI), ...ext.map(([i, l]) => (i < 0 ? new Uint8Array() : subj.subarray(i, i + l)))]);
    off = next;
    limit--;
  }
}
