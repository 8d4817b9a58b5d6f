// Compares lintModule's diagnostics, printed by formatDiagnostics, with what
// real erlc printed for the same module (lint-data/*.erlc.out, regenerated
// by lint_generate.sh). The input forms are real epp output (*.forms.json).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintModule } from '../../src/compiler/lint/lint.js';
import { formatDiagnostics } from '../../src/compiler/diagnostics.js';
import { formsFromJson } from './lint_absform.js';
import { judgeKnown, knownReason, loadKnownFailures, unusedIds } from '../support/known_failures.js';

// Tests run from build/test/compiler; the data stays in the source tree.
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', '..', '..', 'test', 'compiler', 'lint-data');

/** Cases that need checks not implemented yet: test/compiler/known_failures.txt. */
const known = loadKnownFailures('compiler');
const names = readdirSync(dataDir)
  .filter((n) => n.endsWith('.erl'))
  .sort()
  .map((f) => f.slice(0, -4));

test('lint known failures name existing cases', () => {
  assert.deepEqual(unusedIds(known, names), [], `stale lines in ${known.file}`);
});

for (const name of names) {
  const f = `${name}.erl`;
  test(`lint matches erlc: ${name}`, (t) => {
    const source = readFileSync(join(dataDir, f), 'utf8');
    const forms = formsFromJson(readFileSync(join(dataDir, `${name}.forms.json`), 'utf8'), f);
    const expected = readFileSync(join(dataDir, `${name}.erlc.out`), 'utf8');
    const r = lintModule(forms, { file: f });
    const got = formatDiagnostics(r.errors, r.warnings, (file) => (file === f ? source : null));
    const outcome = judgeKnown(known, knownReason(known, name), name, got === expected ? undefined : `${name}: lint differs from erlc`);
    if (outcome.kind === 'skip') t.skip(outcome.message);
    else if (outcome.kind === 'fail' && got === expected) assert.fail(outcome.message);
    else assert.equal(got, expected);
  });
}
