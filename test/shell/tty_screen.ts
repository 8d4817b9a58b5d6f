// A tiny terminal for the tests: applies what a shell writes (text, \r, \n,
// \b, BEL, the ANSI cursor moves and erases the line editor uses) to a grid
// of cells, so tests can assert on what a user would see. Rows are never
// dropped (the grid is the whole scrollback); xterm's pending wrap is kept.

import { charWidth } from '../../src/shell/terminal/width.js';

export class Screen {
  private rows: string[][] = [[]];
  row = 0;
  col = 0;
  private pendingWrap = false;
  bells = 0;

  constructor(readonly cols = 80) {}

  write(s: string): void {
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '\x1b') {
        const m = /^\x1b\[([0-9;?]*)([@-~])/.exec(s.slice(i, i + 24));
        if (m === null) {
          // An incomplete or unknown sequence: skip the ESC.
          i++;
          continue;
        }
        this.csi(m[1]!, m[2]!);
        i += m[0].length;
        continue;
      }
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      i += ch.length;
      this.char(ch);
    }
  }

  private line(r: number): string[] {
    while (this.rows.length <= r) this.rows.push([]);
    return this.rows[r]!;
  }

  private char(ch: string): void {
    switch (ch) {
      case '\r':
        this.col = 0;
        this.pendingWrap = false;
        return;
      case '\n':
        // As a tty with ONLCR (raw mode in node keeps it): \n also returns.
        this.row++;
        this.col = 0;
        this.line(this.row);
        this.pendingWrap = false;
        return;
      case '\b':
        if (this.pendingWrap) this.pendingWrap = false;
        else if (this.col > 0) this.col--;
        return;
      case '\x07':
        this.bells++;
        return;
    }
    const w = charWidth(ch);
    if (ch.codePointAt(0)! < 0x20 || w === 0) return;
    if (this.pendingWrap) {
      this.row++;
      this.col = 0;
      this.pendingWrap = false;
    }
    const l = this.line(this.row);
    while (l.length < this.col) l.push(' ');
    l[this.col] = ch;
    if (w === 2) l[this.col + 1] = '';
    if (this.col + w >= this.cols) {
      this.col = this.cols - 1;
      this.pendingWrap = true;
    } else this.col += w;
  }

  private csi(params: string, fin: string): void {
    const n = Math.max(1, Number(params.split(';')[0] || '1'));
    this.pendingWrap = false;
    switch (fin) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.row += n;
        this.line(this.row);
        break;
      case 'C':
        this.col = Math.min(this.cols - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'K':
        this.line(this.row).length = Math.min(this.line(this.row).length, this.col);
        break;
      case 'J':
        this.line(this.row).length = Math.min(this.line(this.row).length, this.col);
        this.rows.length = this.row + 1;
        break;
    }
  }

  /** All rows, trailing blanks removed, joined with \n. */
  text(): string {
    return this.lines().join('\n');
  }

  lines(): string[] {
    const out = this.rows.map((r) => r.join('').replace(/\s+$/, ''));
    while (out.length > 1 && out[out.length - 1] === '') out.pop();
    return out;
  }

  /** The row the cursor is on, trailing blanks removed. */
  currentLine(): string {
    return (this.rows[this.row] ?? []).join('').replace(/\s+$/, '');
  }
}
