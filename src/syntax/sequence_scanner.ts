// Collects the tokens of one dot-terminated sequence from text that arrives
// in pieces (lines). Each piece is scanned once: the scan resumes after the
// last complete token instead of starting over, so an expression spread over
// 100k lines costs what its text costs (rescanning made it quadratic).

import { scanStep } from './scanner.js';
import type { ScanError, Token } from './token.js';

export type SequenceStep =
  | { status: 'dot' | 'end'; tokens: Token[] }
  | { status: 'more' }
  | { status: 'error'; error: ScanError; pos: number }
  | { status: 'empty' };

export class SequenceScanner {
  /** Code points received and not yet handed back; `start` is where the current sequence begins. */
  buf: number[] = [];
  start = 0;
  private tokens: Token[] = [];
  private pos = 0;
  private line: number;
  private col: number;

  constructor(
    private readonly firstLine = 1,
    private readonly firstCol = 1,
  ) {
    this.line = firstLine;
    this.col = firstCol;
  }

  feed(cps: readonly number[]): void {
    // Drop what earlier sequences used once it is most of the buffer, so
    // that compacting stays linear overall.
    if (this.start > 0 && this.start * 2 >= this.buf.length) {
      this.buf = this.buf.slice(this.start);
      this.pos -= this.start;
      this.start = 0;
    }
    for (let i = 0; i < cps.length; i++) this.buf.push(cps[i]!);
  }

  /**
   * Scans on. 'dot' ends a sequence (the next one starts after it); 'end'
   * (only when `final`) means the text ended; 'empty' is the final end with
   * nothing but blanks; 'more' asks for more text.
   */
  step(final: boolean): SequenceStep {
    const r = scanStep(this.buf, this.pos, this.line, this.col, final, true);
    if (r.status === 'error') {
      this.reset(r.pos);
      return r;
    }
    if (r.status === 'more' || (r.status === 'end' && !final)) {
      const safe = r.safe;
      for (const t of safe.tokens) this.tokens.push(t);
      this.pos = safe.pos;
      this.line = safe.line;
      this.col = safe.col;
      return { status: 'more' };
    }
    const tokens = this.tokens.length === 0 ? r.tokens : this.tokens.concat(r.tokens);
    this.reset(r.pos);
    if (r.status === 'end' && tokens.length === 0) return { status: 'empty' };
    return { status: r.status, tokens };
  }

  /** Starts the next sequence at `pos` (scan positions restart at the first line and column). */
  reset(pos: number): void {
    this.start = pos;
    this.pos = pos;
    this.tokens = [];
    this.line = this.firstLine;
    this.col = this.firstCol;
  }

  /** Whether text of an unfinished sequence waits here. */
  get hasUnread(): boolean {
    return this.start < this.buf.length;
  }

  /** Takes back the text from the current sequence's start, and forgets it. */
  takeRest(): number[] {
    const rest = this.buf.slice(this.start);
    this.buf = [];
    this.reset(0);
    return rest;
  }
}
