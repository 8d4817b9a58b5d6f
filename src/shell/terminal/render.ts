// Draws a prompt and the line being edited, and keeps the screen in step
// as the line changes: only what differs is rewritten, leftovers are blanked
// with spaces, and the cursor moves with \b on its row (as erl's tty driver
// does) or with ANSI moves across wrapped rows. Positions are columns counted
// from where the prompt starts; the terminal wraps them at `cols`.

import { charWidth } from './width.js';
import type { TermWriter } from './writer.js';

interface Cell {
  ch: string;
  w: number;
}

function cellsOf(s: string): Cell[] {
  return Array.from(s, (ch) => ({ ch, w: charWidth(ch) }));
}

export class LineRenderer {
  /** Whether prompt and line are on the screen. */
  drawn = false;
  private cells: Cell[] = [];
  /** Column of the prompt's first character. */
  private startCol = 0;
  /** Where the cursor is, in columns from the prompt's start. */
  private cur = 0;

  constructor(private readonly term: TermWriter) {}

  /** Shows prompt + text with the cursor after `cursor` characters of text. */
  show(prompt: string, text: readonly string[], cursor: number): void {
    if (!this.drawn) {
      this.startCol = this.term.col >= this.term.cols ? 0 : this.term.col;
      this.cells = [];
      this.cur = 0;
      this.drawn = true;
    }
    const next = [...cellsOf(prompt), ...text.map((ch) => ({ ch, w: charWidth(ch) }))];
    let k = 0;
    while (k < next.length && k < this.cells.length && next[k]!.ch === this.cells[k]!.ch) k++;
    const oldEnd = width(this.cells, this.cells.length);
    if (k < next.length || next.length < this.cells.length) {
      this.moveTo(width(next, k));
      this.emit(
        next
          .slice(k)
          .map((c) => c.ch)
          .join(''),
        width(next, next.length),
      );
      const newEnd = width(next, next.length);
      if (oldEnd > newEnd) this.emit(' '.repeat(oldEnd - newEnd), oldEnd);
    }
    this.cells = next;
    const promptCells = Array.from(prompt).length;
    this.moveTo(width(next, promptCells + cursor));
  }

  /** Takes prompt and line off the screen; the cursor ends where the prompt began. */
  erase(): void {
    if (!this.drawn) return;
    const end = width(this.cells, this.cells.length);
    this.moveTo(0);
    this.emit(' '.repeat(end), end);
    this.moveTo(0);
    this.cells = [];
    this.drawn = false;
  }

  /** Leaves the line on the screen with the cursor after its end (before a newline). */
  release(): void {
    if (!this.drawn) return;
    this.moveTo(width(this.cells, this.cells.length));
    this.drawn = false;
    this.cells = [];
  }

  /** Writes text whose end lies at column `end`; a write that fills the last column leaves the cursor there. */
  private emit(s: string, end: number): void {
    if (s.length === 0) return;
    this.term.write(s);
    this.cur = end;
    // xterm holds the cursor on the last column after filling it ("pending
    // wrap"); step onto the next row so our arithmetic stays right.
    if ((this.startCol + end) % this.term.cols === 0) this.term.write('\r\n');
  }

  private moveTo(p: number): void {
    const cols = this.term.cols;
    const [r1, c1] = [Math.floor((this.startCol + this.cur) / cols), (this.startCol + this.cur) % cols];
    const [r2, c2] = [Math.floor((this.startCol + p) / cols), (this.startCol + p) % cols];
    let s = '';
    if (r1 === r2) {
      if (c2 < c1) s = '\b'.repeat(c1 - c2);
      else if (c2 > c1) s = `\x1b[${c2 - c1}C`;
    } else {
      s = r2 < r1 ? `\x1b[${r1 - r2}A` : `\x1b[${r2 - r1}B`;
      s += '\r' + (c2 > 0 ? `\x1b[${c2}C` : '');
    }
    this.term.write(s);
    this.cur = p;
  }
}

function width(cells: readonly Cell[], n: number): number {
  let w = 0;
  for (let i = 0; i < n; i++) w += cells[i]!.w;
  return w;
}
