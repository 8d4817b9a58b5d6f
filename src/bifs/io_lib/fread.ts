// io_lib:fread/2: reading formatted input (~d ~u ~f ~s ~a ~c ~l ~~ and
// literal text, a blank in the format skipping any white space), giving
// {ok, Values, Rest} or {error, {fread, What}} as io_lib_fread does.

import { A, Atom, ErlFloat, type Term, list, listToArray } from '../../terms/types.js';
import { str } from './deep.js';

const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;

const failure = (what: string): Term => [A.error, [Atom.of('fread'), Atom.of(what)]];

/** io_lib:fread(Format, Input); null when the arguments are not character lists. */
export function fread(format: Term, input: Term): Term | null {
  const fmt = listToArray(format);
  const inp = listToArray(input);
  if (fmt === null || inp === null || !fmt.every((c) => typeof c === 'number') || !inp.every((c) => typeof c === 'number')) return null;
  const f = fmt as number[];
  const s = inp as number[];
  const values: Term[] = [];
  let i = 0;
  let at = 0;
  const skipSpace = () => {
    while (isSpace(s[at])) at++;
  };
  while (i < f.length) {
    const c = f[i]!;
    if (isSpace(c)) {
      while (isSpace(f[i])) i++;
      skipSpace();
      continue;
    }
    if (c !== 0x7e) {
      if (s[at] !== c) return failure('input');
      at++;
      i++;
      continue;
    }
    i++;
    let suppress = false;
    if (f[i] === 0x2a) {
      suppress = true;
      i++;
    }
    let width: number | null = null;
    while (isDigit(f[i])) width = (width ?? 0) * 10 + (f[i++]! - 48);
    if (f[i] === 0x74) i++; // ~t: unicode, the same on lists
    const control = f[i++];
    const limit = (from: number) => (width === null ? s.length : Math.min(s.length, from + width));
    let value: Term | undefined;
    switch (control) {
      case 0x7e:
        skipSpace();
        if (s[at] !== 0x7e) return failure('input');
        at++;
        continue;
      case 0x64: // d
      case 0x75: {
        // u
        skipSpace();
        const end = limit(at);
        let j = at;
        if (control === 0x64 && (s[j] === 0x2b || s[j] === 0x2d)) j++;
        const digitsFrom = j;
        while (j < end && isDigit(s[j])) j++;
        if (j === digitsFrom) return failure(control === 0x64 ? 'integer' : 'unsigned');
        const n = BigInt(String.fromCharCode(...s.slice(at, j)).replace('+', ''));
        value = n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
        at = j;
        break;
      }
      case 0x66: {
        // f
        skipSpace();
        const text = String.fromCharCode(...s.slice(at, limit(at)));
        const m = /^[+-]?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?/.exec(text);
        if (m === null) return failure('float');
        value = new ErlFloat(Number(m[0]));
        at += m[0].length;
        break;
      }
      case 0x73: // s
      case 0x61: {
        // a
        skipSpace();
        const end = limit(at);
        let j = at;
        while (j < end && !isSpace(s[j])) j++;
        if (j === at) return failure(control === 0x73 ? 'string' : 'atom');
        const chars = s.slice(at, j);
        value = control === 0x73 ? list(chars) : Atom.of(String.fromCodePoint(...chars));
        at = j;
        break;
      }
      case 0x63: {
        // c
        const n = width ?? 1;
        if (at + n > s.length) return failure('character');
        value = list(s.slice(at, at + n));
        at += n;
        break;
      }
      case 0x6c: // l
        value = at;
        break;
      default:
        return failure('format');
    }
    if (!suppress) values.push(value);
  }
  return [A.ok, list(values), str(String.fromCodePoint(...s.slice(at)))];
}
