// re's option lists: compile options, run options and their checks, and the
// pattern and subject arguments turned into code points and bytes as erl
// reads them (iodata, or unicode chardata with the unicode option).

import { DEFAULT_MATCH_LIMIT } from './limited_regexp.js';
import { Atom, BitStr, Cons, NIL, type Term, isTuple } from '../../terms/types.js';
import { charactersToBinary } from '../../terms/utf_chardata.js';
import { iolistBytes } from '../iodata.js';
import type { Newline, ReFlags } from './translate.js';

export class BadOpt {}
/** A bad {capture, ...} option: badarg, but erl names no cause. */
export class BadCapture {}

export type CaptureSpec = 'all' | 'all_but_first' | 'all_names' | 'first' | 'none' | Term[];

export interface RunOptions {
  flags: ReFlags;
  /** Compile options given (not allowed with a compiled pattern). */
  compileOpts: boolean;
  anchored: boolean;
  global: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  reportErrors: boolean;
  /** match_limit (PCRE's default unless given); match_limit_recursion is accepted but not counted apart. */
  matchLimit: number;
  offset: number;
  capture: CaptureSpec;
  type: 'index' | 'list' | 'binary';
  /** A {newline, NL} was given: it overrides a compiled pattern's. */
  newlineGiven: boolean;
}

const NEWLINES = new Set(['lf', 'cr', 'crlf', 'anycrlf', 'any']);

export function defaultFlags(): ReFlags {
  return {
    caseless: false,
    multiline: false,
    dotall: false,
    extended: false,
    ungreedy: false,
    unicode: false,
    dollarEndonly: false,
    noAutoCapture: false,
    dupnames: false,
    newline: 'lf',
    ucp: false,
    firstline: false,
    bsrAnycrlf: false,
    notbol: false,
    noteol: false,
  };
}

/** The elements of a proper list, or BadOpt. */
export function listItems(t: Term): Term[] {
  const out: Term[] = [];
  let l = t;
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  if (l !== NIL) throw new BadOpt();
  return out;
}

/** Applies one compile option; false when it is none. */
export function compileOption(o: Term, f: ReFlags, r: { anchored: boolean }): boolean {
  if (o instanceof Atom) {
    switch (o.name) {
      case 'unicode':
        f.unicode = true;
        return true;
      case 'anchored':
        r.anchored = true;
        return true;
      case 'caseless':
        f.caseless = true;
        return true;
      case 'dollar_endonly':
        f.dollarEndonly = true;
        return true;
      case 'dotall':
        f.dotall = true;
        return true;
      case 'extended':
        f.extended = true;
        return true;
      case 'multiline':
        f.multiline = true;
        return true;
      case 'no_auto_capture':
        f.noAutoCapture = true;
        return true;
      case 'dupnames':
        f.dupnames = true;
        return true;
      case 'ungreedy':
        f.ungreedy = true;
        return true;
      case 'firstline':
        f.firstline = true;
        return true;
      case 'bsr_anycrlf':
        f.bsrAnycrlf = true;
        return true;
      case 'bsr_unicode':
        f.bsrAnycrlf = false;
        return true;
      case 'ucp':
        f.ucp = true;
        return true;
      case 'no_start_optimize':
      case 'never_utf':
        return true;
    }
    return false;
  }
  if (isTuple(o) && o.length === 2 && o[0] === Atom.of('newline') && o[1] instanceof Atom && NEWLINES.has(o[1].name)) {
    f.newline = o[1].name as Newline;
    return true;
  }
  return false;
}

function nonNegInt(t: Term | undefined): number | null {
  return typeof t === 'number' && t >= 0 ? t : null;
}

function captureSpec(v: Term): CaptureSpec {
  if (v instanceof Atom && ['all', 'all_but_first', 'all_names', 'first', 'none'].includes(v.name)) return v.name as CaptureSpec;
  if (v === NIL || v instanceof Cons) {
    const items = listItems(v);
    for (const it of items) {
      if (typeof it === 'number' ? it < 0 : !(it instanceof Atom || it instanceof Cons || it === NIL || (it instanceof BitStr && it.isBinary)))
        throw new BadCapture();
    }
    return items.length === 0 ? 'none' : items;
  }
  throw new BadCapture();
}

export function runOptions(t: Term): RunOptions {
  const o: RunOptions = {
    flags: defaultFlags(),
    compileOpts: false,
    anchored: false,
    global: false,
    notempty: false,
    notemptyAtstart: false,
    reportErrors: false,
    matchLimit: DEFAULT_MATCH_LIMIT,
    offset: 0,
    capture: 'all',
    type: 'index',
    newlineGiven: false,
  };
  for (const it of listItems(t)) {
    if (it === Atom.of('anchored')) {
      o.anchored = true;
      continue;
    }
    if (isTuple(it) && it[0] === Atom.of('newline')) {
      if (!compileOption(it, o.flags, o)) throw new BadOpt();
      o.newlineGiven = true;
      continue;
    }
    if (compileOption(it, o.flags, o)) {
      o.compileOpts = true;
      continue;
    }
    if (it instanceof Atom) {
      switch (it.name) {
        case 'global':
          o.global = true;
          continue;
        case 'notbol':
          o.flags.notbol = true;
          continue;
        case 'noteol':
          o.flags.noteol = true;
          continue;
        case 'notempty':
          o.notempty = true;
          continue;
        case 'notempty_atstart':
          o.notemptyAtstart = true;
          continue;
        case 'report_errors':
          o.reportErrors = true;
          continue;
      }
      throw new BadOpt();
    }
    if (isTuple(it) && it.length >= 2 && it[0] instanceof Atom) {
      const [k, v, ty] = it;
      if ((k as Atom).name === 'offset' && it.length === 2 && nonNegInt(v) !== null) {
        o.offset = v as number;
        continue;
      }
      if (((k as Atom).name === 'match_limit' || (k as Atom).name === 'match_limit_recursion') && it.length === 2 && nonNegInt(v) !== null) {
        if ((k as Atom).name === 'match_limit') o.matchLimit = Number(v);
        continue;
      }
      if ((k as Atom).name === 'capture' && (it.length === 2 || it.length === 3)) {
        o.capture = captureSpec(v!);
        if (it.length === 3) {
          if (!(ty instanceof Atom && ['index', 'list', 'binary'].includes(ty.name))) throw new BadCapture();
          o.type = ty.name as RunOptions['type'];
        } else o.type = 'index';
        continue;
      }
    }
    throw new BadOpt();
  }
  return o;
}

/** The bytes of a subject or pattern as erl flattens it, or null when it is not valid. */
export function dataBytes(t: Term, unicode: boolean): Uint8Array | null {
  if (t instanceof BitStr) return t.isBinary ? t.buf.subarray(0, t.byteSize) : null;
  if (!unicode) return iolistBytes(t)?.buf ?? null;
  try {
    const b = charactersToBinary(t);
    return b instanceof BitStr ? b.buf.subarray(0, b.byteSize) : null;
  } catch {
    return null;
  }
}

/** The code points of a pattern's bytes, or null for bad UTF-8. */
export function patternCodePoints(bytes: Uint8Array, unicode: boolean): number[] | null {
  if (!unicode) return Array.from(bytes);
  try {
    return Array.from(new TextDecoder('utf-8', { fatal: true }).decode(bytes), (c) => c.codePointAt(0)!);
  } catch {
    return null;
  }
}
