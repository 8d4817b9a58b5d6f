// One node:test test per corpus case, run against bin/erlts (the word `erl` in
// cmd; `realerl` and `erlc` stay real Erlang/OTP). Cases in
// known-failures.txt are skipped with their reason; ERLTS_CONFORMANCE_DIST=0
// leaves the multi-node cases out (quicker local runs). ERLTS_CONFORMANCE_ERL
// points the suite at another command (e.g. `erl` to check the runner).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { knownFailureReason, listCases, parseKnownFailures, type ConformanceCase } from './cases.js';
import { judgeCase } from './judge.js';
import { CASES_DIR, ERLTS_LAUNCHER, KNOWN_FAILURES_FILE } from './paths.js';
import { runCase, type RunnerCommands } from './runner.js';
import { CaseScheduler } from './scheduler.js';

const commands: RunnerCommands = {
  erl: process.env.ERLTS_CONFORMANCE_ERL ?? ERLTS_LAUNCHER,
  realErl: process.env.REAL_ERL ?? 'erl',
  erlc: process.env.ERLC_CMD ?? 'erlc',
};
const RETRIES = 1;
const known = parseKnownFailures(readFileSync(KNOWN_FAILURES_FILE, 'utf8'));
const distributionEnabled = process.env.ERLTS_CONFORMANCE_DIST !== '0';
const realErlangInstalled = spawnSync('sh', ['-c', 'command -v erl'], { stdio: 'ignore' }).status === 0;
const scheduler = new CaseScheduler(2);

function skipReason(c: ConformanceCase): string | undefined {
  const knownReason = knownFailureReason(known, c);
  if (knownReason) return `known failure: ${knownReason}`;
  if (c.multiNode && !distributionEnabled) return 'multi-node case: left out by ERLTS_CONFORMANCE_DIST=0';
  if (c.needsRealErlang && !realErlangInstalled) return 'needs real Erlang/OTP (realerl/erlc) but no erl is installed';
  return undefined;
}

describe('conformance corpus', { concurrency: 2 }, () => {
  for (const c of listCases(CASES_DIR)) {
    const skip = skipReason(c);
    it(c.name, { skip: skip ?? false, timeout: 120_000 }, async () => {
      await scheduler.run(c.usesFixedNodeNames, async () => {
        let verdict = judgeCase(c, await runCase(c, commands));
        for (let retry = 0; !verdict.pass && c.timingDependent && retry < RETRIES; retry++) {
          verdict = judgeCase(c, await runCase(c, commands));
        }
        const first = verdict.mismatches[0];
        if (first) assert.equal(first.actual, first.expected, `expected.${first.file} differs at line ${first.line}`);
      });
    });
  }
});
