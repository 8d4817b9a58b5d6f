/// <reference lib="dom" />
// The live view end to end: real erlts nodes (OS processes), the page in
// headless Chromium. A shell's messages appear as arrows between lanes, and
// the guide's kvs walkthrough across two nodes draws the client's request
// crossing to the server's kvs process.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium, NO_CHROMIUM } from './chromium.js';
import { freePort, sleep, waitFor } from '../dist/helpers.js';
import { killEpmd } from '../../src/distribution/epmd/client.js';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));
const skip = chromiumPath() === null ? NO_CHROMIUM : false;

interface Shell {
  child: ChildProcess;
  out: () => string;
  type: (line: string) => void;
}

function shell(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Shell {
  const child = spawn(ERLTS, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('latin1')));
  return { child, out: () => out, type: (line) => child.stdin!.write(line + '\n') };
}

async function startView(sh: Shell): Promise<string> {
  sh.type('observer:start().');
  assert.ok(await waitFor(() => /Live view of \S+: (http:\S+)/.test(sh.out()), 15000), sh.out());
  return /Live view of \S+: (http:\S+)/.exec(sh.out())![1]!;
}

/** The messages of the drawn events of one kind, in order (whole: a label may be cut to fit). */
function labels(page: Page, kind: string): Promise<string[]> {
  return page.$$eval(`g.event[data-kind="${kind}"]`, (els) => els.map((e) => e.getAttribute('data-msg') ?? ''));
}

test('a shell session drawn live: lanes, a message and its answer', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'erlts-view-'));
  const sh = shell([], dir);
  const browser = await launchChromium();
  try {
    const url = await startView(sh);
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('nonode@nohost'));
    sh.type(
      'Echo = spawn(fun Loop() -> receive {From, M} -> From ! {echo, M}, Loop() end end), register(echo, Echo), echo ! {self(), hello_there}, receive {echo, R} -> R end.',
    );
    assert.ok(await waitFor(() => /hello_there\n/.test(sh.out()), 10000), sh.out());
    await page.waitForFunction(() => document.querySelectorAll('g.event[data-kind="send"]').length >= 2, undefined, { timeout: 10000 });
    const sends = await labels(page, 'send');
    assert.ok(
      sends.some((t) => t.includes('hello_there') && t.startsWith('{<')),
      sends.join(' | '),
    );
    assert.ok(sends.includes('{echo,hello_there}'), sends.join(' | '));
    // The echo process has its lane, headed by its registered name.
    const lanes = await page.$$eval('g.lane', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(
      lanes.some((t) => t.includes('echo')),
      lanes.join(' | '),
    );
    // The io traffic of the shell's own machinery is hidden by default.
    assert.ok(!sends.some((t) => t.startsWith('{io_request')), 'io requests hidden');
  } finally {
    await browser.close();
    sh.child.kill();
  }
});

const KVS = `-module(kvs).
-export([start/0, store/2, lookup/1]).
start() -> register(kvs, spawn(fun() -> loop(#{}) end)).
store(Key, Value) -> call({store, Key, Value}).
lookup(Key) -> call({lookup, Key}).
call(Request) -> kvs ! {self(), Request}, receive {kvs, Reply} -> Reply end.
loop(Table) ->
    receive
        {From, {store, Key, Value}} -> From ! {kvs, true}, loop(Table#{Key => Value});
        {From, {lookup, Key}} -> From ! {kvs, maps:find(Key, Table)}, loop(Table)
    end.
`;

test("the guide's kvs across two nodes, seen from the server", { skip }, async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'erlts-view-kvs-'));
  writeFileSync(join(dir, 'kvs.erl'), KVS);
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const server = shell(['-sname', 'viewserver@localhost', '-setcookie', 'viewc'], dir, env);
  let client: Shell | null = null;
  const browser = await launchChromium();
  try {
    server.type('c(kvs), kvs:start().');
    assert.ok(await waitFor(() => /1> true\n/.test(server.out()), 15000), server.out());
    const page = await browser.newPage();
    await page.goto(await startView(server));
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('viewserver@localhost'));
    client = shell(['-sname', 'viewclient@localhost', '-setcookie', 'viewc'], dir, env);
    client.type('rpc:call(viewserver@localhost, kvs, store, [google, "http://www.google.com"]).');
    assert.ok(await waitFor(() => /1> true\n/.test(client!.out()), 20000), client.out());
    // The call is one row, labelled with what the client typed and what it got; opened, its messages.
    await page.waitForFunction(() => document.querySelector('g.event.rpc.answered') !== null, undefined, { timeout: 10000 });
    assert.equal(await page.locator('g.event.rpc text.label').textContent(), '▸ rpc:call(viewserver, kvs, store, [google, "http://www.google.com"]) → true');
    await page.locator('g.event.rpc').click();
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('g.event[data-kind="send"]')).some((e) => e.getAttribute('data-msg') === '{kvs,true}'),
      undefined,
      { timeout: 10000 },
    );
    const sends = await labels(page, 'send');
    assert.ok(
      sends.some((t) => t.includes('{store,google,')),
      sends.join(' | '),
    );
    // The client node has its own column, and the answer that crosses back to it is drawn as crossing.
    const nodes = await page.$$eval('g.node', (els) => els.map((e) => (e as SVGGElement).dataset.node));
    assert.deepEqual(nodes.slice(0, 2), ['viewserver@localhost', 'viewclient@localhost']);
    const crossing = await page.$$eval('g.event.cross-node', (els) => els.map((e) => e.getAttribute('data-msg') ?? ''));
    assert.ok(
      crossing.some((t) => t.startsWith("{'DOWN',")),
      crossing.join(' | '),
    );
    await page.screenshot({ path: join(dir, 'kvs-live-view.png'), fullPage: true });
  } finally {
    await browser.close();
    client?.child.kill();
    server.child.kill();
    await sleep(200);
    await killEpmd({ host: '127.0.0.1', port }).catch(() => false);
  }
});
