// The shell fuzzer: thousands of mutated Erlang inputs (generate.ts) piped
// into erlts's interactive shell in batches, each answer compared with what
// real erl answered (golden.jsonl, recorded by record_erl.ts). For every
// input: no JavaScript error text, no crash of the node, no hang, and the
// same kind of answer as erl (value, exception, syntax error, ...) for at
// least 95% of inputs. Failures that are someone's open work are listed in
// known_failures.txt (`ID reason`).
//
//   FUZZ_INPUTS=20000 node --test build/test/fuzz/shell_fuzz.test.js
// runs more inputs than were recorded; those beyond the golden data are
// answered by the real erl on this machine (skipped, with a message, where
// there is none). FUZZ_SEED picks another stream (all live), FUZZ_PARALLEL
// the number of shells at once (2), FUZZ_ALL=1 also runs the inputs listed
// as hanging, FUZZ_REPORT=file writes every problem
// (listed or not) with its input and both answers.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsErrorText, normalize, signature } from './classify.js';
import { GENERATOR_VERSION, generateInput, inputHash } from './generate.js';
import { readGolden, readKnownFailures, type GoldenEntry } from './golden.js';
import { ERL_LIMITS, batchesFor, erlAvailable, erlCommand, erltsCommand, runInputs } from './plan.js';

const ERLTS_LIMITS = { chunkMs: 20_000, rssBytes: 2_500_000_000 };
const MIN_MATCH = 0.95;

interface Expected {
  kinds: string;
  out: string;
}

interface Problem {
  id: number;
  what: string;
  erl: string;
  erlts: string;
}

function excerpt(text: string, max = 240): string {
  const t = JSON.stringify(text);
  return t.length > max ? `${t.slice(0, max)}...(${text.length} chars)` : t;
}

test('shell fuzzer: mutated input gets the kind of answer erl gives, and never a crash', { timeout: 60 * 60_000 }, async (t) => {
  const golden = readGolden();
  assert.ok(golden !== null, 'test/fuzz/golden.jsonl is missing: node build/test/fuzz/record_erl.js');
  const seed = Number(process.env.FUZZ_SEED ?? golden.header.seed);
  const count = Number(process.env.FUZZ_INPUTS ?? golden.header.count);
  const parallel = Number(process.env.FUZZ_PARALLEL ?? 2);
  const fromGolden = seed === golden.header.seed;
  if (fromGolden) {
    assert.equal(golden.header.generator, GENERATOR_VERSION, 'the generator changed: re-record with node build/test/fuzz/record_erl.js');
  }

  const expected = new Map<number, Expected>();
  const skip = new Set<number>();
  const live: number[] = [];
  for (let id = 0; id < count; id++) {
    const g: GoldenEntry | undefined = fromGolden ? golden.entries.get(id) : undefined;
    if (g === undefined) {
      live.push(id);
      continue;
    }
    assert.equal(g.hash, inputHash(generateInput(seed, id)), `input ${id} is not the recorded one: re-record with node build/test/fuzz/record_erl.js`);
    if (g.status === 'ok') expected.set(id, { kinds: g.kinds, out: g.out });
    else skip.add(id); // erl itself hangs or runs out of memory on it
  }
  if (live.length > 0) {
    if (!erlAvailable()) {
      t.diagnostic(`SKIPPED ${live.length} inputs beyond the golden data: no real erl on this machine`);
      for (const id of live) skip.add(id);
    } else {
      const got = await runInputs(erlCommand(), batchesFor(seed, live), ERL_LIMITS, parallel);
      for (const [id, r] of got) {
        if (r.status === 'ok') expected.set(id, { kinds: signature(r.out), out: normalize(r.out) });
        else skip.add(id);
      }
    }
  }

  // Inputs listed as hanging cost the time limit each: run only with FUZZ_ALL=1.
  const known = readKnownFailures();
  const slow = [...known].filter(([id, why]) => why.startsWith('hang:') && id < count).map(([id]) => id);
  if (process.env.FUZZ_ALL !== '1') {
    for (const id of slow) skip.add(id);
    if (slow.length > 0) t.diagnostic(`${slow.length} inputs listed as hanging not run (FUZZ_ALL=1 runs them)`);
  }
  const ids = Array.from({ length: count }, (_, i) => i).filter((id) => !skip.has(id));
  const started = Date.now();
  const actual = await runInputs(erltsCommand(), batchesFor(seed, ids, skip), ERLTS_LIMITS, parallel);
  t.diagnostic(`${ids.length} inputs through erlts in ${((Date.now() - started) / 1000).toFixed(0)} s (${skip.size} left out)`);

  const problems: Problem[] = [];
  let matched = 0;
  for (const id of ids) {
    const want = expected.get(id)!;
    const got = actual.get(id);
    const out = got?.out ?? '';
    const problem = (what: string) => problems.push({ id, what, erl: want.out, erlts: normalize(out) });
    if (got === undefined) problem('no result');
    else if (got.status !== 'ok') problem(got.status.startsWith('exit:') ? `node ended (${got.status})` : got.status);
    else if (jsErrorText(out) !== null && jsErrorText(want.out) === null) problem(`JavaScript error text: ${jsErrorText(out)}`);
    else if (signature(out) !== want.kinds) problem(`kinds: erl [${want.kinds}], erlts [${signature(out)}]`);
    else matched++;
  }

  const byWhat = new Map<string, number>();
  for (const p of problems) {
    const key = p.what.replace(/\[.*$/, '').replace(/:.*$/, '');
    byWhat.set(key, (byWhat.get(key) ?? 0) + 1);
  }
  const rate = matched / ids.length;
  t.diagnostic(`kinds match for ${matched} of ${ids.length} inputs (${(rate * 100).toFixed(2)}%); problems: ${JSON.stringify(Object.fromEntries(byWhat))}`);
  // As everywhere (test/support/known_failures.ts): a listed input that passes fails the test until its line goes.
  const stale = [...known.keys()].filter((id) => id < count && !skip.has(id) && !problems.some((p) => p.id === id));
  const unlisted = problems.filter((p) => !known.has(p.id));
  const describe = (p: Problem) =>
    `#${p.id} ${p.what}\n  input: ${excerpt(generateInput(seed, p.id))}\n  erl:   ${excerpt(p.erl)}\n  erlts: ${excerpt(p.erlts)}`;
  // FUZZ_REPORT=file: every problem, listed or not, for sorting into categories.
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, problems.map(describe).join('\n') + '\n');
  const report = unlisted.slice(0, 25).map(describe).join('\n');
  assert.equal(unlisted.length, 0, `${unlisted.length} inputs fail and are not in test/fuzz/known_failures.txt:\n${report}`);
  assert.deepEqual(stale, [], `listed in test/fuzz/known_failures.txt but passing now: remove their lines`);
  assert.ok(rate >= MIN_MATCH, `kinds match for ${(rate * 100).toFixed(2)}% of inputs, below ${MIN_MATCH * 100}%`);
  assert.ok(ids.length >= Math.min(count, 5000) * 0.97, `only ${ids.length} of ${count} inputs could be compared`);
});
