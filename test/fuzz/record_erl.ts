// Records real erl's answers to the fuzzer's inputs into golden.jsonl.
//   npx tsc -p tsconfig.json && node build/test/fuzz/record_erl.js [count] [seed]
// Inputs erl itself does not get through (hangs, runs out of memory, exits)
// are recorded with that status and left out of the sessions, which are then
// run again without them, so each recorded answer comes from the same
// session the test gives erlts.

import { spawnSync } from 'node:child_process';
import { signature, normalize } from './classify.js';
import { DEFAULT_SEED, GENERATOR_VERSION, generateInput, inputHash } from './generate.js';
import { writeGolden, type GoldenEntry } from './golden.js';
import { BATCH, ERL_LIMITS, batchesFor, erlCommand, runInputs } from './plan.js';
import type { InputResult } from './session.js';

const OUT_CHARS = 300;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 5000);
  const seed = Number(process.argv[3] ?? DEFAULT_SEED);
  const ids = Array.from({ length: count }, (_, i) => i);
  const skip = new Set<number>();
  const failed = new Map<number, InputResult>();
  const results = new Map<number, InputResult>();
  let todo = ids;
  for (let round = 0; round < 4 && todo.length > 0; round++) {
    const got = await runInputs(erlCommand(), batchesFor(seed, todo, skip), ERL_LIMITS, 2);
    const again = new Set<number>();
    for (const r of got.values()) {
      results.set(r.id, r);
      if (r.status === 'ok') continue;
      skip.add(r.id);
      failed.set(r.id, r);
      again.add(Math.floor(r.id / BATCH));
      process.stderr.write(`erl did not get through input ${r.id}: ${r.status}\n`);
    }
    // What ran after a restart ran in another session than the test's: run those batches again.
    todo = todo.filter((id) => again.has(Math.floor(id / BATCH)));
  }
  const entries = new Map<number, GoldenEntry>();
  for (const id of ids) {
    const r = failed.get(id) ?? results.get(id);
    if (r === undefined) throw new Error(`no result for input ${id}`);
    const out = normalize(r.out);
    entries.set(id, {
      id,
      hash: inputHash(generateInput(seed, id)),
      status: r.status,
      kinds: r.status === 'ok' ? signature(r.out) : '',
      out: out.length > OUT_CHARS ? `${out.slice(0, OUT_CHARS)}...` : out,
    });
  }
  const version = spawnSync(
    'erl',
    ['-noshell', '-eval', 'io:format("OTP ~s erts ~s", [erlang:system_info(otp_release), erlang:system_info(version)]), halt().'],
    {
      encoding: 'utf8',
    },
  ).stdout;
  writeGolden({ header: { generator: GENERATOR_VERSION, seed, count, batch: BATCH, erl: version }, entries });
  process.stderr.write(`recorded ${count} inputs (${failed.size} that erl does not get through)\n`);
}

await main();
