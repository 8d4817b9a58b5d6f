// Shell transcripts that depend on when input arrives (test/shell/step_cases/
// <name>: cmd, steps, expected.* recorded from the real erl by
// gen_step_cases.mjs), replayed on erlts with the conformance runner: a
// linked process killing an idle shell's evaluator, output of other
// processes while a read holds half an expression. They are timing-
// dependent, so a failing case is run once more.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadCase } from '../conformance/cases.js';
import { judgeCase } from '../conformance/judge.js';
import { runCase } from '../conformance/runner.js';
import { ERLTS_LAUNCHER } from '../conformance/paths.js';

/** The cases live in the source tree (this file runs from build/test/shell). */
const CASES = fileURLToPath(new URL('../../../test/shell/step_cases', import.meta.url));
const commands = { erl: ERLTS_LAUNCHER, realErl: 'erl', erlc: 'erlc' };

for (const name of readdirSync(CASES).sort()) {
  test(`step case ${name} prints what erl prints`, { timeout: 120_000 }, async () => {
    const c = loadCase(join(CASES, name), name);
    let verdict = judgeCase(c, await runCase(c, commands));
    if (!verdict.pass) verdict = judgeCase(c, await runCase(c, commands));
    const first = verdict.mismatches[0];
    if (first) assert.equal(first.actual, first.expected, `expected.${first.file} differs at line ${first.line}`);
  });
}
