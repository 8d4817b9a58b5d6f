// Printing atoms the way io_lib ~w does, for messages such as
// "variable 'X' is unbound" and "record 'My rec' undefined".

const RESERVED = new Set([
  'after',
  'and',
  'andalso',
  'band',
  'begin',
  'bnot',
  'bor',
  'bsl',
  'bsr',
  'bxor',
  'case',
  'catch',
  'cond',
  'div',
  'end',
  'fun',
  'if',
  'let',
  'not',
  'of',
  'or',
  'orelse',
  'receive',
  'rem',
  'try',
  'when',
  'xor',
]);

export function quoteAtom(name: string): string {
  if (/^[a-z][a-zA-Z0-9_@]*$/.test(name) && !RESERVED.has(name)) return name;
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
