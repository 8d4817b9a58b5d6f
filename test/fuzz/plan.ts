// How the fuzzer runs a set of inputs: in batches of consecutive ids, one
// shell session per batch, the same split for erl (recording) and erlts (the
// test), so both see each input after the same earlier ones.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateInput } from './generate.js';
import { runBatches, shellEnv, type FuzzInput, type InputResult, type Limits, type ShellCommand } from './session.js';

export const BATCH = 100;
const LAUNCHER = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));

/** Inputs by batch (id / BATCH), leaving out `skip`. */
export function batchesFor(seed: number, ids: readonly number[], skip: ReadonlySet<number> = new Set()): FuzzInput[][] {
  const byBatch = new Map<number, FuzzInput[]>();
  for (const id of ids) {
    if (skip.has(id)) continue;
    const key = Math.floor(id / BATCH);
    const list = byBatch.get(key) ?? [];
    list.push({ id, text: generateInput(seed, id) });
    byBatch.set(key, list);
  }
  return [...byBatch.keys()].sort((a, b) => a - b).map((k) => byBatch.get(k)!);
}

/** Real erl under an address-space limit (BEAM, unlike V8, runs fine under one): it reports running out of memory and exits. */
export function erlCommand(): ShellCommand {
  return { argv: ['sh', '-c', 'ulimit -v 4000000; exec erl'], env: shellEnv() };
}

/** erlts with a bounded V8 heap; the session's memory watchdog bounds the rest. */
export function erltsCommand(): ShellCommand {
  return { argv: [LAUNCHER], env: shellEnv({ NODE_OPTIONS: '--max-old-space-size=1536' }) };
}

export function erlAvailable(): boolean {
  const r = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { timeout: 20_000 });
  return r.status === 0;
}

export const ERL_LIMITS: Limits = { chunkMs: 15_000, rssBytes: 2_500_000_000 };

export async function runInputs(cmd: ShellCommand, batches: FuzzInput[][], limits: Limits, parallel: number): Promise<Map<number, InputResult>> {
  const results = await runBatches(cmd, batches, limits, parallel);
  return new Map(results.map((r) => [r.id, r]));
}
