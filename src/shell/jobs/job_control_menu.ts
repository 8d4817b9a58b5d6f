// Ctrl-G: the "User switch command" menu of user_drv, with erl's texts.
// c [nn] connects to a job, i [nn] interrupts it, k [nn] kills it, j lists
// the jobs, s starts a local shell, r [Node] starts a shell on Node
// (remote_job.ts), q halts the node, ? and h print the help.

import type { Key } from '../terminal/keys.js';
import type { TermWriter } from '../terminal/writer.js';
import { MenuLine } from '../terminal/menu_line.js';
import type { Job, JobControl } from './job_control.js';

export const SWITCH_HELP =
  '  c [nn]            - connect to job\n' +
  '  i [nn]            - interrupt job\n' +
  '  k [nn]            - kill job\n' +
  '  j                 - list all jobs\n' +
  '  s [shell]         - start local shell\n' +
  '  r [node [shell]]  - start remote shell\n' +
  '  q                 - quit erlang\n' +
  '  ? | h             - this message\n';

const PROMPT = ' --> ';

export interface SwitchActions {
  /** Leave the menu for this job. */
  enter(job: Job): void;
  halt(status: number): void;
  /** Whether the node has a name (r needs one). */
  alive(): boolean;
  /** node() as erl writes it. */
  nodeName(): string;
  /** r Node: a shell job on another node. */
  remote(node: string): void;
}

export class UserSwitchMenu {
  private readonly line: MenuLine;

  constructor(
    private readonly term: TermWriter,
    private readonly jobs: JobControl,
    private readonly actions: SwitchActions,
  ) {
    this.line = new MenuLine(term);
  }

  open(): void {
    this.term.write('\nUser switch command\n' + PROMPT);
  }

  key(k: Key): void {
    const line = this.line.key(k);
    if (line === null) return;
    const reply = this.command(
      line
        .trim()
        .split(/\s+/)
        .filter((w) => w.length > 0),
    );
    if (reply !== null) this.term.write(reply + PROMPT);
  }

  /** Runs one command; the text to print before the next prompt, or null when the menu is left. */
  private command(words: string[]): string | null {
    if (words.length === 0) return '';
    const [cmd, arg, extra] = words as [string, string | undefined, string | undefined];
    const job = (): Job | null | 'bad' => {
      if (arg === undefined) return this.jobs.current;
      if (!/^\d+$/.test(arg) || extra !== undefined) return 'bad';
      return this.jobs.find(Number(arg));
    };
    switch (cmd) {
      case 'c': {
        const j = job();
        if (j === 'bad') return 'Unknown command\n';
        if (j === null) return 'Unknown job\n';
        this.actions.enter(j);
        return null;
      }
      case 'i': {
        const j = job();
        if (j === 'bad') return 'Unknown command\n';
        if (j === null) return 'Unknown job\n';
        j.shell?.interrupt();
        return '';
      }
      case 'k': {
        const j = job();
        if (j === 'bad') return 'Unknown command\n';
        if (j === null) return 'Unknown job\n';
        this.jobs.kill(j);
        return '';
      }
      case 'j':
        return arg === undefined ? this.jobs.listing() : 'Unknown command\n';
      case 's':
        this.jobs.startShell();
        return '';
      case 'r':
        // `r` alone, or naming this node, starts a local shell; any other node a remote one.
        if (arg === undefined && !this.actions.alive()) return 'Not alive\n';
        if (arg === undefined || arg === this.actions.nodeName()) {
          this.jobs.startShell(`{${this.actions.nodeName()},shell,start,[]}`);
          return '';
        }
        // user_drv reads the node as an atom token (erl_scan).
        if (!/^[a-z][A-Za-z0-9_@]*$/.test(arg) || extra !== undefined) return 'Unknown command\n';
        this.actions.remote(arg);
        return '';
      case 'q':
        if (arg !== undefined) return 'Unknown command\n';
        this.actions.halt(0);
        return null;
      case '?':
      case 'h':
        return SWITCH_HELP;
      default:
        return 'Unknown command\n';
    }
  }
}
