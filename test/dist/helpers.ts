// Shared by the distribution tests: free ports, real erl/epmd processes
// (each test file on its own random ERL_EPMD_PORT, never 4369), and waiting.

import * as net from 'node:net';
import { after, before } from 'node:test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { epmdAnswers } from '../../src/distribution/epmd/client.js';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import type { Net } from '../../src/distribution/net.js';

export const HAVE_ERL = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { stdio: 'ignore', timeout: 20000 }).status === 0;
export const HAVE_EPMD = spawnSync('epmd', ['-help'], { stdio: 'ignore' }).error === undefined;
export const NO_ERL = HAVE_ERL ? false : 'real erl is not installed (Debian: erlang-base); skipped';
export const NO_EPMD = HAVE_EPMD ? false : 'real epmd is not installed (Debian: erlang-base); skipped';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 10000, stepMs = 50): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(stepMs);
  }
  return cond();
}

/** Real epmd in the foreground on `port` (killed by the test, by its pid). */
export async function startRealEpmd(port: number): Promise<ChildProcess> {
  const child = spawn('epmd', ['-port', String(port)], { stdio: 'ignore' });
  await waitFor(() => epmdAnswers({ host: '127.0.0.1', port }, 200));
  return child;
}

export interface ErlRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Real `erl -noshell -eval Expr` with the test's EPMD port; nothing reads stdin. */
export function runErl(args: string[], expr: string, epmdPort: number): ErlRun {
  const child = spawn('erl', [...args, '-start_epmd', 'false', '-noshell', '-eval', expr], {
    env: { ...process.env, ERL_EPMD_PORT: String(epmdPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d.toString('latin1')));
  child.stderr!.on('data', (d) => (out += d.toString('latin1')));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

/** Collects the reports a Net logs. */
export function logSink(): { log: (level: string, text: string) => void; texts: string[] } {
  const texts: string[] = [];
  return { log: (_level, text) => texts.push(text), texts };
}

/** bin/erlts, the launcher the tests start as a real OS process. */
export const ERLTS_BIN = new URL('../../../bin/erlts', import.meta.url).pathname;

/** `bin/erlts -noshell -eval Expr` with the test's EPMD port, as runErl runs erl. */
export function runErlts(args: string[], expr: string, epmdPort: number, env: Record<string, string> = {}): ErlRun {
  const child = spawn(ERLTS_BIN, [...args, '-noshell', '-eval', expr], {
    env: { ...process.env, ERL_EPMD_PORT: String(epmdPort), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d.toString('latin1')));
  child.stderr!.on('data', (d) => (out += d.toString('latin1')));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

/**
 * An EPMD of the test file's own on a free port, listening before its tests
 * run; the nets the tests push onto `nets` are stopped, and the EPMD closed,
 * after them.
 */
export function ownEpmd(): { port: number; readonly nets: Net[] } {
  const own = { port: 0, nets: [] as Net[] };
  let epmd: EpmdServer | null = null;
  before(async () => {
    own.port = await freePort();
    epmd = new EpmdServer();
    await epmd.listen(own.port);
  });
  after(() => {
    for (const n of own.nets) n.stop();
    epmd?.close();
  });
  return own;
}
