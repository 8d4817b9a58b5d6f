// Runs batches of fuzz inputs through an interactive shell reading a pipe,
// as a user's scripted demo does (stdin piped, stdout and stderr merged, no
// -noshell), and splits what it printed into one chunk per input.
//
// After each input come a recovery line and a separator:
//
//   <input>
//   %$"$'
//   f().
//   io:format("@@SEP 17@@~n").
//
// The second line brings the scanner back to its ground state whatever the
// input left open. At the start of that line the scanner is in one of three
// states: between tokens, inside a string, or inside a quoted atom. Between
// tokens, `%` starts a comment: nothing changes. Inside a string, `%` and
// `$` are text and `"` closes it; `$'` is then a character. Inside a quoted
// atom, everything up to the `'` is text. So after the line all three are
// between tokens, and `f().` ends whatever form was pending (forgetting the
// bindings of a finished input, so one answer cannot change later ones); the
// separator then runs in a clean state and prints its marker.
//
// Every process is bounded: a chunk that takes too long (a hang) or a node
// whose memory passes a limit is killed, and the session goes on in a fresh
// shell after that input.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FuzzInput {
  id: number;
  text: string;
}

/** ok, or how the shell stopped: hung, too much memory, too much output, or exited (code or signal). */
export type Status = 'ok' | 'hang' | 'oom' | 'flood' | `exit:${string}`;

export interface InputResult {
  id: number;
  status: Status;
  /** What the shell printed for this input, prompts included, the separator's answer not. */
  out: string;
}

export interface ShellCommand {
  /** argv of the shell to start, e.g. ['erl'] or [node, 'bin/erlts']. */
  argv: string[];
  env?: NodeJS.ProcessEnv;
}

export interface Limits {
  /** Longest time one input may take before the shell counts as hung. */
  chunkMs: number;
  /** Resident memory of the shell's processes together. */
  rssBytes: number;
}

const OUTPUT_LIMIT = 32 * 1024 * 1024;
const MARKER = /@@SEP (\d+)@@\n/g;
const RECOVERY = `%$"$'\nf().\n`;

export function separator(id: number): string {
  return `io:format("@@SEP ${id}@@~n").\n`;
}

export function sessionText(inputs: readonly FuzzInput[]): string {
  return inputs.map((i) => `${i.text}\n${RECOVERY}${separator(i.id)}`).join('');
}

function treeRss(root: number): number {
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
      // ended while we looked
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // ended
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Chunks of one run: by marker id, the text before it; the tail after the last marker. */
function splitOutput(out: string): { chunks: Map<number, string>; tail: string } {
  const chunks = new Map<number, string>();
  let start = 0;
  const banner = /^Eshell V[^\n]*\n/m.exec(out);
  if (banner) start = banner.index + banner[0].length;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(out); m !== null; m = MARKER.exec(out)) {
    chunks.set(Number(m[1]), out.slice(start, m.index));
    start = m.index + m[0].length;
    if (out.startsWith('ok\n', start)) start += 3;
  }
  return { chunks, tail: out.slice(start) };
}

/** One shell process over `inputs`; stops at the first input it does not get through. */
async function runOnce(cmd: ShellCommand, inputs: readonly FuzzInput[], limits: Limits, cwd: string): Promise<InputResult[]> {
  // Through sh so stderr joins stdout in one pipe, in the real order; in a
  // process group of its own so a kill reaches erl's helper processes too.
  const child = spawn('sh', ['-c', 'exec "$0" "$@" 2>&1', ...cmd.argv], {
    cwd,
    env: cmd.env ?? process.env,
    stdio: ['pipe', 'pipe', 'ignore'],
    detached: true,
  });
  let out = '';
  let lastMarkerAt = Date.now();
  let scanned = 0;
  const collect = (chunk: Buffer) => {
    out += chunk.toString('latin1');
    if (out.length > OUTPUT_LIMIT) kill('flood');
    const found = out.indexOf('@@SEP ', Math.max(0, scanned - 6));
    scanned = out.length;
    if (found >= 0) lastMarkerAt = Date.now();
  };
  child.stdout!.on('data', collect);
  child.stdin!.on('error', () => {});
  child.stdin!.end(Buffer.from(sessionText(inputs), 'latin1'));
  let killedFor: Status | null = null;
  const exit = new Promise<string>((resolve) => {
    child.on('close', (code, signal) => resolve(code === null ? String(signal) : String(code)));
  });
  const kill = (why: Status) => {
    killedFor ??= why;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const watch = setInterval(() => {
    if (Date.now() - lastMarkerAt > limits.chunkMs) kill('hang');
    else if (treeRss(child.pid!) > limits.rssBytes) kill('oom');
  }, 250);
  const code = await exit;
  clearInterval(watch);
  const { chunks, tail } = splitOutput(out);
  const results: InputResult[] = [];
  for (const input of inputs) {
    const chunk = chunks.get(input.id);
    if (chunk !== undefined) {
      results.push({ id: input.id, status: 'ok', out: chunk });
      continue;
    }
    // The first input without a marker is where the shell stopped.
    results.push({ id: input.id, status: killedFor ?? `exit:${code}`, out: tail });
    break;
  }
  return results;
}

/** All of `inputs`, restarting the shell after an input it did not survive. */
export async function runSession(cmd: ShellCommand, inputs: readonly FuzzInput[], limits: Limits): Promise<InputResult[]> {
  const cwd = mkdtempSync(join(tmpdir(), 'erltsfuzz-'));
  try {
    const results: InputResult[] = [];
    let rest = inputs.slice();
    while (rest.length > 0) {
      const got = await runOnce(cmd, rest, limits, cwd);
      results.push(...got);
      rest = rest.slice(got.length);
      if (got.length === 0) break;
    }
    return results;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** Runs sessions `parallel` at a time, in order of the batches given. */
export async function runBatches(cmd: ShellCommand, batches: readonly FuzzInput[][], limits: Limits, parallel: number): Promise<InputResult[]> {
  const results: InputResult[][] = new Array(batches.length);
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await runSession(cmd, batches[i]!, limits);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return results.flat();
}

/** The shell environment of the conformance runner: C.UTF-8, TERM=dumb, no ERL_*FLAGS, no crash dumps. */
export function shellEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb', ERL_CRASH_DUMP_SECONDS: '0', ...extra };
  delete env.ERL_FLAGS;
  delete env.ERL_AFLAGS;
  delete env.ERL_ZFLAGS;
  return env;
}
