// SIGTERM stops a node as erl's erl_signal_handler does: an INFO REPORT,
// then init:stop/0's status 0 (checked against real erl's output).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../dist/helpers.js';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));
const REPORT = /=INFO REPORT==== \d{1,2}-[A-Z][a-z]{2}-\d{4}::\d\d:\d\d:\d\d\.\d{6} ===\nSIGTERM received - shutting down\n\n/;

async function terminated(args: string[], ready: RegExp): Promise<{ out: string; status: number | null }> {
  const child = spawn(ERLTS, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  assert.ok(await waitFor(() => ready.test(out), 15000), out);
  child.kill('SIGTERM');
  const status = await exited;
  return { out, status };
}

test('-noshell: the report, then status 0', async () => {
  const r = await terminated(['-noshell', '-eval', 'io:format("up~n").'], /up\n/);
  assert.match(r.out, new RegExp(`^up\\n${REPORT.source}$`));
  assert.equal(r.status, 0);
});

test('a shell: the report between prompts, as erl prints it', async () => {
  const r = await terminated([], /1> $/);
  assert.match(r.out, new RegExp(`1> ${REPORT.source}1> $`));
  assert.equal(r.status, 0);
});
