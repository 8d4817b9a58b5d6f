// Tokens as erl_scan produces them. `kind` is erl_scan's category: 'atom',
// 'var', 'integer', 'float', 'char', 'string', 'dot', or, for punctuation and
// reserved words, the symbol itself ('(', '->', 'case', ...).
import { RESERVED_WORDS } from '../terms/atom_quote.js';

export interface Token {
  kind: string;
  line: number;
  col: number;
  /**
   * atom/var: the name; integer: number | bigint; float/char: number;
   * string: code points. Absent for symbols and dot.
   */
  value?: string | number | bigint | number[];
  /** The source text, when erl_scan's `text` option asked for it. */
  text?: number[];
}

export interface ScanError {
  kind: 'scan_error';
  line: number;
  col: number;
  message: string;
  /** An unterminated string or quoted atom: its quote and first 16 characters (erl_scan's {string, Quote, Head}). */
  unterminated?: { quote: number; head: number[] };
}

export function isScanError(x: unknown): x is ScanError {
  return typeof x === 'object' && x !== null && (x as ScanError).kind === 'scan_error';
}

export function tokenName(t: Token): string {
  return t.value as string;
}

export function tokenString(t: Token): number[] {
  return t.value as number[];
}

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}
