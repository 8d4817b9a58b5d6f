// The line editor of one shell job: what erl's group.erl + edlin do for a
// terminal. A read request of the job's io server shows its prompt here; the
// user edits a line (keys from tty_keys.ts), and Enter hands the line to the
// io server. Keys typed while nothing reads wait (type-ahead, echoed when the
// next prompt appears). Output from Erlang processes erases the prompt and
// line, is printed, and the two are drawn again below it.
//
// Only the connected job draws; the others queue their output until they are
// connected again (user_drv leaves their requests in its mailbox likewise).

import { EditBuffer } from './line_editor_buffer.js';
import { LineRenderer } from './render.js';
import type { TermWriter } from './writer.js';
import type { Key } from './keys.js';
import type { History, HistoryCursor } from './line_history.js';
import type { Expansion } from './completion.js';
import { formatMatches } from './completion_format.js';

export interface EditorTarget {
  /** A finished line, "\n" included. */
  submit(line: string): void;
  /** Tab completion for the text before the cursor. */
  expand(before: string): Expansion;
}

interface Search {
  query: string;
  /** History index of the line shown, or null before the first match. */
  at: number | null;
}

export class LineEditor {
  private prompt: string | null = null;
  private readonly buf = new EditBuffer();
  private readonly render: LineRenderer;
  private readonly typeahead: Key[] = [];
  private hist: HistoryCursor;
  private search: Search | null = null;
  private connected = false;
  private readonly held: string[] = [];
  private draining = false;

  constructor(
    private readonly term: TermWriter,
    private readonly history: History,
    private readonly target: EditorTarget,
  ) {
    this.render = new LineRenderer(term);
    this.hist = history.cursor();
  }

  // ---- from the io server ------------------------------------------------

  /** The io server's head read waits for a line with this prompt; null: nothing reads. */
  waiting(prompt: string | null): void {
    if (prompt === this.prompt) return;
    if (this.render.drawn) this.render.erase();
    this.prompt = prompt;
    this.redraw();
    // Type-ahead is replayed after the io server's serve() has returned:
    // a line submitted from inside it would not be read until more input came.
    if (this.typeahead.length > 0) queueMicrotask(() => this.drain());
  }

  /** Text from Erlang processes (io requests, shell results). */
  output(s: string): void {
    if (!this.connected) {
      this.held.push(s);
      return;
    }
    const wasDrawn = this.render.drawn;
    if (wasDrawn) this.render.erase();
    this.term.write(s);
    if (wasDrawn) this.redraw();
  }

  // ---- from the terminal ---------------------------------------------------

  key(k: Key): void {
    this.typeahead.push(k);
    this.drain();
  }

  /** Becomes the job that owns the terminal: held output first, then prompt and line. */
  connect(): void {
    this.connected = true;
    for (const s of this.held.splice(0)) this.term.write(s);
    this.redraw();
    this.drain();
  }

  /** A menu takes the terminal (or another job does): leave the line as it stands. */
  disconnect(): void {
    this.render.release();
    this.connected = false;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  // ---- editing ---------------------------------------------------------------

  private redraw(): void {
    if (!this.connected || this.prompt === null) return;
    this.render.show(this.shownPrompt(), this.buf.chars, this.buf.cursor);
  }

  private shownPrompt(): string {
    return this.search === null ? this.prompt! : `(search)\`${this.search.query}': `;
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.connected && this.prompt !== null && this.typeahead.length > 0) this.handle(this.typeahead.shift()!);
    } finally {
      this.draining = false;
    }
  }

  private beep(): void {
    this.term.beep();
  }

  private handle(k: Key): void {
    if (this.search !== null && this.searchKey(k)) return;
    const b = this.buf;
    let ok = true;
    switch (k.kind) {
      case 'text':
        b.insert(k.text);
        break;
      case 'special':
        switch (k.name) {
          case 'enter':
            this.submit();
            return;
          case 'tab':
            this.complete();
            return;
          case 'left':
            ok = b.left();
            break;
          case 'right':
            ok = b.right();
            break;
          case 'home':
            b.home();
            break;
          case 'end':
            b.end();
            break;
          case 'backspace':
            ok = b.backspace();
            break;
          case 'delete':
            ok = b.deleteForward();
            break;
          case 'word-left':
            b.wordLeft();
            break;
          case 'word-right':
            b.wordRight();
            break;
          case 'up':
            this.recall(this.hist.up());
            return;
          case 'down':
            this.recall(this.hist.down());
            return;
        }
        break;
      case 'ctrl':
        switch (k.name) {
          case 'a':
            b.home();
            break;
          case 'e':
            b.end();
            break;
          case 'b':
            ok = b.left();
            break;
          case 'f':
            ok = b.right();
            break;
          case 'd':
            b.deleteForward();
            break;
          case 'k':
            b.killToEnd();
            break;
          case 'u':
            b.killToStart();
            break;
          case 'w':
            b.killWordBack();
            break;
          case 'y':
            b.yank();
            break;
          case 't':
            ok = b.transpose();
            break;
          case 'p':
            this.recall(this.hist.up());
            return;
          case 'n':
            this.recall(this.hist.down());
            return;
          case 'r':
            this.search = { query: '', at: null };
            this.searchKey(k);
            return;
          case 'l':
            // edlin's redraw_line: the same prompt and line, drawn afresh.
            this.render.erase();
            break;
          default:
            return;
        }
        break;
      case 'meta':
        switch (k.name) {
          case 'b':
            b.wordLeft();
            break;
          case 'f':
            b.wordRight();
            break;
          case 'd':
            b.killWordForward();
            break;
          case 'backspace':
            b.killWordBack();
            break;
          default:
            return;
        }
        break;
    }
    if (!ok) this.beep();
    this.redraw();
  }

  private recall(line: string | null): void {
    if (line === null) {
      this.beep();
      return;
    }
    this.buf.set(line);
    this.redraw();
  }

  private submit(): void {
    const line = this.buf.text;
    this.history.add(line);
    this.hist = this.history.cursor();
    this.buf.end();
    this.redraw();
    this.render.release();
    this.term.write('\n');
    this.buf.set('');
    this.prompt = null;
    this.target.submit(line + '\n');
  }

  private complete(): void {
    let r: Expansion;
    try {
      r = this.target.expand(this.buf.before);
    } catch {
      r = { found: false, add: '', matches: [] };
    }
    if (!r.found) this.beep();
    if (r.add.length > 0) this.buf.insert(r.add);
    if (r.matches.length > 0) {
      this.redraw();
      this.render.release();
      this.term.write(formatMatches(r.matches));
    }
    this.redraw();
  }

  /** Ctrl-R: the prompt becomes (search)`query': and the line the newest match. */
  private searchKey(k: Key): boolean {
    const s = this.search!;
    const find = (from: number): void => {
      const i = this.history.search(s.query, from);
      if (i === null) {
        this.beep();
        return;
      }
      s.at = i;
      this.buf.set(this.history.lines[i]!);
    };
    if (k.kind === 'text') {
      s.query += k.text;
      find(s.at ?? this.history.lines.length - 1);
    } else if (k.kind === 'ctrl' && k.name === 'r') {
      // The first Ctrl-R shows the newest line; each further one an older match.
      find(s.at === null ? this.history.lines.length - 1 : s.at - 1);
    } else if (k.kind === 'special' && k.name === 'backspace') {
      s.query = Array.from(s.query).slice(0, -1).join('');
      s.at = null;
      if (s.query.length > 0) find(this.history.lines.length - 1);
    } else {
      // Any other key ends the search and then does its usual job.
      this.search = null;
      this.redraw();
      return false;
    }
    this.redraw();
    return true;
  }
}
