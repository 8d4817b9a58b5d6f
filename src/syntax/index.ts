// The Erlang front end: scanner, preprocessor, parser and the shell's reader.

import type { Expr } from './ast.js';
import { parseExprs as parseExprTokens } from './parser.js';
import type { SyntaxError } from './parse_error.js';
import type { Token } from './token.js';

export type { Token, ScanError } from './token.js';
export { isScanError } from './token.js';
export type { SyntaxError } from './parse_error.js';
export { isSyntaxError } from './parse_error.js';
export { scan } from './scanner.js';
export { parseForms, type ParseFormsOptions } from './forms.js';
export { preprocess, type PreprocessOptions, type PpItem } from './preprocessor/preprocessor.js';
export { ExprReader, systemLimit, type ReadResult } from './expr_reader.js';
export { formatTokenForError } from './format_token.js';
export { writeAtom, writeString, writeChar, writeFloat } from './write_term.js';

/** Parses the tokens of one shell input (`X = 1, Y = 2.`). */
export function parseExprs(tokens: Token[]): Expr[] | SyntaxError {
  return parseExprTokens(tokens);
}
