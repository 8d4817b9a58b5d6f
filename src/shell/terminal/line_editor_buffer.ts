// The line being edited: its characters and the cursor, with edlin's editing
// operations (OTP 25 lib/stdlib/src/edlin.erl). No terminal here: the line
// editor draws the result. Characters are code points, so a UTF-8 letter is
// one step of the cursor.

/** edlin:word_char/1: what Alt-B/F, Ctrl-W and completion take as a word. */
export function isWordChar(c: string): boolean {
  if (/^[A-Za-z0-9_.]$/.test(c)) return true;
  const cp = c.codePointAt(0)!;
  return ((cp >= 0xc0 && cp <= 0xde) || (cp >= 0xdf && cp <= 0xff)) && cp !== 0xd7 && cp !== 0xf7;
}

export class EditBuffer {
  chars: string[] = [];
  cursor = 0;
  /** What the last kill removed, for Ctrl-Y. */
  private killed = '';

  get text(): string {
    return this.chars.join('');
  }

  /** The text left of the cursor (what completion looks at). */
  get before(): string {
    return this.chars.slice(0, this.cursor).join('');
  }

  set(text: string): void {
    this.chars = Array.from(text);
    this.cursor = this.chars.length;
  }

  insert(s: string): void {
    const cs = Array.from(s);
    this.chars.splice(this.cursor, 0, ...cs);
    this.cursor += cs.length;
  }

  left(): boolean {
    if (this.cursor === 0) return false;
    this.cursor--;
    return true;
  }

  right(): boolean {
    if (this.cursor >= this.chars.length) return false;
    this.cursor++;
    return true;
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.chars.length;
  }

  backspace(): boolean {
    if (this.cursor === 0) return false;
    this.chars.splice(--this.cursor, 1);
    return true;
  }

  deleteForward(): boolean {
    if (this.cursor >= this.chars.length) return false;
    this.chars.splice(this.cursor, 1);
    return true;
  }

  /** Ctrl-K. */
  killToEnd(): void {
    this.kill(this.cursor, this.chars.length);
  }

  /** Ctrl-U. */
  killToStart(): void {
    this.kill(0, this.cursor);
  }

  /** Ctrl-W and Alt-Backspace: back over non-word characters, then over a word. */
  killWordBack(): void {
    this.kill(this.wordStartBefore(), this.cursor);
  }

  /** Alt-D. */
  killWordForward(): void {
    this.kill(this.cursor, this.wordEndAfter());
  }

  /** Ctrl-Y. */
  yank(): void {
    this.insert(this.killed);
  }

  wordLeft(): void {
    this.cursor = this.wordStartBefore();
  }

  wordRight(): void {
    this.cursor = this.wordEndAfter();
  }

  /** Ctrl-T: at the end swaps the last two characters, else the ones around the cursor (moving on). */
  transpose(): boolean {
    const n = this.chars.length;
    if (n < 2 || this.cursor === 0) return false;
    const at = this.cursor === n ? n - 1 : this.cursor;
    const a = this.chars[at - 1]!;
    this.chars[at - 1] = this.chars[at]!;
    this.chars[at] = a;
    this.cursor = at + 1;
    return true;
  }

  private kill(from: number, to: number): void {
    if (to <= from) return;
    this.killed = this.chars.slice(from, to).join('');
    this.chars.splice(from, to - from);
    this.cursor = from;
  }

  private wordStartBefore(): number {
    let i = this.cursor;
    while (i > 0 && !isWordChar(this.chars[i - 1]!)) i--;
    while (i > 0 && isWordChar(this.chars[i - 1]!)) i--;
    return i;
  }

  private wordEndAfter(): number {
    let i = this.cursor;
    const n = this.chars.length;
    while (i < n && !isWordChar(this.chars[i]!)) i++;
    while (i < n && isWordChar(this.chars[i]!)) i++;
    return i;
  }
}
