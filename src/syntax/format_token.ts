// How erl_parse (yeccpre) names the token an error happened before.

import type { Token } from './token.js';
import { writeAtom, writeChar, writeFloat, writeString } from './write_term.js';

export function formatTokenForError(tok: Token): string {
  switch (tok.kind) {
    case '$end':
      return '';
    case 'dot':
      return "'.'";
    case 'atom':
      return writeAtom(tok.value as string);
    case 'var':
      return tok.value as string;
    case 'integer':
      return String(tok.value);
    case 'float':
      return writeFloat(tok.value as number);
    case 'char':
      return writeChar(tok.value as number);
    case 'string':
      return writeString(tok.value as number[]);
    default:
      return writeAtom(tok.kind);
  }
}
