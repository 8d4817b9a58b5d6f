// Issue 9: long, deep and literal-laden input must get erl's answers from
// one erlts shell per session (hostile_input_cases.ts), never a JavaScript
// stack trace or a dead node. Golden transcripts come from real erl
// (gen_hostile_input.mjs -> hostile_input_data.json).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../conformance/normalize.js';
import { ERLTS_LAUNCHER } from '../conformance/paths.js';
import { type Session, scaledInputs, sessions } from './hostile_input_cases.js';
import { loadKnownFailures, reasonFor } from '../support/known_failures.js';

const DATA = fileURLToPath(new URL('../../../test/shell/hostile_input_data.json', import.meta.url));
const golden = JSON.parse(readFileSync(DATA, 'utf8')) as Record<string, string>;

function runErlts(s: Pick<Session, 'files' | 'input'>): string {
  const work = mkdtempSync(join(tmpdir(), 'erltshostile-'));
  try {
    for (const [name, text] of Object.entries(s.files)) writeFileSync(join(work, name), text);
    const r = spawnSync(ERLTS_LAUNCHER, [], {
      cwd: work,
      env: { ...process.env, HOME: work, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' },
      input: s.input,
      timeout: 120_000,
      maxBuffer: 1 << 28,
    });
    return Buffer.concat([r.stdout, r.stderr]).toString('latin1');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The module session compares compile errors and every function's answer;
 * warnings are left out: most of erl's come from its optimisation passes
 * (sys_core_fold, beam_ssa_type: "this clause cannot match", "will fail
 * with a 'badarg' exception"), which erlts does not have.
 */
function withoutWarnings(text: string): string {
  return text.replace(/^(\d+> )?\S+\.erl:\d+:\d+: Warning: .*\n(%.*\n)*\n?/gm, '$1');
}

/** The answer to each input line: the transcript cut at each prompt (an error line keeps the prompt's number). */
function answers(transcript: string): string[] {
  const body = transcript.slice(transcript.indexOf('\n') + 1);
  return body.split(/^(?=\(?[\w@.]*\)?\d+> )/m).map((chunk) => chunk.replace(/^\d+> /, ''));
}

const known = loadKnownFailures('shell');

for (const s of sessions()) {
  test(`hostile input session ${s.name} answers as erl`, (t) => {
    const expected = golden[s.name];
    assert.ok(expected !== undefined, `no golden transcript for ${s.name}: run test/shell/gen_hostile_input.mjs`);
    const keep = s.name === 'literals_module' ? withoutWarnings : (x: string) => x;
    const got = keep(runErlts(s));
    assert.doesNotMatch(got, /RangeError|SyntaxError|Maximum call stack|erlts internal error/);
    const a = answers(normalize(got));
    const b = answers(normalize(keep(expected)));
    if (s.ids === undefined) {
      assert.deepEqual(a, b);
      return;
    }
    // Case by case, so that a known difference is listed by its id.
    const problems: string[] = [];
    const skipped: string[] = [];
    s.ids.forEach((id, i) => {
      const reason = reasonFor(known.reasons, id);
      const same = a[i] === b[i];
      if (same && reason !== undefined) problems.push(`${id} passes now: remove it from ${known.file}`);
      else if (!same && reason === undefined) problems.push(`${id}: erl ${JSON.stringify(b[i])}, erlts ${JSON.stringify(a[i])}`);
      else if (!same) skipped.push(`${id} (${reason})`);
    });
    assert.equal(a.length, b.length, 'as many answers as erl');
    if (skipped.length > 0) t.diagnostic(`known differences: ${skipped.join('; ')}`);
    assert.deepEqual(problems, []);
  });
}

test('every known failure of the hostile input sessions names a case', () => {
  const ids = sessions().flatMap((s) => s.ids ?? []);
  const listed = [...known.reasons.keys()].filter((id) => id.startsWith('shell.') || id.startsWith('module.'));
  assert.deepEqual(
    listed.filter((id) => !ids.some((c) => reasonFor(new Map([[id, 'x']]), c) !== undefined)),
    [],
  );
});

test('100k elements, 100k deep, 100k lines and a 1 MB line give the derived answers', () => {
  const s = scaledInputs();
  const got = runErlts(s);
  assert.doesNotMatch(got, /RangeError|SyntaxError|Maximum call stack|erlts internal error/);
  const answers = [...got.matchAll(/^\d+> (.*)$/gm)].map((m) => m[1]);
  assert.deepEqual(answers.slice(0, s.expected.length), s.expected);
});
