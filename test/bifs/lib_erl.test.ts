// lib/erlang/{lists,maps}.erl compiled by real Erlang (renamed to xlists,
// xmaps) must behave like OTP's own modules; see check_lib_erl.escript.
// Skipped where no Erlang is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const hasErlang = spawnSync('escript', ['-h'], { stdio: 'ignore' }).error === undefined;

test('lib/erlang lists and maps match OTP under real erl', { skip: !hasErlang && 'escript not found' }, () => {
  const r = spawnSync('escript', ['test/bifs/check_lib_erl.escript', 'lib/erlang'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
