// The shell commands that reach every node: nl/1 loads a module on each
// connected node, nregs/0 and ni/0 list every node's processes. Two real
// erlts OS processes on this file's own EPMD port.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep, waitFor } from './helpers.js';
import { ERLTS } from './remsh_pty.js';
import { killEpmd } from '../../src/distribution/epmd/client.js';

test('nl/1 loads on every node; nregs/0 lists every node', async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'erlts-nl-'));
  writeFileSync(join(dir, 'nlmod.erl'), '-module(nlmod).\n-export([hello/0]).\nhello() -> {hello, node()}.\n');
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const server = spawn(process.execPath, [ERLTS, '-sname', 'nlserver@localhost', '-setcookie', 'nlc', '-noshell', '-eval', 'timer:sleep(20000), halt().'], {
    cwd: join(dir),
    env,
    stdio: 'ignore',
  });
  try {
    await sleep(1500);
    const input = [
      'pong = net_adm:ping(nlserver@localhost).',
      'c(nlmod).',
      'nl(nlmod).',
      'timer:sleep(500).',
      'rpc:call(nlserver@localhost, nlmod, hello, []).',
      'nregs().',
      'halt().',
      '',
    ].join('\n');
    const client = spawn(process.execPath, [ERLTS, '-sname', 'nlclient@localhost', '-setcookie', 'nlc'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    client.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
    client.stdin.end(input);
    assert.ok(await waitFor(() => client.exitCode !== null, 20000), out);
    assert.match(out, /\(nlclient@localhost\)3> abcast\n/);
    assert.match(out, /\{hello,nlserver@localhost\}/);
    assert.match(out, /\*\* Registered procs on node nlclient@localhost \*\*/);
    assert.match(out, /\*\* Registered procs on node nlserver@localhost \*\*/);
  } finally {
    server.kill();
    await sleep(300);
    await killEpmd({ host: '127.0.0.1', port }).catch(() => false);
  }
});
