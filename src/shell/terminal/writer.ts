// Everything the interactive terminal prints goes through one TermWriter,
// which keeps track of the cursor column. The line editor needs it to know
// where a prompt starts after output that did not end in a newline.

import { charWidth as widthOf } from './width.js';

const CSI = /^\x1b\[([0-9;?]*)([ -/]*)([@-~])/;

export class TermWriter {
  /** 0..cols; equal to cols while the terminal waits to wrap (xterm's pending wrap). */
  col = 0;

  constructor(
    private readonly sink: (s: string) => void,
    public cols: number,
  ) {}

  write(s: string): void {
    if (s.length === 0) return;
    this.sink(s);
    this.track(s);
  }

  beep(): void {
    this.write('\x07');
  }

  private track(s: string): void {
    // Only the text after the last line break decides the column.
    let i = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r')) + 1;
    if (i > 0) this.col = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '\x1b') {
        const m = CSI.exec(s.slice(i, i + 32));
        if (m !== null) {
          const n = Number(m[1]!.split(';')[0] || '1');
          if (m[3] === 'C') this.col = Math.min(this.cols - 1, this.col + n);
          else if (m[3] === 'D') this.col = Math.max(0, this.col - n);
          i += m[0].length;
        } else i++;
        continue;
      }
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      if (c === '\n' || c === '\r') this.col = 0;
      else if (c === '\t') this.col = Math.min(this.cols - 1, (Math.floor(this.col / 8) + 1) * 8);
      else if (c === '\b') this.col = this.col >= this.cols ? this.cols - 2 : Math.max(0, this.col - 1);
      else if (cp >= 0x20 && cp !== 0x7f) {
        const w = widthOf(ch);
        if (w === 0) continue;
        if (this.col >= this.cols || this.col + w > this.cols) this.col = 0;
        this.col += w;
      }
    }
  }
}
