// The shell's reader: collects input until a dot ends an expression
// sequence, then parses it. Like io:scan_erl_exprs, every sequence is
// positioned from 1:1 where its text starts (just after the previous dot).

import type { Expr } from './ast.js';
import { isSyntaxError, type SyntaxError } from './parse_error.js';
import type { Token } from './token.js';
import { parseExprs } from './parser.js';
import { codePointsText, scanStep, toCodePoints } from './scanner.js';
import { SequenceScanner } from './sequence_scanner.js';

/**
 * `deep`: the expressions were nested deeper than the parser's stack allows;
 * `exprs` then stands for `erlang:error(system_limit)`, and the reader's
 * caller may parse `tokens` again where there is more stack
 * (compiler/deep_stack).
 */
export type ReadResult = { kind: 'exprs'; exprs: Expr[]; tokens: Token[]; deep: boolean } | { kind: 'error'; line: number; col: number; message: string };

export class ExprReader {
  private readonly seq = new SequenceScanner();
  private final = false;

  feed(text: string): void {
    this.seq.feed(toCodePoints(text));
  }

  /** The next complete expression sequence, or null when more input is needed. */
  next(): ReadResult | null {
    const step = this.seq.step(this.final);
    if (step.status === 'more') return null;
    if (step.status === 'empty') {
      this.seq.reset(this.seq.buf.length);
      return null;
    }
    if (step.status === 'error') {
      // The shell drops the rest of the line the error was found on.
      const buf = this.seq.buf;
      let p = step.pos;
      while (p < buf.length && buf[p - 1] !== 10) p++;
      this.seq.reset(Math.min(p, buf.length));
      const { line, col, message } = step.error;
      return { kind: 'error', line, col, message };
    }
    if (step.status === 'end') this.seq.reset(this.seq.buf.length);
    const r = parseOrLimit(step.tokens);
    if (r === null) return { kind: 'exprs', exprs: systemLimit(step.tokens), tokens: step.tokens, deep: true };
    if (isSyntaxError(r)) return { kind: 'error', line: r.line, col: r.col, message: r.message };
    return { kind: 'exprs', exprs: r, tokens: step.tokens, deep: false };
  }

  /**
   * Input has ended: what is left is read to its end, so an unfinished
   * string or expression becomes erl's error. Call repeatedly until null.
   */
  atEof(): ReadResult | null {
    this.final = true;
    return this.next();
  }

  /**
   * Takes back the text not read yet (what follows the dot and the blank
   * after it), as io:scan_erl_exprs leaves it in the io server for the
   * next read.
   */
  takeRest(): string {
    return codePointsText(this.seq.takeRest());
  }

  /** Whether any text (even a blank line) waits here for the rest of its expression. */
  get hasUnread(): boolean {
    return this.seq.hasUnread;
  }

  /** Whether only blanks and comments remain unread. */
  get isEmpty(): boolean {
    const step = scanStep(this.seq.buf, this.seq.start, 1, 1, true, true);
    return step.status === 'end' && step.tokens.length === 0;
  }
}

/** Parses; null when the expressions are nested deeper than the parser's stack allows. */
function parseOrLimit(tokens: Token[]): Expr[] | SyntaxError | null {
  try {
    return parseExprs(tokens);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return null;
  }
}

/**
 * `erlang:error(system_limit)`: what the shell runs for expressions nested
 * too deep for any stack, erl's answer when a limit is reached.
 */
export function systemLimit(tokens: Token[]): Expr[] {
  const at = { line: tokens[0]?.line ?? 1, col: tokens[0]?.col ?? 1 };
  const atom = (value: string): Expr => ({ kind: 'atom', ...at, value });
  return [{ kind: 'call', ...at, fn: { kind: 'remote', ...at, module: atom('erlang'), name: atom('error') }, args: [atom('system_limit')] }];
}
