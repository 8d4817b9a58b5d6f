// Runs one conformance case against an erl-compatible command, the way the
// corpus was recorded: fresh temp dir T (cwd T/work holding files/, HOME T/home
// holding home/), a clean environment, stdout and stderr merged by the shell so
// their order is the real one, stdin piped. Single-node cases get their whole
// input and then EOF; multi-node cases follow their `steps` script.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { killEpmd } from '../../src/distribution/epmd/client.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConformanceCase } from './cases.js';

export interface RunnerCommands {
  /** Replaces the word `erl` in cmd: the implementation under test (shell words). */
  erl: string;
  /** Replaces `realerl`: always real Erlang/OTP. */
  realErl: string;
  /** Replaces `erlc`. */
  erlc: string;
}

/** What a run produced, in the layout of the expected.* files (latin1 strings). */
export interface CaseOutput {
  out: string;
  rc: string;
  post: string | null;
  /** Per node, for multi-node cases (the single node is called `main`). */
  nodes: Map<string, string>;
}

const SINGLE_NODE_LIMIT_MS = 30_000;
const STEP_PROMPT_LIMIT_MS = 8_000;
const STEP_QUIET_MS = 250;
const START_PROMPT_LIMIT_MS = 15_000;
const EXIT_LIMIT_MS = 10_000;
const PROMPT_AT_END = /(^|\n)(\([^()\s]*\))?\d+> $/;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The temp dir layout of one case. */
interface Sandbox {
  root: string;
  work: string;
  home: string;
  env: NodeJS.ProcessEnv;
  epmdPort: number;
}

function makeSandbox(c: ConformanceCase): Sandbox {
  // Below the ephemeral range (32768+), so no outgoing socket holds it.
  const epmdPort = 12000 + Math.floor(Math.random() * 20000);
  const root = mkdtempSync(join(tmpdir(), 'erltscase-'));
  const work = join(root, 'work');
  const home = join(root, 'home');
  mkdirSync(work);
  mkdirSync(home);
  // cpSync keeps each file's mode, which cookie files in home/ rely on.
  if (existsSync(join(c.dir, 'files'))) cpSync(join(c.dir, 'files'), work, { recursive: true });
  if (existsSync(join(c.dir, 'home'))) cpSync(join(c.dir, 'home'), home, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, T: root, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: c.tty ? 'xterm' : 'dumb' };
  // A private EPMD per case: cases reuse node names (goldserver...), and runs
  // side by side (or a user's own nodes) must not see each other's names.
  env.ERL_EPMD_PORT = String(epmdPort);
  delete env.ERL_FLAGS;
  delete env.ERL_AFLAGS;
  delete env.ERL_ZFLAGS;
  return { root, work, home, env, epmdPort };
}

function runHook(c: ConformanceCase, box: Sandbox, hook: 'setup.sh' | 'post.sh'): string | null {
  const script = join(c.dir, hook);
  if (!existsSync(script)) return null;
  const result = spawnSync('bash', [script], { cwd: box.work, env: box.env, encoding: 'latin1', timeout: 30_000 });
  return (result.stdout ?? '') + (result.stderr ?? '');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * `[VAR=value ...] erl args` as an sh command line: the program word replaced,
 * `$T` expanded, stderr merged into stdout; under `script` for tty cases.
 */
export function shellCommand(cmdLine: string, commands: RunnerCommands, tempRoot: string, tty: boolean): string {
  const line = cmdLine.replace(/\$T\b/g, tempRoot);
  const match = /^((?:\s*[A-Za-z_][A-Za-z0-9_]*=\S*)*)\s*(erlc|realerl|erl)(?=\s|$)(.*)$/.exec(line);
  if (!match) throw new Error(`cmd line must run erl, realerl or erlc: ${cmdLine}`);
  const program = match[2] === 'erlc' ? commands.erlc : match[2] === 'realerl' ? commands.realErl : commands.erl;
  const inner = `${match[1]!.trim()} exec ${program}${match[3]} 2>&1`.trim();
  return tty ? `exec script -qec ${shellQuote(inner)} /dev/null` : inner;
}

/** Every live descendant of `root`, found through /proc, so each can be killed by its own pid. */
function descendantPids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop()!) ?? []) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}

/** One started command: its merged output so far and its exit. */
class NodeProcess {
  output = '';
  lastOutputAt = Date.now();
  exitCode: string | null = null;
  /** The pipes are drained; a daemon the node started (epmd) might keep them open, so exit alone decides. */
  private streamsClosed = false;
  private child: ChildProcess | null = null;

  constructor(
    readonly name: string,
    private readonly command: string,
  ) {}

  get started(): boolean {
    return this.child !== null;
  }

  get exited(): boolean {
    return this.exitCode !== null;
  }

  start(box: Sandbox): void {
    const child = spawn('sh', ['-c', this.command], { cwd: box.work, env: box.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('latin1');
      this.lastOutputAt = Date.now();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.stdin!.on('error', () => {}); // the node may exit before reading everything
    child.on('exit', (code, signal) => {
      this.exitCode = code === null ? String(signal) : String(code);
    });
    child.on('close', () => {
      this.streamsClosed = true;
    });
    this.child = child;
  }

  write(bytes: Buffer): void {
    const stdin = this.child?.stdin;
    if (stdin && !this.exited && stdin.writable) stdin.write(bytes);
  }

  closeInput(): void {
    this.child?.stdin?.end();
  }

  async waitExit(limitMs: number): Promise<boolean> {
    const deadline = Date.now() + limitMs;
    while (!this.exited && Date.now() < deadline) await sleep(20);
    const drainDeadline = Date.now() + 500;
    while (this.exited && !this.streamsClosed && Date.now() < drainDeadline) await sleep(10);
    return this.exited;
  }

  /** Waits for output past `mark` that ends with a prompt, then `quietMs` of silence. */
  async waitPrompt(mark: number, limitMs = STEP_PROMPT_LIMIT_MS, quietMs = STEP_QUIET_MS): Promise<boolean> {
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline) {
      if (this.exited) {
        await sleep(100);
        return true;
      }
      const quiet = Date.now() - this.lastOutputAt >= quietMs;
      if (this.output.length > mark && PROMPT_AT_END.test(this.output) && quiet) return true;
      await sleep(20);
    }
    return false;
  }

  async waitQuiet(quietMs: number, limitMs = STEP_PROMPT_LIMIT_MS): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline && Date.now() - this.lastOutputAt < quietMs && !this.exited) await sleep(20);
  }

  async waitFor(text: string, limitMs = EXIT_LIMIT_MS): Promise<boolean> {
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline) {
      if (this.output.includes(text)) return true;
      if (this.exited) return false;
      await sleep(20);
    }
    return false;
  }

  /** SIGKILL to this command and everything it started, one pid at a time. */
  kill(): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    const victims = [...descendantPids(pid), ...(this.exited ? [] : [pid])];
    for (const victim of victims) {
      try {
        process.kill(victim, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  /** Kills a node that outlived its limit and marks the output like the reference driver. */
  async killForTimeout(): Promise<void> {
    this.output += '\n<<<DRIVER: TIMEOUT, killed>>>\n';
    this.kill();
    await this.waitExit(3000);
    this.exitCode = 'killed';
  }
}

async function runSingleNode(c: ConformanceCase, box: Sandbox, commands: RunnerCommands, tracked: NodeProcess[]): Promise<NodeProcess[]> {
  const cmdLine = readFileSync(join(c.dir, 'cmd'), 'utf8').trim().split('\n')[0]!;
  runHook(c, box, 'setup.sh');
  const node = new NodeProcess('main', shellCommand(cmdLine, commands, box.root, c.tty));
  tracked.push(node);
  node.start(box);
  const inputPath = join(c.dir, 'input.erl-shell');
  node.write(existsSync(inputPath) ? readFileSync(inputPath) : Buffer.alloc(0));
  node.closeInput();
  const limitPath = join(c.dir, 'timeout');
  const limit = existsSync(limitPath) ? Number(readFileSync(limitPath, 'utf8')) : SINGLE_NODE_LIMIT_MS;
  if (!(await node.waitExit(limit))) await node.killForTimeout();
  return [node];
}

function parseNodes(c: ConformanceCase, box: Sandbox, commands: RunnerCommands, tracked: NodeProcess[]): Map<string, NodeProcess> {
  const nodes = new Map<string, NodeProcess>();
  for (const line of readFileSync(join(c.dir, 'cmd'), 'utf8').split('\n')) {
    const match = /^(\w+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const node = new NodeProcess(match[1]!, shellCommand(match[2]!, commands, box.root, c.tty));
    nodes.set(match[1]!, node);
    tracked.push(node);
  }
  return nodes;
}

/** Runs one line of a `steps` script. */
async function runStep(line: string, node: (name: string) => NodeProcess, box: Sandbox): Promise<void> {
  let m: RegExpExecArray | null;
  if ((m = /^start (\w+)$/.exec(line))) {
    const n = node(m[1]!);
    n.start(box);
    if (!(await n.waitPrompt(0, START_PROMPT_LIMIT_MS, 300))) await n.waitQuiet(300, 3000);
  } else if ((m = /^startbg (\w+)$/.exec(line))) {
    node(m[1]!).start(box);
  } else if ((m = /^sleep (\d+)$/.exec(line))) {
    await sleep(Number(m[1]));
  } else if ((m = /^quiet (\w+)(?: (\d+))?$/.exec(line))) {
    await node(m[1]!).waitQuiet(Number(m[2] ?? 300));
  } else if ((m = /^waitfor (\w+) (.*)$/.exec(line))) {
    await node(m[1]!).waitFor(m[2]!);
    await node(m[1]!).waitQuiet(200);
  } else if ((m = /^eof (\w+)$/.exec(line))) {
    node(m[1]!).closeInput();
  } else if ((m = /^close (\w+)$/.exec(line))) {
    node(m[1]!).closeInput();
    await node(m[1]!).waitExit(EXIT_LIMIT_MS);
  } else if ((m = /^waitexit (\w+)(?: (\d+))?$/.exec(line))) {
    await node(m[1]!).waitExit(Number(m[2] ?? EXIT_LIMIT_MS));
  } else if ((m = /^kill (\w+)$/.exec(line))) {
    node(m[1]!).kill();
    await node(m[1]!).waitExit(5000);
  } else if ((m = /^(\w+)\| ?(.*)$/.exec(line))) {
    node(m[1]!).write(Buffer.from(`${m[2]}\n`, 'utf8'));
  } else if ((m = /^(\w+): ?(.*)$/.exec(line))) {
    const n = node(m[1]!);
    const mark = n.output.length;
    n.write(Buffer.from(`${m[2]}\n`, 'utf8'));
    await n.waitPrompt(mark);
  } else {
    throw new Error(`bad step: ${line}`);
  }
}

async function runMultiNode(c: ConformanceCase, box: Sandbox, commands: RunnerCommands, tracked: NodeProcess[]): Promise<NodeProcess[]> {
  const nodes = parseNodes(c, box, commands, tracked);
  const node = (name: string): NodeProcess => {
    const found = nodes.get(name);
    if (!found) throw new Error(`${c.name}: unknown node ${name}`);
    return found;
  };
  runHook(c, box, 'setup.sh');
  for (const raw of readFileSync(join(c.dir, 'steps'), 'utf8').split('\n')) {
    const line = raw.trimEnd();
    if (line && !line.startsWith('#')) await runStep(line, node, box);
  }
  const running = [...nodes.values()].filter((n) => n.started && !n.exited);
  // On a pty, closing input makes erl's line editor ring a bell: let q() finish first.
  if (c.tty) for (const n of running) await n.waitExit(3000);
  for (const n of running) if (!n.exited) n.closeInput();
  for (const n of running) if (!(await n.waitExit(EXIT_LIMIT_MS))) await n.killForTimeout();
  return [...nodes.values()];
}

function collectOutput(c: ConformanceCase, nodes: NodeProcess[], post: string | null): CaseOutput {
  const perNode = new Map(nodes.map((n) => [n.name, n.output]));
  if (!c.multiNode) {
    const only = nodes[0]!;
    return { out: only.output, rc: `${only.exitCode}\n`, post, nodes: perNode };
  }
  const out = nodes.map((n) => `=== ${n.name} ===\n${n.output}${n.output.endsWith('\n') ? '' : '\n'}`).join('');
  const rc = nodes.map((n) => `${n.name} ${n.exitCode}\n`).join('');
  return { out, rc, post, nodes: perNode };
}

export interface RunCaseOptions {
  /** Keep the temp dir (its path is printed to stderr). */
  keepTemp?: boolean;
}

/** Runs one case to completion; never leaves a process behind. */
export async function runCase(c: ConformanceCase, commands: RunnerCommands, options: RunCaseOptions = {}): Promise<CaseOutput> {
  const box = makeSandbox(c);
  const tracked: NodeProcess[] = [];
  try {
    const nodes = c.multiNode ? await runMultiNode(c, box, commands, tracked) : await runSingleNode(c, box, commands, tracked);
    await sleep(50);
    return collectOutput(c, nodes, runHook(c, box, 'post.sh'));
  } finally {
    for (const n of tracked) if (n.started && !n.exited) n.kill();
    await killEpmd({ host: '127.0.0.1', port: box.epmdPort }).catch(() => false);
    if (options.keepTemp) process.stderr.write(`kept ${box.root}\n`);
    else rmSync(box.root, { recursive: true, force: true });
  }
}
