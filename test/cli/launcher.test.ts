// bin/erlts: starts from the bundle with V8's code cache (what keeps
// start-up within erl's), and a node without a shell lives until halt, as
// erl's does, reading stdin only when asked to.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));

test('the bundle starts with the code cache that the build made', () => {
  const r = spawnSync(ERLTS, ['-noshell', '-eval', 'io:format("~p~n", [lists:seq(1, 3)]), halt().'], {
    env: { ...process.env, ERLTS_CODE_CACHE_CHECK: '1' },
    encoding: 'utf8',
  });
  assert.equal(r.stdout, '[1,2,3]\n');
  assert.equal(r.stderr, 'erlts: code cache used\n');
  assert.equal(r.status, 0);
});

test('ERLTS_WRITE_CODE_CACHE writes a cache that a later start accepts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-cache-'));
  try {
    const file = path.join(dir, 'erlts.cache');
    const r = spawnSync(ERLTS, ['-noshell', '-eval', 'halt().'], { env: { ...process.env, ERLTS_WRITE_CODE_CACHE: file } });
    assert.equal(r.status, 0);
    assert.ok(fs.statSync(file).size > 100_000, 'a cache of the compiled bundle');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const flag of ['-noshell', '-noinput']) {
  test(`${flag}: the node lives on with nothing to do, until halt`, async () => {
    const child = spawn(ERLTS, [flag, '-eval', 'ok.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r('alive'), 1500))]);
    child.kill('SIGKILL');
    await exited;
    assert.equal(early, 'alive');
  });
}

test('-noshell reads stdin when the code asks, and not before', async () => {
  const child = spawn(ERLTS, ['-noshell', '-eval', 'timer:sleep(300), io:format("~p~n", [io:get_line("")]), halt().'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stdin.end('typed ahead\n');
  const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  assert.equal(out, '"typed ahead\\n"\n');
  assert.equal(status, 0);
});
