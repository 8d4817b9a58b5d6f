// halt/0 and the end of piped input end the node only once what it printed
// is out, as erl's halt flushes: a reader slower than the node (a loaded
// machine, a test harness) must still get the whole output and erl's last
// words. Before, a 500 KB term printed just before the end came out cut.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));
const SIZE = 2_000_000;

/** Runs erlts, reading nothing for the first 600 ms; its whole stdout and status. */
function slowRead(args: string[], input: string | null): Promise<{ out: string; status: number | null }> {
  const child = spawn(ERLTS, args, { stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  const stdout = child.stdout!;
  stdout.pause();
  setTimeout(() => stdout.resume(), 600);
  stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stdin?.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ out: Buffer.concat(chunks).toString('latin1'), status: code })));
}

test('a big term printed before the end of piped input comes out whole', async () => {
  const { out, status } = await slowRead([], `"${'x'.repeat(SIZE)}".\n`);
  assert.equal(status, 0);
  assert.equal(out.split('x').length - 1, SIZE);
  assert.match(out, /\n2> \*\*\* Terminating erlang \(nonode@nohost\)\n$/);
});

test('io:put_chars of 2 MB then halt() comes out whole', async () => {
  const { out, status } = await slowRead(['-noshell', '-eval', `io:put_chars(lists:duplicate(${SIZE}, $y)), io:put_chars("~end~"), halt().`], null);
  assert.equal(status, 0);
  assert.equal(out.length, SIZE + 5);
  assert.ok(out.endsWith('~end~'));
});
