// Runs bin/erlts under a pseudo-terminal (test/shell/pty_relay.py; node has
// no pty of its own), sends keystrokes and renders what comes back on a
// Screen. Waits are for specific screen content, never fixed sleeps, with
// generous limits so that a loaded CI machine does not fail them.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Screen } from './tty_screen.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository: build/test/shell/ -> ../../.. */
export const ROOT = path.resolve(here, '../../..');
const RELAY = path.join(ROOT, 'test', 'shell', 'pty_relay.py');
const ERLTS = path.join(ROOT, 'bin', 'erlts');

export const WAIT_MS = 20000;

/** Why pty tests cannot run here, or null. */
export function ptyUnavailable(): string | null {
  const r = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' });
  if (r.error !== undefined || r.status !== 0) return 'python3 with the pty module is needed';
  return null;
}

export class PtySession {
  readonly screen: Screen;
  raw = '';
  private readonly child: ChildProcess;
  private exitCode: number | null | undefined = undefined;
  private waiters: (() => void)[] = [];
  readonly home: string;

  constructor(args: string[] = [], opts: { env?: Record<string, string>; home?: string; cols?: number } = {}) {
    const cols = opts.cols ?? 80;
    this.screen = new Screen(cols);
    this.home = opts.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-tty-'));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(ERL_|ERLTS_)/.test(k)) env[k] = v;
    Object.assign(env, { HOME: this.home, TERM: 'xterm', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1' }, opts.env ?? {});
    // TTY_TEST_ERL=erl runs the same tests against real erl, to check what they expect.
    const cmd = process.env.TTY_TEST_ERL ? [process.env.TTY_TEST_ERL] : [process.execPath, ERLTS];
    this.child = spawn('python3', [RELAY, String(cols), '24', ...cmd, ...args], { env, cwd: this.home, stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (s: string) => {
      this.raw += s;
      this.screen.write(s);
      this.wake();
    });
    this.child.on('exit', (code) => {
      this.exitCode = code;
      this.wake();
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  send(keys: string): void {
    this.child.stdin!.write(keys);
  }

  /** Waits until the screen shows `what` (a substring, a pattern, or a test on the text). */
  async waitFor(what: string | RegExp | ((text: string) => boolean), ms = WAIT_MS): Promise<string> {
    const test = typeof what === 'string' ? (t: string) => t.includes(what) : what instanceof RegExp ? (t: string) => what.test(t) : what;
    const deadline = Date.now() + ms;
    for (;;) {
      const t = this.screen.text();
      if (test(t)) return t;
      if (this.exitCode !== undefined) throw new Error(`erlts exited (${this.exitCode}) before showing ${String(what)}; screen:\n${t}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${String(what)}; screen:\n${t}\nraw: ${JSON.stringify(this.raw.slice(-600))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the cursor's row reads `line` (prompt and typed text) and the cursor is at `col` (default: its end). */
  async waitForLine(line: string, col = line.length): Promise<string> {
    return this.waitFor(() => this.screen.currentLine() === line.trimEnd() && this.screen.col === col);
  }

  /** Waits for the exit status. */
  async exited(ms = WAIT_MS): Promise<number | null> {
    const deadline = Date.now() + ms;
    while (this.exitCode === undefined) {
      if (Date.now() > deadline) throw new Error(`erlts did not exit; screen:\n${this.screen.text()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.exitCode;
  }

  /** Ends the session whatever its state. */
  close(): void {
    if (this.exitCode === undefined) this.child.kill('SIGKILL');
  }
}

/** The shell is ready when its first prompt shows. */
export async function startShell(args: string[] = [], opts: { env?: Record<string, string>; home?: string } = {}): Promise<PtySession> {
  const s = new PtySession(args, opts);
  await s.waitForLine('1> ');
  return s;
}
