// One node:test test per corpus case, run against bin/erlts (the word `erl` in
// cmd; `realerl` and `erlc` stay real Erlang/OTP). Cases in
// known_failures.txt still run and are judged by test/support/known_failures.ts
// (skipped with their reason while failing, a failure once they pass); a case
// without expected.out fails (judge.ts). ERLTS_CONFORMANCE_DIST=0
// leaves the multi-node cases out (quicker local runs). ERLTS_CONFORMANCE_ERL
// points the suite at another command (e.g. `erl` to check the runner).

import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { knownFailureReason, listCases, type ConformanceCase } from './cases.js';
import { judgeKnown, loadKnownFailures, unusedIds } from '../support/known_failures.js';
import { judgeCase } from './judge.js';
import { CASES_DIR, ERLTS_LAUNCHER } from './paths.js';
import { runCase, type RunnerCommands } from './runner.js';
import { CaseScheduler } from './scheduler.js';

const commands: RunnerCommands = {
  erl: process.env.ERLTS_CONFORMANCE_ERL ?? ERLTS_LAUNCHER,
  realErl: process.env.REAL_ERL ?? 'erl',
  erlc: process.env.ERLC_CMD ?? 'erlc',
};
const RETRIES = 1;
const known = loadKnownFailures('conformance');
const distributionEnabled = process.env.ERLTS_CONFORMANCE_DIST !== '0';
const realErlangInstalled = spawnSync('sh', ['-c', 'command -v erl'], { stdio: 'ignore' }).status === 0;
const scheduler = new CaseScheduler(2);

function skipReason(c: ConformanceCase): string | undefined {
  if (c.multiNode && !distributionEnabled) return 'multi-node case: left out by ERLTS_CONFORMANCE_DIST=0';
  if (c.needsRealErlang && !realErlangInstalled) return 'needs real Erlang/OTP (realerl/erlc) but no erl is installed';
  return undefined;
}

describe('conformance corpus', { concurrency: 2 }, () => {
  const cases = listCases(CASES_DIR);
  it('lists only cases that exist', () => {
    assert.deepEqual(
      unusedIds(
        known,
        cases.flatMap((c) => [c.name, c.id]),
      ),
      [],
      `stale lines in ${known.file}`,
    );
  });
  for (const c of cases) {
    const skip = skipReason(c);
    it(c.name, { skip: skip ?? false, timeout: 120_000 }, async (t) => {
      await scheduler.run(c.usesFixedNodeNames, async () => {
        let verdict = judgeCase(c, await runCase(c, commands));
        for (let retry = 0; !verdict.pass && c.timingDependent && retry < RETRIES; retry++) {
          verdict = judgeCase(c, await runCase(c, commands));
        }
        const first = verdict.mismatches[0];
        const problem = first ? `expected.${first.file} differs at line ${first.line}` : undefined;
        const outcome = judgeKnown(known, knownFailureReason(known, c), c.name, problem);
        if (outcome.kind === 'skip') t.skip(outcome.message);
        else if (outcome.kind === 'fail' && first === undefined) assert.fail(outcome.message);
        else if (outcome.kind === 'fail') assert.equal(first!.actual, first!.expected, problem);
      });
    });
  }
});
