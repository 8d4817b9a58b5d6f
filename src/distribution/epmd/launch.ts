// Making sure an EPMD answers before a node registers, the way erlexec does
// it for `erl -sname`: use the one that runs; else start `epmd -daemon` when
// Erlang/OTP is installed; else start ours (bin/erlts-epmd) as a detached
// process. Never a second one: each starter that loses the race for the port
// exits quietly, and we only ever start one when nothing answers.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeChildProcess } from '../../terms/lazy_builtins.js';
import { fileURLToPath } from 'node:url';
import { epmdAnswers, type EpmdAddress } from './client.js';

export type EpmdChoice = 'system' | 'builtin';

/** bin/erlts-epmd of this package, from build/src/distribution/epmd/launch.js or the bundle build/erlts.cjs. */
export function builtinEpmdScript(): string | null {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'bin', 'erlts-epmd');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function systemEpmd(env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, 'epmd');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Starts one EPMD on `port`, detached from this process. */
async function startEpmd(port: number, choice: EpmdChoice, env: NodeJS.ProcessEnv): Promise<boolean> {
  const childEnv = { ...env, ERL_EPMD_PORT: String(port) };
  const system = choice === 'system' ? systemEpmd(env) : null;
  if (system !== null) {
    // `epmd -daemon` forks the daemon and returns at once; the daemon lives on.
    const started = await new Promise<boolean>((resolve) => {
      const child = nodeChildProcess().spawn(system, ['-daemon', '-port', String(port)], { env: childEnv, stdio: 'ignore' });
      child.on('error', () => resolve(false));
      child.on('exit', (code) => resolve(code === 0));
    });
    if (started) return true;
  }
  const script = builtinEpmdScript();
  if (script === null) return false;
  const child = nodeChildProcess().spawn(process.execPath, [script, '-port', String(port)], { env: childEnv, detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
  return true;
}

/**
 * Resolves true once an EPMD answers on addr (starting one when needed),
 * false if none came up. `choice` says which EPMD to start: ERLTS_EPMD=builtin
 * in the environment forces ours even where Erlang/OTP is installed.
 */
export async function ensureEpmd(addr: EpmdAddress, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (await epmdAnswers(addr)) return true;
  const choice: EpmdChoice = env.ERLTS_EPMD === 'builtin' ? 'builtin' : 'system';
  if (!(await startEpmd(addr.port, choice, env))) return false;
  // ≈ 100 ms × 50, like the back-off erl's start script allows.
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (await epmdAnswers(addr, 500)) return true;
  }
  return false;
}
