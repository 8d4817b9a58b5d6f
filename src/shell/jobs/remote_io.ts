// A shell's io through a group leader that is not our `user` io server: the
// io server of the node that asked for the shell (shell:start/0 called
// through rpc by `erl -remsh` or ^G r). Everything goes through the io
// protocol, as shell.erl's reads and writes do: output is put_chars, input
// one get_line at a time with the shell's prompt (the io server prints it,
// again for each continuation line, as erl's group does for a remote shell).

import { Atom, BitStr, Cons, NIL, type Pid, Ref, str, type Term } from '../../terms/types.js';
import type { Process } from '../../vm/process.js';
import type { VM } from '../../vm/vm.js';
import { InputBuffer, chars, type ReadRequest } from '../../bifs/io/user_server.js';
import type { ShellIo } from '../repl/shell_io.js';

const IO_REQUEST = Atom.of('io_request');
const IO_REPLY = Atom.of('io_reply');
const UNICODE = Atom.of('unicode');

export class RemoteIo implements ShellIo {
  /** The group leader on the other node: the evaluators' group leader too. */
  readonly proc: { readonly pid: Pid };
  encoding: 'latin1' | 'unicode' = 'unicode';
  /** Our end of the protocol: replies come here. */
  readonly client: Process;
  private readonly waiting = new Map<string, (reply: Term) => void>();
  private readonly input = new InputBuffer();
  private eof = false;
  private readonly queue: ReadRequest[] = [];
  private asking = false;
  /** The shell's read was interrupted (^G i at the group). */
  onInterrupted: () => void = () => {};

  constructor(
    private readonly vm: VM,
    groupLeader: Pid,
  ) {
    this.proc = { pid: groupLeader };
    this.client = vm.spawnNative((msg) => this.handle(msg), null, ['shell', 'server', 2]);
    this.client.groupLeader = groupLeader;
    this.request(Atom.of('getopts'), (opts) => {
      for (let l = opts; l instanceof Cons; l = l.tail) {
        const o = l.head;
        if (Array.isArray(o) && o[0] === Atom.of('encoding')) this.encoding = o[1] === Atom.of('latin1') ? 'latin1' : 'unicode';
      }
    });
  }

  post(action: () => void): void {
    action();
  }

  write(s: string): void {
    if (s.length > 0) this.request([Atom.of('put_chars'), UNICODE, str(s)], () => {});
    if (this.reask !== null) this.resumeReading();
  }

  askOptions(): void {
    this.request(Atom.of('getopts'), () => {});
  }

  private reask: ReturnType<typeof setTimeout> | null = null;

  private resumeReading(): void {
    if (this.reask !== null) clearTimeout(this.reask);
    this.reask = null;
    this.asking = false;
    this.serve();
  }

  read(req: ReadRequest): void {
    this.queue.push(req);
    this.serve();
  }

  /** The read request that was at the head of the queue last. */
  private headStarted: ReadRequest | null = null;

  /** Hands the buffered input to the head request; asks for a line when it wants more. */
  private serve(): void {
    while (this.queue.length > 0) {
      const req = this.queue[0]!;
      if (req !== this.headStarted) {
        this.headStarted = req;
        // As erl's group: a read that starts on the rest of a line (`1. 2.`)
        // shows its prompt and that rest.
        if (this.input.length > 0) this.request([Atom.of('put_chars'), UNICODE, str(req.prompt + this.input.peekLine())], () => {});
      }
      if (!req.consume(this.input, this.eof)) {
        if (!this.asking) this.askLine(req.prompt);
        return;
      }
      this.queue.shift();
    }
  }

  private askLine(prompt: string): void {
    this.asking = true;
    this.request([Atom.of('get_line'), UNICODE, str(prompt)], (reply) => {
      this.asking = false;
      let line: string | null = null;
      try {
        line = reply instanceof Cons || reply === NIL || reply instanceof BitStr ? chars(reply) : null;
      } catch {
        line = null;
      }
      // ^G i in erl's group ends the read with {error, interrupted}: ask again.
      // shell.erl then kills its evaluator, idle or not.
      // The prompt is asked for again after the shell's report of that
      // (as erl prints it), or shortly when there is none.
      if (line === null && Array.isArray(reply) && reply[1] === Atom.of('interrupted')) {
        this.asking = true;
        this.reask = setTimeout(() => this.resumeReading(), 200);
        this.onInterrupted();
        return;
      }
      // eof, {error, _} or anything else: no more input comes.
      if (line === null) this.eof = true;
      else this.input.push(line);
      this.serve();
    });
  }

  private request(req: Term, onReply: (reply: Term) => void): void {
    const ref = this.vm.makeRef();
    this.waiting.set(refKey(ref), onReply);
    this.vm.sendPid(this.client, this.proc.pid, [IO_REQUEST, this.client.pid, ref, req]);
  }

  private handle(msg: Term): void {
    if (!Array.isArray(msg) || msg.length !== 3 || msg[0] !== IO_REPLY || !(msg[1] instanceof Ref)) return;
    const key = refKey(msg[1]);
    const k = this.waiting.get(key);
    if (k === undefined) return;
    this.waiting.delete(key);
    k(msg[2]!);
  }
}

function refKey(r: Ref): string {
  return `${r.node.name}/${r.creation}/${r.ids.join('.')}`;
}
