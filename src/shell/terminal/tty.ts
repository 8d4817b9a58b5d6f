// The interactive terminal: what erl's user_drv does when stdin and stdout
// are a terminal. It prints the OTP banner, puts the terminal in raw mode,
// decodes keys, and routes them: Ctrl-C to the BREAK menu, Ctrl-G to the
// User switch menu, everything else to the connected shell job's line
// editor. Pipes never come here (main.ts keeps the plain read path).

import * as os from 'node:os';
import type { VM } from '../../vm/vm.js';
import { UserIo } from '../../bifs/io/user_server.js';
import type { Shell } from '../repl/shell.js';
import { ESHELL_VERSION } from '../repl/shell.js';
import { KeyDecoder, type Key } from './keys.js';
import { TermWriter } from './writer.js';
import { History } from './line_history.js';
import { appendHistory, historySettings, loadHistory } from './line_history_file.js';
import { JobControl, type Job } from '../jobs/job_control.js';
import { UserSwitchMenu } from '../jobs/job_control_menu.js';
import { BreakMenu } from '../jobs/break_menu.js';
import { nodeCompletionWorld } from './completion_sources.js';
import { configureColour } from './colour.js';
import chalk from 'chalk';
import { erltsVersion } from '../../code/package_version.js';
import { writeTerm } from '../../terms/print/write.js';
import { Atom, type Term } from '../../terms/types.js';
import { shellTerminatedText, startRemoteShellJob } from '../jobs/remote_job.js';

export interface TerminalOptions {
  vm: VM;
  /** The `user` io server: job 1's. */
  user: UserIo;
  /** -kernel Key Value pairs as typed (shell_history, shell_history_path). */
  kernel: ReadonlyMap<string, string>;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** erlang:system_info(system_version) as erl 25 prints it on this machine. */
export function otpBanner(): string {
  const n = os.availableParallelism();
  return `Erlang/OTP 25 [erts-${ESHELL_VERSION}] [source] [64-bit] [smp:${n}:${n}] [ds:${n}:${n}:10] [async-threads:1] [jit:ns]`;
}

/**
 * What tells a person at a terminal that this is erlts and not erl, in the
 * banner's own bracket style. Only the terminal shows it: piped sessions
 * print erl's banner unchanged, so transcripts stay byte-identical.
 */
export function erltsTag(): string {
  return chalk.cyan(`[erlts ${erltsVersion()}]`);
}

type Mode = { kind: 'edit' } | { kind: 'break'; menu: BreakMenu } | { kind: 'switch'; menu: UserSwitchMenu };

export class Terminal {
  private readonly term: TermWriter;
  private readonly jobs: JobControl;
  private readonly decoder = new KeyDecoder();
  private mode: Mode = { kind: 'edit' };
  private escTimer: ReturnType<typeof setTimeout> | null = null;
  private newShell: ((io: UserIo) => Shell) | null = null;

  /** Starts the terminal: banner, raw mode, keys. The first shell comes with adoptShell. */
  static open(o: TerminalOptions): Terminal {
    return new Terminal(o);
  }

  private constructor(private readonly o: TerminalOptions) {
    configureColour(o.env, true);
    this.term = new TermWriter((s) => o.stdout.write(s), o.stdout.columns || 80);
    const hs = historySettings(o.kernel, o.env);
    const history = new History(hs.enabled ? loadHistory(hs.file) : []);
    if (hs.enabled) history.onAdd = (line) => appendHistory(hs.file, line);
    this.jobs = new JobControl({
      term: this.term,
      history,
      newIo: () => {
        const io = new UserIo(o.vm, { write: (s) => this.term.write(s) }, { encoding: 'unicode', name: null });
        io.columns = this.term.cols;
        return io;
      },
      newShell: (io) => {
        if (this.newShell === null) throw new Error('erlts: no shell factory');
        return this.newShell(io);
      },
      world: (job) =>
        nodeCompletionWorld(o.vm, {
          variables: () => job.shell?.bindingNames() ?? [],
          records: () => job.shell?.records.keys() ?? [],
        }),
    });
    o.user.columns = this.term.cols;
    this.term.write(otpBanner() + ' ' + erltsTag() + '\n\n');
    const job1 = this.jobs.adopt(o.user, null, '{shell,start,[init]}');
    this.jobs.connect(job1);

    o.stdin.setRawMode(true);
    process.on('exit', () => {
      try {
        o.stdin.setRawMode(false);
      } catch {
        // The terminal may be gone already.
      }
    });
    o.stdin.on('data', (chunk: Buffer) => this.onData(chunk));
    o.stdin.on('end', () => this.jobs.current?.io.endOfInput());
    o.stdin.on('error', () => this.jobs.current?.io.endOfInput());
    o.stdout.on('resize', () => {
      this.term.cols = o.stdout.columns || 80;
      for (const j of this.jobs.jobs) j.io.columns = this.term.cols;
    });
  }

  /** The first shell (job 1), and how to make more for ^G s. */
  adoptShell(shell: Shell, newShell: (io: UserIo) => Shell): void {
    this.newShell = newShell;
    const job1 = this.jobs.jobs.find((j) => j.io === this.o.user);
    if (job1 !== undefined) job1.shell = shell;
  }

  /** -remsh: job 1 is a shell on `node`, and ^G s still makes local ones. */
  adoptRemote(node: string, newShell: (io: UserIo) => Shell, opts: { connectFirst?: string } = {}): void {
    this.newShell = newShell;
    const job1 = this.jobs.jobs.find((j) => j.io === this.o.user);
    if (job1 === undefined) return;
    job1.desc = `{${writeTerm(Atom.of(node))},shell,start,[]}`;
    job1.shell = startRemoteShellJob(this.o.vm, this.o.user.proc.pid, Atom.of(node), (reason, report) => this.remoteEnded(job1, reason, report), opts);
  }

  /** ^G r Node: a new job whose shell runs on Node. */
  private startRemote(node: string): void {
    const desc = `{${writeTerm(Atom.of(node))},shell,start,[]}`;
    this.jobs.startRemote(desc, (io, job) => startRemoteShellJob(this.o.vm, io.proc.pid, Atom.of(node), (reason) => this.remoteEnded(job, reason)));
  }

  /** Remote jobs whose shell ended while they were not connected: user_drv hears of it at the next connect. */
  private readonly ended = new Map<Job, { reason: Term; report: string | null }>();

  /** As user_drv: the connected job's end is reported; any other job just goes. */
  private remoteEnded(job: Job, reason: Term, report: string | null = null): void {
    if (!job.editor.isConnected || this.mode.kind !== 'edit') {
      this.ended.set(job, { reason, report });
      return;
    }
    this.jobs.remove(job);
    this.term.write(shellTerminatedText(reason) + (report ?? ''));
  }

  private onData(chunk: Buffer): void {
    if (this.escTimer !== null) clearTimeout(this.escTimer);
    this.escTimer = null;
    for (const k of this.decoder.feed(chunk)) this.onKey(k);
    // A lone ESC: wait briefly for the rest of a sequence, then drop it.
    if (this.decoder.hasPending) this.escTimer = setTimeout(() => this.decoder.flush(), 100);
  }

  private onKey(k: Key): void {
    const m = this.mode;
    if (m.kind === 'break') return m.menu.key(k);
    if (m.kind === 'switch') {
      if (k.kind === 'ctrl') return; // ^G or ^C inside the menu: ignored
      return m.menu.key(k);
    }
    if (k.kind === 'ctrl' && k.name === 'c') return this.openBreak();
    if (k.kind === 'ctrl' && k.name === 'g') return this.openSwitch();
    this.jobs.current?.editor.key(k);
  }

  private halt(status: number): void {
    process.exit(status);
  }

  private leaveMenus(): void {
    for (const j of this.jobs.jobs) if (j.editor.isConnected) j.editor.disconnect();
  }

  private openBreak(): void {
    this.leaveMenus();
    const menu = new BreakMenu(this.term, this.o.vm, {
      resume: () => this.resume(this.jobs.current),
      halt: (s) => this.halt(s),
      abort: () => {
        try {
          this.o.stdin.setRawMode(false);
        } catch {
          // Gone.
        }
        process.kill(process.pid, 'SIGABRT');
      },
    });
    this.mode = { kind: 'break', menu };
    menu.open();
  }

  private openSwitch(): void {
    this.leaveMenus();
    const menu = new UserSwitchMenu(this.term, this.jobs, {
      enter: (job) => this.resume(job),
      halt: (s) => this.halt(s),
      alive: () => this.o.vm.nodeName.name !== 'nonode@nohost',
      nodeName: () => writeTerm(this.o.vm.nodeName),
      remote: (node) => this.startRemote(node),
    });
    this.mode = { kind: 'switch', menu };
    menu.open();
  }

  /** Back to editing: the job's held output, then its prompt and line drawn again. */
  private resume(job: Job | null): void {
    this.mode = { kind: 'edit' };
    let connect = job;
    for (const [dead, end] of this.ended) {
      this.ended.delete(dead);
      this.jobs.remove(dead);
      if (dead !== job) continue;
      connect = null;
      this.term.write(shellTerminatedText(end.reason) + (end.report ?? ''));
    }
    if (connect !== null) this.jobs.connect(connect);
  }
}
