// Any command (erlts or real erl) under a pseudo-terminal through
// test/shell/pty_relay.py, for the remote shell tests: keys in, a rendered
// screen out, waits for screen content with generous limits.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { Screen } from '../shell/tty_screen.js';
import { ROOT } from '../shell/tty_harness.js';

const RELAY = path.join(ROOT, 'test', 'shell', 'pty_relay.py');
export const ERLTS = path.join(ROOT, 'bin', 'erlts');
const WAIT_MS = 20000;

export class PtyCommand {
  readonly screen = new Screen(100);
  raw = '';
  private exitCode: number | null | undefined = undefined;
  private readonly child: ChildProcess;

  constructor(cmd: string[], env: Record<string, string>, cwd: string) {
    const full: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(ERL_|ERLTS_)/.test(k)) full[k] = v;
    Object.assign(full, { TERM: 'xterm', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1' }, env);
    this.child = spawn('python3', [RELAY, '100', '40', ...cmd], { env: full, cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (s: string) => {
      this.raw += s;
      this.screen.write(s);
    });
    this.child.on('exit', (code) => (this.exitCode = code));
  }

  send(keys: string): void {
    this.child.stdin!.write(keys);
  }

  /** The screen's lines without trailing blank ones. */
  lines(): string[] {
    const l = this.screen.lines().map((x) => x.trimEnd());
    while (l.length > 0 && l[l.length - 1] === '') l.pop();
    return l;
  }

  /** Waits until the screen shows `what` (and differs from `unlike`, the screen before some keys). */
  async waitFor(what: string | RegExp, ms = WAIT_MS, unlike: string | null = null): Promise<void> {
    const test = (t: string) => t !== unlike && (typeof what === 'string' ? t.includes(what) : what.test(t));
    const deadline = Date.now() + ms;
    while (!test(this.screen.text())) {
      if (this.exitCode !== undefined) throw new Error(`exited (${this.exitCode}) before showing ${String(what)}; screen:\n${this.screen.text()}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(what)}; screen:\n${this.screen.text()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Types keys, then waits for `next` on a screen that has changed. */
  async type(line: string, next: string | RegExp): Promise<void> {
    const before = this.screen.text();
    this.send(line);
    await this.waitFor(next, WAIT_MS, before);
  }

  async exited(ms = WAIT_MS): Promise<number | null> {
    const deadline = Date.now() + ms;
    while (this.exitCode === undefined) {
      if (Date.now() > deadline) throw new Error(`did not exit; screen:\n${this.screen.text()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.exitCode;
  }

  close(): void {
    if (this.exitCode === undefined) this.child.kill('SIGKILL');
  }
}
