// The `user` io server: the one process that owns the terminal (or the
// pipes). Other processes reach it through the io protocol
// ({io_request, From, ReplyAs, Request}); the shell reads its input through
// the same queue, so io:get_line/1 typed between shell expressions takes
// the next line, as in erl.

import { A, Atom, BitStr, Cons, Pid, list, str, type Term } from '../../terms/types.js';
import type { Process } from '../../vm/process.js';
import type { VM } from '../../vm/vm.js';
import { charactersToList } from '../../terms/utf_chardata.js';
import { ioLibFormatTerm } from '../../terms/format.js';
import { escapeForLatin1Device } from '../../terms/print/chars.js';
import { scanTokensRequest } from './scan_tokens.js';
import { freadFormat, freadRequest } from './fread.js';

export interface ReadRequest {
  /** Printed once when this request starts waiting for input. */
  prompt: string;
  /** Takes what it needs from the input; returns false to wait for more. */
  consume(input: InputBuffer, eof: boolean): boolean;
  /** Holds input it has taken but not finished with (half an expression, a blank line). */
  midway?(): boolean;
}

export class InputBuffer {
  private text = '';
  /** The next complete line including its "\n", or null. */
  takeLine(): string | null {
    const i = this.text.indexOf('\n');
    if (i < 0) return null;
    const line = this.text.slice(0, i + 1);
    this.text = this.text.slice(i + 1);
    return line;
  }
  takeRest(): string {
    const t = this.text;
    this.text = '';
    return t;
  }
  takeChars(n: number): string | null {
    if (this.text.length < n) return null;
    const t = this.text.slice(0, n);
    this.text = this.text.slice(n);
    return t;
  }
  get length(): number {
    return this.text.length;
  }
  /** The next line (or what there is of it) without taking it. */
  peekLine(): string {
    const i = this.text.indexOf('\n');
    return i < 0 ? this.text : this.text.slice(0, i + 1);
  }
  /** Puts back what a request read past its end (get_until's rest). */
  unshift(s: string): void {
    this.text = s + this.text;
  }
  push(s: string): void {
    this.text += s;
  }
}

export interface Output {
  write(s: string): void;
}

/**
 * On an interactive terminal the line editor (line_editor.ts) shows the
 * prompts and does the prompt redraw around output; the io server tells it
 * which prompt its head read waits with, and hands it all output.
 */
export interface TerminalHooks {
  /** The head read request waits for a line with this prompt; null: no read waits. */
  waiting(prompt: string | null): void;
  output(s: string): void;
}

export class UserIo {
  readonly proc: Process;
  private readonly input = new InputBuffer();
  private eof = false;
  private readonly queue: ReadRequest[] = [];
  private promptShown: string | null = null;
  /** The device encoding: latin1 for pipes, unicode on a UTF-8 terminal. */
  encoding: 'latin1' | 'unicode';
  columns: number | null = null;
  /** Set on an interactive terminal (tty.ts); null for pipes. */
  terminal: TerminalHooks | null = null;

  constructor(
    private readonly vm: VM,
    private readonly out: Output,
    opts: { encoding: 'latin1' | 'unicode'; name?: string | null },
  ) {
    this.encoding = opts.encoding;
    // Scheduled, as erl's io servers are processes: a request's reply comes
    // after the processes already runnable have had their turn, and output
    // leaves in the order the requests arrived.
    this.proc = vm.spawnNative((msg) => this.handle(msg), opts.name === undefined ? 'user' : opts.name, ['user', 'server', 2], { scheduled: true });
  }

  /**
   * Runs `action` (a write or read of the shell's) in this io server's turn,
   * after the io requests that arrived before it: the shell's own output
   * takes its place in the queue like everyone else's, as in erl.
   */
  post(action: () => void): void {
    this.vm.deliver(this.proc, new LocalRequest(action) as unknown as Term);
  }

  // ---- input ------------------------------------------------------------

  /** Bytes from stdin (latin1: each byte one character). */
  feed(s: string): void {
    this.input.push(s);
    this.serve();
  }

  endOfInput(): void {
    this.eof = true;
    this.serve();
  }

  get atEof(): boolean {
    return this.eof && this.input.length === 0;
  }

  /**
   * Called before the first read: a node that never reads (erl -noshell
   * running a server) never opens its stdin, which also saves start-up time.
   */
  onFirstRead: (() => void) | null = null;

  read(req: ReadRequest): void {
    if (this.onFirstRead !== null) {
      const open = this.onFirstRead;
      this.onFirstRead = null;
      open();
    }
    this.queue.push(req);
    this.serve();
  }

  private serving = false;
  /** The read request that was at the head of the queue last. */
  private headStarted: ReadRequest | null = null;
  private serve(): void {
    if (this.serving) return;
    this.serving = true;
    try {
      while (this.queue.length > 0) {
        const req = this.queue[0]!;
        if (req !== this.headStarted) {
          this.headStarted = req;
          // As erl's group: a request that starts on the rest of a line
          // (`1. 2.` read by get_until) shows its prompt and that rest.
          if (this.terminal !== null && this.input.length > 0) this.terminal.output(req.prompt + this.input.peekLine());
        }
        if (this.terminal === null && this.promptShown !== req.prompt) {
          this.writeRaw(req.prompt);
          this.promptShown = req.prompt;
        }
        if (!req.consume(this.input, this.eof)) {
          this.terminal?.waiting(req.prompt);
          return;
        }
        this.queue.shift();
        this.promptShown = null;
        this.releaseHeld();
      }
      this.terminal?.waiting(null);
    } finally {
      this.serving = false;
    }
  }

  // ---- output -----------------------------------------------------------

  private writeRaw(s: string): void {
    if (s.length > 0) this.out.write(s);
  }

  /**
   * Output of a put_chars request from anywhere (the shell's own, a logger
   * report): while a read waits, its prompt is printed again after it.
   */
  write(s: string): void {
    if (s.length === 0) return;
    this.output(s);
    this.promptAgain();
  }

  /**
   * A request of the shell's that only asks for the device's options, as
   * shell.erl's report of an exception does (io:getopts/0 for the encoding,
   * then for each term it prints): it prints nothing itself, but a waiting
   * read's prompt is printed again after it.
   */
  askOptions(): void {
    this.post(() => this.promptAgain());
  }

  private output(s: string): void {
    if (s.length === 0) return;
    const text = this.encoding === 'latin1' ? escapeForLatin1Device(s) : s;
    if (this.terminal !== null) return this.terminal.output(text);
    this.writeRaw(text);
  }

  /**
   * As user.erl's get_chars/get_line loops: after serving any io request
   * but get_geometry while a read waits for input, the prompt is printed
   * again (so an idle shell's report of a linked exit shows `2> 2> 2> `,
   * one prompt for each io:getopts/0 it makes). On a terminal the line
   * editor redraws the prompt around output instead.
   */
  private promptAgain(): void {
    if (this.terminal === null && this.promptShown !== null) this.writeRaw(this.promptShown);
  }

  // ---- the io protocol ----------------------------------------------------

  /**
   * Requests that came while the head read was midway through its input:
   * user.erl serves none until that read is done (its get_chars_more
   * loop waits for input only), so `hi` printed by another process while
   * `1 +` waits for its end comes out after the read, with no prompt again.
   */
  private readonly held: Term[] = [];

  private handle(msg: Term): void {
    if (this.readIsMidway()) this.held.push(msg);
    else this.dispatch(msg);
  }

  /** On a terminal, group.erl redraws the line around output instead. */
  private readIsMidway(): boolean {
    if (this.terminal !== null) return false;
    const head = this.queue[0];
    return head !== undefined && head === this.headStarted && (this.input.length > 0 || head.midway?.() === true);
  }

  private releaseHeld(): void {
    while (this.held.length > 0 && !this.readIsMidway()) this.dispatch(this.held.shift()!);
  }

  private dispatch(msg: Term): void {
    if ((msg as unknown) instanceof LocalRequest) {
      (msg as unknown as LocalRequest).action();
      return;
    }
    if (!Array.isArray(msg) || msg.length !== 4 || msg[0] !== IO_REQUEST || !(msg[1] instanceof Pid)) return;
    const from = msg[1] as Pid;
    const replyAs = msg[2]!;
    const req = msg[3]!;
    this.request(req, (reply) => this.vm.sendPid(this.proc, from, [IO_REPLY, replyAs, reply]));
    if (!isReadOrGeometry(req)) this.promptAgain();
  }

  private request(req: Term, reply: (t: Term) => void): void {
    const tag = Array.isArray(req) ? req[0] : req;
    const name = tag instanceof Atom ? tag.name : '';
    const r = req as Term[];
    try {
      switch (name) {
        case 'put_chars': {
          if (r.length === 3) this.output(chars(r[2]!));
          else if (r.length === 5 && r[2] === Atom.of('io_lib') && r[3] === Atom.of('format')) {
            const a = r[4] as Term;
            const fa = a instanceof Cons && a.tail instanceof Cons ? [a.head, a.tail.head] : null;
            if (fa === null) throw new Error('bad format request');
            this.output(ioLibFormatTerm(fa[0]!, fa[1]!));
          } else throw new Error('unsupported put_chars');
          reply(A.ok);
          return;
        }
        case 'nl':
          this.output('\n');
          reply(A.ok);
          return;
        case 'get_line':
          this.read(lineRequest(promptText(r[r.length - 1]!), reply));
          return;
        case 'get_chars': {
          const n = r[r.length - 1];
          this.read(charsRequest(promptText(r[r.length - 2]!), typeof n === 'number' ? n : 0, reply));
          return;
        }
        case 'get_until':
          // shell.erl's io:scan_erl_exprs: a remote erl shell reading through us.
          if (r.length === 6 && r[3] === Atom.of('erl_scan') && r[4] === Atom.of('tokens')) this.read(scanTokensRequest(promptText(r[2]!), r[5]!, reply, true));
          else if (r.length === 6 && r[3] === Atom.of('io_lib') && r[4] === Atom.of('fread')) {
            const format = freadFormat(r[5]!);
            if (format === null) reply([A.error, Atom.of('request')]);
            else this.read(freadRequest(promptText(r[2]!), format, reply));
          } else this.read(untilRequest(promptText(r[2]!), reply, this.vm));
          return;
        case 'getopts':
          reply(
            list([
              [Atom.of('binary'), A.false],
              [Atom.of('encoding'), Atom.of(this.encoding)],
            ]),
          );
          return;
        case 'setopts': {
          const opts = r[1];
          let l = opts;
          while (l instanceof Cons) {
            const o = l.head;
            if (Array.isArray(o) && o[0] === Atom.of('encoding') && o[1] instanceof Atom) {
              this.encoding = o[1].name === 'latin1' ? 'latin1' : 'unicode';
            }
            l = l.tail;
          }
          reply(A.ok);
          return;
        }
        case 'get_geometry':
          reply(this.columns !== null && r[1] === Atom.of('columns') ? this.columns : [A.error, Atom.of('enotsup')]);
          return;
        case 'requests': {
          let l = r[1]!;
          let last: Term = A.ok;
          while (l instanceof Cons) {
            this.request(l.head, (t) => (last = t));
            l = l.tail;
          }
          reply(last);
          return;
        }
        default:
          reply([A.error, Atom.of('request')]);
      }
    } catch {
      reply([A.error, Atom.of('put_chars')]);
    }
  }
}

/** Requests after which user.erl does not print a waiting read's prompt again. */
function isReadOrGeometry(req: Term): boolean {
  const tag = Array.isArray(req) ? req[0] : req;
  return tag === GET_GEOMETRY || tag === GET_LINE || tag === GET_CHARS || tag === GET_UNTIL;
}

const GET_GEOMETRY = Atom.of('get_geometry');
const GET_LINE = Atom.of('get_line');
const GET_CHARS = Atom.of('get_chars');
const GET_UNTIL = Atom.of('get_until');

/** An action of the shell's waiting in the io server's queue (never an Erlang term). */
class LocalRequest {
  constructor(readonly action: () => void) {}
}

const IO_REQUEST = Atom.of('io_request');
const IO_REPLY = Atom.of('io_reply');

/** Characters of chardata (binary is UTF-8). */
export function chars(t: Term): string {
  if (t instanceof BitStr) return Buffer.from(t.buf.subarray(0, t.byteSize)).toString('utf8');
  const l = charactersToList(t);
  let s = '';
  let x = l;
  while (x instanceof Cons) {
    s += String.fromCodePoint(x.head as number);
    x = x.tail;
  }
  return s;
}

function promptText(p: Term): string {
  if (p instanceof Atom) return p.name === '' ? '' : p.name;
  try {
    return chars(p);
  } catch {
    return '';
  }
}

function lineRequest(prompt: string, reply: (t: Term) => void): ReadRequest {
  return {
    prompt,
    consume(input, eof) {
      const line = input.takeLine();
      if (line !== null) {
        reply(str(line));
        return true;
      }
      if (!eof) return false;
      const rest = input.takeRest();
      reply(rest.length > 0 ? str(rest) : Atom.of('eof'));
      return true;
    },
  };
}

function charsRequest(prompt: string, n: number, reply: (t: Term) => void): ReadRequest {
  return {
    prompt,
    consume(input, eof) {
      const s = input.takeChars(n);
      if (s !== null) {
        reply(str(s));
        return true;
      }
      if (!eof) return false;
      const rest = input.takeRest();
      reply(rest.length > 0 ? str(rest) : Atom.of('eof'));
      return true;
    },
  };
}

/** io:read/1: tokens up to a full stop, handed to the VM's term reader. */
function untilRequest(prompt: string, reply: (t: Term) => void, vm: VM): ReadRequest {
  let text = '';
  return {
    prompt,
    consume(input, eof) {
      for (;;) {
        const line = input.takeLine();
        if (line === null) break;
        text += line;
        const r = vm.ext.readTerm?.(text);
        if (r !== null && r !== undefined) {
          reply(r);
          return true;
        }
      }
      if (!eof) return false;
      text += input.takeRest();
      const r = vm.ext.readTerm?.(text);
      reply(r ?? [Atom.of('eof'), 1]);
      return true;
    },
  };
}
