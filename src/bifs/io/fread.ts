// io_lib:fread's reader (the io_lib_fread semantics of OTP): a format of
// ~d ~u ~- ~f ~s ~a ~c ~l ~~ (with `*` to suppress, field widths, `t` for
// unicode) read from one line at a time. The io servers read with it for
// io:fread (a get_until request) and put back what follows, so the next
// read starts there; io_lib:fread/2,3 call it on a string.

import { A, Atom, Cons, ErlFloat, NIL, list, listToArray, normInt, type Term } from '../../terms/types.js';
import { codePointsToString } from '../../terms/code_points.js';
import type { InputBuffer, ReadRequest } from './user_server.js';

type Line = number[] | 'eof';
/** Results so far, in order. */
type Res = Term[];

/**
 * Where a read stands. `limit`: an ~a field of more than 255 characters,
 * where io_lib_fread's list_to_atom raises system_limit (io_lib:fread
 * raises it; an io server answers {error, fread} and drops its input).
 */
export type FreadStep =
  | { k: 'ok'; res: Res; rest: Line }
  | { k: 'more'; fmt: number[]; n: number; res: Res }
  | { k: 'eof' }
  | { k: 'error'; what: string }
  | { k: 'limit'; chars: number[] };

/** The most characters an atom holds. */
const MAX_ATOM_CHARS = 255;

const isWhite = (c: number | undefined): boolean => c === 32 || c === 9 || c === 13 || c === 10;
const isDigit = (c: number | undefined): c is number => c !== undefined && c >= 48 && c <= 57;
const err = (what: string): FreadStep => ({ k: 'error', what });

/** Reads format from one line (no newline), as io_lib_fread:fread/4. */
export function freadLine(format: number[], line: Line, n0: number, res0: Res): FreadStep {
  let f = format;
  let ln = line;
  let n = n0;
  let res = res0;
  const put = (sup: boolean, v: Term) => {
    if (!sup) res = res.concat([v]);
  };
  for (;;) {
    if (f.length === 0) return { k: 'ok', res, rest: ln };
    const c = f[0]!;
    if (c === 126) {
      // ~[*][width][t]directive
      let i = 1;
      const sup = f[i] === 42;
      if (sup) i++;
      let width: number | null = null;
      while (isDigit(f[i])) width = (width ?? 0) * 10 + (f[i++]! - 48);
      let uni = false;
      if (f[i] === 116) {
        uni = true;
        i++;
      }
      const d = f[i];
      const after = f.slice(i + 1);
      if (d === 108) {
        put(sup, n);
        f = after;
        continue;
      }
      if (ln !== 'eof' && ln.length === 0) return { k: 'more', fmt: f, n, res };
      if (ln === 'eof') return n === 0 && res.length === 0 ? { k: 'eof' } : err('input');
      const L: number[] = ln;
      let p = 0;
      const skipWhite = () => {
        while (isWhite(L[p])) p++;
      };
      const digits = (base: number): string => {
        let s = '';
        // As io_lib_fread: any decimal digit is taken (list_to_integer then fails).
        while (p < L.length && (isDigit(L[p]) || (digitValue(L[p]!) >= 10 && digitValue(L[p]!) < base))) s += String.fromCharCode(L[p++]!);
        return s;
      };
      const sign = (): string => (L[p] === 43 || L[p] === 45 ? String.fromCharCode(L[p++]!) : '');
      /** Exactly w characters, none a newline (latin1 unless unicode); null: an error. */
      const fixed = (w: number, u: boolean): number[] | null => {
        if (p + w > L.length) return null;
        const cs = L.slice(p, p + w);
        for (const x of cs) if (x === 10 || (!u && x > 255)) return null;
        p += w;
        return cs;
      };
      const nonWhite = (u: boolean): number[] | null => {
        skipWhite();
        const start = p;
        while (p < L.length && !isWhite(L[p]) && (u || L[p]! <= 255)) p++;
        return p === start && !u && p < L.length && !isWhite(L[p]) ? null : L.slice(start, p);
      };
      let v: Term | null = null;
      let e: string | null = null;
      switch (uni && d !== 115 && d !== 97 && d !== 99 ? -1 : d) {
        case 100: {
          // ~d
          const s = width === null ? (skipWhite(), sign() + digits(10)) : text(fixed(width, false) ?? [-1]);
          v = parseInt(width === null ? s : text(leadWhite(codes(s))), 10);
          if (v === null) e = 'integer';
          break;
        }
        case 117: {
          // ~u, the width is the base
          const base = width ?? 10;
          if (width !== null && (width < 2 || width > 36)) return err('format');
          v = parseInt(digits(base), base);
          if (v === null) e = 'unsigned';
          break;
        }
        case 35: {
          // ~#: Base#Digits, a negative base negating the number
          let field: number[] = L;
          if (width !== null) {
            const cs = fixed(width, false);
            if (cs === null) return err('based');
            field = cs;
          }
          const based = readBased(field, width === null);
          if (based === null) return err('based');
          if (width === null) p += based.used;
          v = based.value;
          break;
        }
        case 45:
          // ~-
          if (L[p] === 45 || L[p] === 43) v = L[p++] === 45 ? -1 : 1;
          else v = 1;
          break;
        case 102: {
          // ~f
          let s: string;
          if (width === null) {
            skipWhite();
            s = sign() + digits(10);
            if (L[p] === 46) {
              p++;
              s += `.${digits(10)}`;
              if (L[p] === 101 || L[p] === 69) {
                s += String.fromCharCode(L[p++]!);
                s += sign() + digits(10);
              }
            }
          } else s = text(leadWhite(fixed(width, false) ?? [-1]));
          v = /^[+-]?\d+\.\d+([eE][+-]?\d+)?$/.test(s) ? new ErlFloat(Number.parseFloat(s)) : null;
          if (v === null) e = 'float';
          break;
        }
        case 115:
        case 97: {
          // ~s ~a
          if (width !== null && d === 97 && uni) return err('format');
          const cs = width === null ? nonWhite(uni) : fixed(width, uni);
          if (cs === null) e = d === 115 ? 'string' : 'atom';
          else if (d === 115) v = list(trimWhite(cs));
          else {
            const name = trimWhite(cs);
            if (name.length > MAX_ATOM_CHARS) return { k: 'limit', chars: name };
            v = Atom.of(text(name));
          }
          break;
        }
        case 99: {
          // ~c
          const cs = fixed(width ?? 1, uni);
          if (cs === null) e = 'character';
          else v = list(cs);
          break;
        }
        case 126:
          // ~~
          if (L[p] !== 126) return err('format');
          p++;
          f = after;
          ln = L.slice(p);
          n += p;
          continue;
        default:
          return err('format');
      }
      if (e !== null) return err(e);
      put(sup, v!);
      f = after;
      ln = L.slice(p);
      n += p;
      continue;
    }
    if (isWhite(c)) {
      f = f.slice(1);
      if (ln !== 'eof') {
        let p = 0;
        while (isWhite(ln[p])) p++;
        ln = ln.slice(p);
        n += p;
      }
      continue;
    }
    if (ln === 'eof') return n === 0 && res.length === 0 ? { k: 'eof' } : err('input');
    if (ln.length === 0) return { k: 'more', fmt: f, n, res };
    if (ln[0] !== c) return err('input');
    f = f.slice(1);
    ln = ln.slice(1);
    n++;
  }
}

/**
 * Base#Digits at the start of cs (white space and a sign before the base);
 * `open`: the digits run until a non-digit, else all of cs must be digits.
 */
function readBased(cs: number[], open: boolean): { value: Term; used: number } | null {
  let p = 0;
  while (isWhite(cs[p])) p++;
  let sign = '';
  if (cs[p] === 43 || cs[p] === 45) sign = String.fromCharCode(cs[p++]!);
  let b = '';
  while (isDigit(cs[p])) b += String.fromCharCode(cs[p++]!);
  if (cs[p] !== 35 || b === '') return null;
  p++;
  const base1 = Number.parseInt(sign + b, 10);
  const base = Math.abs(base1);
  if (base < 2 || base > 36 || (!open && base1 < 0)) return null;
  let ds = '';
  if (open) while (p < cs.length && (isDigit(cs[p]) || (digitValue(cs[p]!) >= 10 && digitValue(cs[p]!) < base))) ds += String.fromCharCode(cs[p++]!);
  else {
    ds = text(cs.slice(p));
    p = cs.length;
  }
  const value = parseInt((base1 < 0 ? '-' : '') + ds, base);
  return value === null ? null : { value, used: p };
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

/** list_to_integer(S, Base) after leading white space; null where it fails. */
function parseInt(s: string, base: number): Term | null {
  const m = /^([+-]?)([0-9a-zA-Z]+)$/.exec(s);
  if (m === null) return null;
  let v = 0n;
  for (const ch of m[2]!) {
    const dv = digitValue(ch.charCodeAt(0));
    if (dv >= base) return null;
    v = v * BigInt(base) + BigInt(dv);
  }
  return normInt(m[1] === '-' ? -v : v);
}

const codes = (s: string): number[] => [...s].map((ch) => ch.codePointAt(0)!);
const text = (cs: number[]): string => codePointsToString(cs.map((c) => (c < 0 ? 0xfffd : c)));
function leadWhite(cs: number[]): number[] {
  let i = 0;
  while (isWhite(cs[i])) i++;
  return cs.slice(i);
}
function trimWhite(cs: number[]): number[] {
  let j = cs.length;
  while (j > 0 && isWhite(cs[j - 1])) j--;
  return leadWhite(cs.slice(0, j));
}

/** The result term of a finished read: {ok, Terms}, eof, {error, {fread, What}}, or an io server's {error, fread}. */
export function freadResult(step: FreadStep): Term {
  if (step.k === 'ok') return [A.ok, list(step.res)];
  if (step.k === 'eof') return Atom.of('eof');
  if (step.k === 'error') return [A.error, [Atom.of('fread'), Atom.of(step.what)]];
  if (step.k === 'limit') return FREAD_RAISED;
  return [A.error, [Atom.of('fread'), Atom.of('input')]];
}

/** What an io server answers when io_lib:fread raised (group.erl's and file_io_server's err_func). */
export const FREAD_RAISED: Term = [A.error, Atom.of('fread')];

/**
 * One line given to a read in progress, as io_lib_fread's fread_line: the
 * line without its newline; `newline` is what ended it ("" at the end of
 * input). Returns the finished result and what goes back to the input, or
 * the state to continue with on the next line.
 */
export function freadFeedLine(
  st: { fmt: number[]; n: number; res: Res },
  line: number[],
  newline: number[],
  atEof: boolean,
): { done: Term; putBack: number[]; raised: boolean } | { more: { fmt: number[]; n: number; res: Res } } {
  let step = freadLine(st.fmt, line, st.n, st.res);
  if (step.k === 'more' && atEof) step = freadLine(step.fmt, 'eof', step.n + newline.length, step.res);
  if (step.k === 'ok') {
    const rest = step.rest === 'eof' ? [] : step.rest;
    return { done: freadResult(step), putBack: rest.length === 0 ? [] : rest.concat(newline), raised: false };
  }
  if (step.k === 'more') return { more: { fmt: step.fmt, n: step.n + newline.length, res: step.res } };
  return { done: freadResult(step), putBack: [], raised: step.k === 'limit' };
}

/** io:fread's get_until request: lines from the io server's input, the rest put back. */
export function freadRequest(prompt: string, format: number[], reply: (t: Term) => void): ReadRequest {
  let st = { fmt: format, n: 0, res: [] as Res };
  let midway = false;
  return {
    prompt,
    midway: () => midway,
    consume(input: InputBuffer, eof: boolean): boolean {
      for (;;) {
        let raw = input.takeLine();
        if (raw === null) {
          if (!eof) return false;
          raw = input.takeRest();
        }
        const cps = codes(raw);
        let newline: number[] = [];
        if (cps[cps.length - 1] === 10) newline = cps[cps.length - 2] === 13 ? [13, 10] : [10];
        const line = cps.slice(0, cps.length - newline.length);
        const atEof = eof && input.length === 0 && newline.length === 0;
        const r = freadFeedLine(st, line, newline, atEof);
        if ('done' in r) {
          // Where the reader raised, erl's servers keep none of the input (group.erl).
          if (r.raised) input.takeRest();
          else if (r.putBack.length > 0) input.unshift(text(r.putBack));
          reply(r.done);
          return true;
        }
        st = r.more;
        midway = true;
        if (input.length === 0 && !eof) return false;
      }
    },
  };
}

/** The [Format] of a get_until request as code points; null if it is none. */
export function freadFormat(xargs: Term): number[] | null {
  if (!(xargs instanceof Cons) || xargs.tail !== NIL) return null;
  const cs = listToArray(xargs.head);
  return cs?.every((c) => typeof c === 'number') ? (cs as number[]) : null;
}
