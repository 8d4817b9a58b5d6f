// When an atom must be written between single quotes, as io_lib:write_atom
// decides it: reserved words, and names that do not start with a lowercase
// (latin1) letter or that hold characters outside the name characters.

import type { Atom } from './types.js';
import { writeQuoted, type EscapeMode } from './print/chars.js';

/** erl_scan:reserved_word/1 with the default feature set of OTP 25 (no `maybe`). */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'after',
  'begin',
  'case',
  'try',
  'cond',
  'catch',
  'andalso',
  'orelse',
  'end',
  'fun',
  'if',
  'let',
  'of',
  'receive',
  'when',
  'bnot',
  'not',
  'div',
  'rem',
  'band',
  'and',
  'bor',
  'bxor',
  'bsl',
  'bsr',
  'or',
  'xor',
]);

function isLowerStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isNameChar(c: number): boolean {
  return isLowerStart(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x40;
}

export function atomNeedsQuotes(name: string): boolean {
  if (RESERVED_WORDS.has(name)) return true;
  const first = name.codePointAt(0);
  if (first === undefined || !isLowerStart(first)) return true;
  for (const ch of name) {
    if (!isNameChar(ch.codePointAt(0)!)) return true;
  }
  return false;
}

export type Encoding = 'latin1' | 'unicode';

/**
 * io_lib:write_atom (unicode) or io_lib:write_atom_as_latin1 (latin1: characters
 * above 255 become \x{...} so the result stays latin1).
 */
export function writeAtom(atom: Atom | string, encoding: Encoding = 'unicode'): string {
  const name = typeof atom === 'string' ? atom : atom.name;
  if (!atomNeedsQuotes(name)) return name;
  const mode: EscapeMode = encoding === 'latin1' ? 'unicode_as_latin1' : 'unicode_as_unicode';
  return writeQuoted(
    Array.from(name, (c) => c.codePointAt(0)!),
    0x27,
    mode,
  );
}
