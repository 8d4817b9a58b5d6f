// Printing atoms the way io_lib ~w does, for messages such as
// "variable 'X' is unbound" and "record 'My rec' undefined".

import { atomNeedsQuotes } from '../../syntax/write_term.js';

export function quoteAtom(name: string): string {
  // io_lib's rule: a Latin-1 lowercase letter (ü too) may start an unquoted atom.
  if (!atomNeedsQuotes(name)) return name;
  let out = "'";
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c < 32) out += '\\^' + String.fromCharCode(c + 64);
    else out += ch;
  }
  return out + "'";
}

/** Function name/arity as ~tw/~w prints it. */
export function fa(name: string, arity: number): string {
  return `${quoteAtom(name)}/${arity}`;
}
