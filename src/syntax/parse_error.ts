// A syntax error as erl_parse reports it: a location and a message.

import { formatTokenForError } from './format_token.js';
import type { Token } from './token.js';

export interface SyntaxError {
  kind: 'syntax_error';
  line: number;
  col: number;
  message: string;
}

export function isSyntaxError(x: unknown): x is SyntaxError {
  return typeof x === 'object' && x !== null && (x as SyntaxError).kind === 'syntax_error';
}

/** Thrown inside the parser, caught at its entry points. */
export class ParseFail extends Error {
  constructor(
    readonly line: number,
    readonly col: number,
    override readonly message: string,
  ) {
    super(message);
  }
  static before(tok: Token): ParseFail {
    return new ParseFail(tok.line, tok.col, 'syntax error before: ' + formatTokenForError(tok));
  }
  toSyntaxError(): SyntaxError {
    return { kind: 'syntax_error', line: this.line, col: this.col, message: this.message };
  }
}
