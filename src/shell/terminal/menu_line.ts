// Line input for the BREAK and User switch menus. erl reads those in the
// terminal's cooked mode, so typed characters are echoed, Backspace erases,
// and Enter ends the line with a newline; we do the same in raw mode.

import type { Key } from './keys.js';
import type { TermWriter } from './writer.js';

export class MenuLine {
  private text = '';

  constructor(private readonly term: TermWriter) {}

  /** Feeds one key; returns the finished line on Enter, else null. */
  key(k: Key): string | null {
    if (k.kind === 'text') {
      this.text += k.text;
      this.term.write(k.text);
    } else if (k.kind === 'special' && k.name === 'backspace') {
      if (this.text.length > 0) {
        this.text = Array.from(this.text).slice(0, -1).join('');
        this.term.write('\b \b');
      }
    } else if (k.kind === 'special' && k.name === 'enter') {
      this.term.write('\n');
      const line = this.text;
      this.text = '';
      return line;
    }
    return null;
  }
}
