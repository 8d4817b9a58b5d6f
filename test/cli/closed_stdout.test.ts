// A reader that stops reading (`erlts ... | head -1`) must end the node the
// way it ends erl: exit status 1 and no Node.js stack trace on stderr.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));

test('stdout closed by the reader: status 1, no stack trace', async () => {
  const child = spawn(ERLTS, ['-noshell', '-eval', '[io:format("line ~p~n", [N]) || N <- lists:seq(1, 200000)], halt().'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  assert.equal(status, 1);
  assert.doesNotMatch(stderr, /node:|EPIPE|at .*\.mjs/);
});
