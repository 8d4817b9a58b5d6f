// erlang:display/1's way of writing a term (the emulator's own printer, not
// io_lib): `#{module=>erl_erts_errors}` without spaces, floats as
// `1.500000e+00`, strings only when every character is printable ASCII,
// latin1 or tab/newline/return, binaries as text only when plain ASCII.
//
// The result is a byte string (one char per byte, write it as latin1): the
// emulator writes list characters as single bytes but atom names as UTF-8.

import { charCodesToString } from '../../terms/code_points.js';
import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, isMap, type Term } from '../../terms/types.js';
import { mapEntries, writeFun, writePid, writePort, writeRef } from '../../terms/print/write.js';

function utf8Bytes(s: string): string {
  return charCodesToString(new TextEncoder().encode(s));
}

const isLatin1Lower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isLatin1Alnum = (c: number) =>
  isLatin1Lower(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Atoms: quoted unless a lowercase letter followed by letters, digits and _ (reserved words are not quoted). */
export function displayAtom(a: Atom): string {
  const cps = Array.from(a.name, (ch) => ch.codePointAt(0)!);
  const plain = cps.length > 0 && isLatin1Lower(cps[0]!) && cps.every(isLatin1Alnum);
  if (plain) return utf8Bytes(a.name);
  let out = "'";
  for (const c of cps) {
    if (c === 0x27) out += "\\'";
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else out += utf8Bytes(String.fromCodePoint(c));
  }
  return out + "'";
}

/** C's "%.6e": 1.500000e+00. */
export function displayFloat(v: number): string {
  const s = Math.abs(v).toExponential(6);
  const [mant, exp] = s.split('e') as [string, string];
  const e = exp.startsWith('-') ? '-' + exp.slice(1).padStart(2, '0') : '+' + exp.replace('+', '').padStart(2, '0');
  return (v < 0 || Object.is(v, -0) ? '-' : '') + mant + 'e' + e;
}

const isStringChar = (c: unknown): c is number =>
  typeof c === 'number' && ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || c === 0x09 || c === 0x0a || c === 0x0d);

function printableString(t: Cons): number[] | null {
  const out: number[] = [];
  let l: Term = t;
  for (; l instanceof Cons; l = l.tail) {
    if (!isStringChar(l.head)) return null;
    out.push(l.head);
  }
  return l === NIL ? out : null;
}

function quotedString(cs: readonly number[]): string {
  let out = '"';
  for (const c of cs) out += c === 0x0a ? '\\n' : c === 0x22 ? '\\"' : String.fromCharCode(c);
  return out + '"';
}

function displayBinary(b: BitStr): string {
  const whole = Math.floor(b.bits / 8);
  const bytes = Array.from(b.buf.subarray(0, whole));
  const rest = b.bits & 7;
  if (rest === 0 && bytes.length > 0 && bytes.every((c) => c >= 0x20 && c <= 0x7e)) return '<<' + quotedString(bytes) + '>>';
  const segs = bytes.map(String);
  if (rest !== 0) segs.push(`${b.buf[whole]! >> (8 - rest)}:${rest}`);
  return '<<' + segs.join(',') + '>>';
}

/** erlang:display/1's text for `t`, without the line end. */
export function displayTerm(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t instanceof ErlFloat) return displayFloat(t.value);
  if (t instanceof Atom) return displayAtom(t);
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const s = printableString(t);
    if (s !== null) return quotedString(s);
    const parts: string[] = [];
    let l: Term = t;
    for (; l instanceof Cons; l = l.tail) parts.push(displayTerm(l.head));
    return '[' + parts.join(',') + (l === NIL ? '' : '|' + displayTerm(l)) + ']';
  }
  if (Array.isArray(t)) return '{' + t.map(displayTerm).join(',') + '}';
  if (isMap(t))
    return (
      '#{' +
      mapEntries(t)
        .map(([k, v]) => displayTerm(k) + '=>' + displayTerm(v))
        .join(',') +
      '}'
    );
  if (t instanceof BitStr) return displayBinary(t);
  if (t instanceof Pid) return writePid(t);
  if (t instanceof Ref) return writeRef(t);
  if (t instanceof Port) return writePort(t);
  if (t instanceof Fun || t instanceof ExportFun) return writeFun(t);
  return String(t);
}
