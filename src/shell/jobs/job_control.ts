// Shell jobs, as user_drv keeps them for ^G: each job is a shell with its
// own io server (its group leader) and its own line editor. One job is
// connected to the terminal; the others hold their output until connected.
// Job 1 is the shell erl starts ({shell,start,[init]}); `s` adds more.

import type { UserIo } from '../../bifs/io/user_server.js';
import type { Shell } from '../repl/shell.js';
import { LineEditor } from '../terminal/line_editor.js';
import type { TermWriter } from '../terminal/writer.js';
import type { History } from '../terminal/line_history.js';
import { expand, type CompletionWorld } from '../terminal/completion.js';

/** What job control does with a job's shell: a local Shell, or a remote one (remote_job.ts). */
export type JobShell = Pick<Shell, 'interrupt' | 'kill' | 'bindingNames'> & { readonly records: { keys(): Iterable<string> } };

export interface Job {
  id: number;
  io: UserIo;
  shell: JobShell | null;
  editor: LineEditor;
  /** What `j` shows: {shell,start,[init]} or {shell,start,[]}. */
  desc: string;
}

export interface JobDeps {
  term: TermWriter;
  history: History;
  /** A new io server for a new job (not registered as user). */
  newIo(): UserIo;
  /** A new shell reading from that io server. */
  newShell(io: UserIo): Shell;
  /** What completion may use for this job. */
  world(job: Job): CompletionWorld;
}

export class JobControl {
  readonly jobs: Job[] = [];
  /** The job `c` without a number connects to (marked * by `j`). */
  current: Job | null = null;
  private nextId = 1;

  constructor(private readonly deps: JobDeps) {}

  /** Makes a job of an io server (its shell may come later). */
  adopt(io: UserIo, shell: JobShell | null, desc: string): Job {
    const job: Job = { id: this.nextId++, io, shell, desc, editor: null as unknown as LineEditor };
    job.editor = new LineEditor(this.deps.term, this.deps.history, {
      submit: (line) => io.feed(line),
      expand: (before) => expand(before, this.deps.world(job)),
    });
    io.terminal = { waiting: (p) => job.editor.waiting(p), output: (s) => job.editor.output(s) };
    this.jobs.push(job);
    return job;
  }

  /** `s`: a new local shell, current but not yet connected (its banner waits). */
  startShell(desc = '{shell,start,[]}'): Job {
    const io = this.deps.newIo();
    const job = this.adopt(io, null, desc);
    const shell = this.deps.newShell(io);
    job.shell = shell;
    shell.banner();
    shell.begin();
    this.current = job;
    return job;
  }

  find(id: number): Job | null {
    return this.jobs.find((j) => j.id === id) ?? null;
  }

  /** Gives the terminal to a job. */
  connect(job: Job): void {
    for (const j of this.jobs) if (j !== job && j.editor.isConnected) j.editor.disconnect();
    this.current = job;
    job.editor.connect();
  }

  /** `r Node`: a job whose shell runs on another node, current but not yet connected. */
  startRemote(desc: string, start: (io: UserIo, job: Job) => JobShell): Job {
    const io = this.deps.newIo();
    const job = this.adopt(io, null, desc);
    job.shell = start(io, job);
    this.current = job;
    return job;
  }

  /** `k`: the job's shell dies and the job is gone. */
  kill(job: Job): void {
    job.shell?.kill();
    this.remove(job);
  }

  /** The job is gone (killed, or its shell ended by itself). */
  remove(job: Job): void {
    if (!this.jobs.includes(job)) return;
    job.editor.disconnect();
    // Whatever its io server still prints goes nowhere, as for a dead group.
    job.io.terminal = { waiting: () => {}, output: () => {} };
    this.jobs.splice(this.jobs.indexOf(job), 1);
    if (this.current === job) this.current = null;
  }

  /** `j`: one line per job, as user_drv prints them. */
  listing(): string {
    return this.jobs.map((j) => `${String(j.id).padStart(4)}${j === this.current ? '*' : ' '} ${j.desc}\n`).join('');
  }
}
