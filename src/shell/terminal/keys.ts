// Turns the bytes a terminal sends into keys: UTF-8 text, control keys and
// the escape sequences of xterm-like terminals (arrows, Home/End, Delete,
// Alt+letter, Ctrl+arrow). A sequence split across reads is held until the
// rest arrives.

import { StringDecoder } from 'node:string_decoder';

export type Key =
  | { kind: 'text'; text: string }
  /** A control character, by its letter: 'a' for Ctrl-A, '?' for DEL. */
  | { kind: 'ctrl'; name: string }
  /** Alt (ESC) followed by a character. */
  | { kind: 'meta'; name: string }
  | { kind: 'special'; name: SpecialKey };

export type SpecialKey = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'delete' | 'word-left' | 'word-right' | 'enter' | 'backspace' | 'tab';

const CSI_FINAL: Record<string, SpecialKey> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const CSI_TILDE: Record<string, SpecialKey> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete' };

export class KeyDecoder {
  private readonly utf8 = new StringDecoder('utf8');
  private pending = '';

  /** Decodes a chunk; an incomplete escape sequence waits for the next one. */
  feed(chunk: Buffer | string): Key[] {
    const text = this.pending + (typeof chunk === 'string' ? chunk : this.utf8.write(chunk));
    this.pending = '';
    return this.parse(text);
  }

  /** A lone ESC that nothing followed: dropped, as edlin does. */
  flush(): void {
    this.pending = '';
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  private parse(s: string): Key[] {
    const keys: Key[] = [];
    let text = '';
    const push = (k: Key) => {
      if (text.length > 0) keys.push({ kind: 'text', text });
      text = '';
      keys.push(k);
    };
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      const code = c.charCodeAt(0);
      if (c === '\x1b') {
        const r = escape(s, i);
        if (r === null) {
          this.pending = s.slice(i);
          break;
        }
        if (r.key !== null) push(r.key);
        i = r.next;
        continue;
      }
      i++;
      if (c === '\r' || c === '\n') push({ kind: 'special', name: 'enter' });
      else if (c === '\t') push({ kind: 'special', name: 'tab' });
      else if (c === '\x7f' || c === '\b') push({ kind: 'special', name: 'backspace' });
      else if (code < 0x20) push({ kind: 'ctrl', name: String.fromCharCode(code + 96) });
      else text += c;
    }
    if (text.length > 0) keys.push({ kind: 'text', text });
    return keys;
  }
}

/** The key an escape sequence at s[i] stands for; null when it is cut short. */
function escape(s: string, i: number): { key: Key | null; next: number } | null {
  if (i + 1 >= s.length) return null;
  const c = s[i + 1]!;
  if (c === '[' || c === 'O') {
    let j = i + 2;
    while (j < s.length && /[0-9;]/.test(s[j]!)) j++;
    if (j >= s.length) return null;
    const params = s.slice(i + 2, j);
    const fin = s[j]!;
    const next = j + 1;
    if (fin === '~') return { key: CSI_TILDE[params] ? { kind: 'special', name: CSI_TILDE[params]! } : null, next };
    const base = CSI_FINAL[fin];
    if (base === undefined) return { key: null, next };
    // Ctrl (5) or Alt (3) with left/right moves by words, as edlin's csi keys.
    const mod = params.split(';')[1] ?? (params === '5' ? '5' : '');
    if ((mod === '5' || mod === '3') && (base === 'left' || base === 'right')) {
      return { key: { kind: 'special', name: base === 'left' ? 'word-left' : 'word-right' }, next };
    }
    return { key: { kind: 'special', name: base }, next };
  }
  if (c === '\x7f' || c === '\b') return { key: { kind: 'meta', name: 'backspace' }, next: i + 2 };
  const cp = s.codePointAt(i + 1)!;
  return { key: { kind: 'meta', name: String.fromCodePoint(cp).toLowerCase() }, next: i + 1 + String.fromCodePoint(cp).length };
}
