// The shell's reader: collects input until a dot ends an expression
// sequence, then parses it. Like io:scan_erl_exprs, every sequence is
// positioned from 1:1 where its text starts (just after the previous dot).

import type { Expr } from './ast.js';
import { isSyntaxError } from './parse_error.js';
import { parseExprs } from './parser.js';
import { scanStep, toCodePoints } from './scanner.js';

export type ReadResult = { kind: 'exprs'; exprs: Expr[] } | { kind: 'error'; line: number; col: number; message: string };

export class ExprReader {
  private buf: number[] = [];
  private pos = 0;
  private final = false;

  feed(text: string): void {
    if (this.pos > 0) {
      this.buf = this.buf.slice(this.pos);
      this.pos = 0;
    }
    this.buf.push(...toCodePoints(text));
  }

  /** The next complete expression sequence, or null when more input is needed. */
  next(): ReadResult | null {
    const step = scanStep(this.buf, this.pos, 1, 1, this.final, true);
    if (step.status === 'more') return null;
    if (step.status === 'error') {
      // The shell drops the rest of the line the error was found on.
      let p = step.pos;
      while (p < this.buf.length && this.buf[p - 1] !== 10) p++;
      this.pos = Math.min(p, this.buf.length);
      const { line, col, message } = step.error;
      return { kind: 'error', line, col, message };
    }
    if (step.status === 'end') {
      if (!this.final || step.tokens.length === 0) {
        if (this.final) this.pos = this.buf.length;
        return null;
      }
      this.pos = this.buf.length;
    } else this.pos = step.pos;
    const r = parseExprs(step.tokens);
    if (isSyntaxError(r)) return { kind: 'error', line: r.line, col: r.col, message: r.message };
    return { kind: 'exprs', exprs: r };
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
    let rest = '';
    // In slices: a long paste must not overflow the argument list.
    for (let i = this.pos; i < this.buf.length; i += 4096) rest += String.fromCodePoint(...this.buf.slice(i, Math.min(i + 4096, this.buf.length)));
    this.buf = [];
    this.pos = 0;
    return rest;
  }

  /** Whether any text (even a blank line) waits here for the rest of its expression. */
  get hasUnread(): boolean {
    return this.pos < this.buf.length;
  }

  /** Whether only blanks and comments remain unread. */
  get isEmpty(): boolean {
    const step = scanStep(this.buf, this.pos, 1, 1, true, true);
    return step.status === 'end' && step.tokens.length === 0;
  }
}
