/// <reference lib="dom" />
// The guide's "When things go wrong" (docs/guide.md, section 9) from the
// live view's page, in headless Chromium: the lesson bar's buttons hold the
// messages to kvs and step them through one at a time (the view says which
// receive clause took each, or that none did), cut and heal the connection
// to an erlts client and to a real erl node, and the wire lane shows a
// fresh handshake with real erl, flags in words. With
// ERLTS_WRITE_GUIDE_IMAGES=1 its screenshots become the guide's
// (docs/images/lesson-*.png); otherwise they go to a temporary folder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { chromiumPath, launchChromium, NO_CHROMIUM } from './chromium.js';
import { LONG, guideKvs, imagesDir, run, shell } from './lesson_shells.js';
import { freePort, NO_ERL, runErl, startRealEpmd, waitFor } from '../dist/helpers.js';

const IMAGES = imagesDir('lesson');
const skip = chromiumPath() === null ? NO_CHROMIUM : NO_ERL;

const count = (page: Page, selector: string) => page.locator(selector).count();

async function waitCount(page: Page, selector: string, n: number): Promise<void> {
  await page.waitForFunction(([s, k]) => document.querySelectorAll(s as string).length === k, [selector, n] as const);
}

/** Clicks a lesson button and waits for the node's answer to it. */
async function act(page: Page, button: string): Promise<string> {
  const before = Number((await page.getAttribute('#lesson', 'data-answers')) ?? '0');
  await page.click(`#lesson button[data-act="${button}"]`);
  await page.waitForFunction((n) => Number(document.querySelector('#lesson')?.getAttribute('data-answers') ?? '0') > n, before);
  return (await page.textContent('#answer')) ?? '';
}

/** Chooses, in one of the bar's lists, the option whose text starts with `text`. */
async function choose(page: Page, select: string, text: string): Promise<void> {
  await page.waitForFunction(([s, t]) => Array.from(document.querySelectorAll(`${s} option`)).some((o) => o.textContent!.startsWith(t as string)), [
    select,
    text,
  ] as const);
  const value = await page.$eval(select, (el, t) => Array.from((el as HTMLSelectElement).options).find((o) => o.text.startsWith(t))!.value, text);
  await page.selectOption(select, value);
}

test('the lesson tools from the page: step, cut and heal, the X-ray of a handshake with real erl', { skip, timeout: 240_000 }, async () => {
  const port = await freePort();
  const epmd = await startRealEpmd(port);
  const dir = mkdtempSync(join(tmpdir(), 'erlts-lesson-tools-'));
  mkdirSync(IMAGES, { recursive: true });
  writeFileSync(join(dir, 'kvs.erl'), guideKvs());
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const S = 'ltserver@localhost';
  const C = 'ltclient@localhost';
  const E = 'lterl@localhost';
  const server = shell(['-sname', S, '-setcookie', 'lesson'], dir, env);
  const client = shell(['-sname', C, '-setcookie', 'lesson'], dir, env);
  let erl: ReturnType<typeof runErl> | null = null;
  let browser: Browser | null = null;
  let clientFeed: WebSocket | null = null;
  try {
    assert.ok(await waitFor(() => server.out().includes(`(${S})1> `) && client.out().includes(`(${C})1> `), LONG), server.out() + client.out());
    await run(server, 'c(kvs), kvs:start().', 2, S);
    await run(server, 'observer:start().', 3, S);
    const url = /Live view of \S+: (http:\S+)/.exec(server.out())![1]!;
    // The client's view too, read as a plain socket: the server streams its lesson events there.
    await run(client, 'observer:start().', 2, C);
    const clientEvents: Record<string, unknown>[] = [];
    clientFeed = new WebSocket(/Live view of \S+: (http:\S+)/.exec(client.out())![1]!.replace(/^http/, 'ws') + 'events');
    clientFeed.on('message', (d) => {
      const f = JSON.parse(String(d)) as { events?: Record<string, unknown>[] };
      clientEvents.push(...(f.events ?? []));
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(LONG);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await page.waitForFunction((n) => document.querySelector('#status')?.textContent === `watching ${n}`, S);
    // The lesson bar is one click away; the wire lane is off until asked for.
    assert.equal(await page.isVisible('#lesson'), false);
    await page.click('#lesson-toggle');
    assert.equal(await page.isVisible('#lesson'), true);
    assert.equal(await page.isChecked('#show-wire'), false);

    // ---- step-through: hold kvs's messages, let them in one at a time ----
    await choose(page, '#act-proc', 'kvs ');
    assert.match(await act(page, 'hold'), /^holding the messages to <0\.\d+\.0>$/);
    client.type(`rpc:call(${S}, kvs, store, [weather, fine]).`);
    await waitCount(page, 'g.event[data-kind="held"]', 1);
    assert.equal(await page.textContent('g.lane.holding .held-count'), '1 held');
    assert.match((await page.getAttribute('g.event[data-kind="held"]', 'data-msg')) ?? '', /^\{<\d+\.\d+\.0>,\{store,weather,fine\}\}$/);
    assert.ok(!/\(ltclient@localhost\)3> /.test(client.out()), 'the call waits while its request is held');
    assert.match(await act(page, 'step'), /^released \{<\d+\.\d+\.0>,\{store,weather,fine\}\} to <0\.\d+\.0>$/);
    // The receive that took it says which clause matched, as the source has it.
    await page.waitForSelector('g.event.receive.stepped');
    assert.equal(await page.getAttribute('g.event.receive.stepped', 'data-pattern'), '{From, {store, Key, Value}}');
    assert.equal(await page.textContent('g.event.receive.stepped text.label'), 'matches clause 1: {From, {store, Key, Value}}');
    assert.ok(await waitFor(() => client.out().includes(`true\n(${C})3> `), LONG), client.out());
    assert.equal(await count(page, 'g.event[data-kind="released"]'), 1);
    assert.equal(await count(page, 'g.event.held.released'), 1, 'its parcel says it was held');
    // The client's page is told too: the server's kvs (a remote pid there) held the request, and which clause took it.
    assert.ok(
      await waitFor(
        () =>
          clientEvents.some(
            (e) =>
              e.kind === 'receive' && e.pattern === '{From, {store, Key, Value}}' && /^<\d+\.\d+\.0>$/.test(String(e.pid)) && !String(e.pid).startsWith('<0.'),
          ),
        LONG,
      ),
      JSON.stringify(clientEvents.filter((e) => e.kind !== 'send')),
    );
    assert.ok(clientEvents.some((e) => e.kind === 'held' && String(e.msg).endsWith(',{store,weather,fine}}')));
    assert.ok(clientEvents.some((e) => e.kind === 'released'));

    // Three more: each Step lets exactly one through, oldest first.
    server.type('kvs ! {self(), {lookup, weather}}, kvs ! {self(), {lookup, nothing}}, kvs ! {hello, class}, ok.');
    await waitCount(page, 'g.event[data-kind="held"]', 4);
    assert.equal(await page.textContent('g.lane.holding .held-count'), '3 held');
    await act(page, 'step');
    await waitCount(page, 'g.event[data-kind="released"]', 2);
    await waitCount(page, 'g.event.receive.stepped', 2);
    assert.equal(await page.textContent('g.lane.holding .held-count'), '2 held');
    assert.equal(await page.getAttribute('g.event.receive.stepped >> nth=1', 'data-pattern'), '{From, {lookup, Key}}');
    await page.waitForTimeout(300);
    assert.equal(await count(page, 'g.event[data-kind="released"]'), 2, 'one step, one message');
    // A message no clause matches: the view says so, and it stays in the mailbox.
    await act(page, 'step');
    await act(page, 'step');
    await page.waitForSelector('g.event[data-kind="no_match"]');
    assert.equal(await page.getAttribute('g.event[data-kind="no_match"]', 'data-msg'), '{hello,class}');
    assert.equal(await page.textContent('g.event[data-kind="no_match"] text.label'), 'no clause matches: it waits in the mailbox');
    assert.equal(await count(page, 'g.lane.holding'), 0, 'nothing held any more');
    await page.screenshot({ path: join(IMAGES, 'lesson-step.png') });
    assert.equal(await act(page, 'release'), 'released 0 and stopped holding');

    // ---- cut the connection to the client, then heal it ----
    await choose(page, '#act-node', C);
    assert.equal(await act(page, 'cut'), `cut the connection to ${C}`);
    await page.waitForSelector(`g.event.fault-cut[data-node="${C}"]`);
    await page.waitForSelector(`g.event.nodedown[data-node="${C}"]`);
    client.type(`rpc:call(${S}, kvs, lookup, [weather]).`);
    assert.ok(await waitFor(() => client.out().includes(`{badrpc,nodedown}\n(${C})4> `), LONG), client.out());
    await page.screenshot({ path: join(IMAGES, 'lesson-cut.png') });
    assert.equal(await act(page, 'heal'), `healed the connection to ${C}`);
    await page.waitForSelector(`g.event.fault-heal[data-node="${C}"]`);
    client.type(`net_adm:ping(${S}).`);
    assert.ok(await waitFor(() => client.out().includes(`pong\n(${C})5> `), LONG), client.out());
    await page.waitForSelector(`g.event.nodeup[data-node="${C}"] >> nth=1`);

    // ---- the wire lane: a real erl node's first connection, step by step ----
    await page.check('#show-wire');
    await page.waitForFunction(() => document.querySelector('#answer')?.textContent === 'the wire lane is on');
    erl = runErl(
      ['-sname', E, '-setcookie', 'lesson'],
      `io:format("ERL1 ~p~n", [rpc:call('${S}', kvs, lookup, [weather])]), ` +
        // Asked again until the page's Cut makes it fail (at most 60 times).
        `R = (fun Again(0) -> gave_up; Again(N) -> timer:sleep(500), case rpc:call('${S}', kvs, lookup, [weather]) of {badrpc, _} = B -> B; _ -> Again(N - 1) end end)(60), ` +
        `io:format("ERL2 ~p~n", [R]), halt().`,
      port,
    );
    assert.ok(await waitFor(() => erl!.output().includes('ERL1 {ok,fine}'), LONG), erl.output());
    for (const step of ['send_name', 'send_status', 'send_challenge', 'send_challenge_reply', 'send_challenge_ack']) {
      await page.waitForSelector(`g.event.wire[data-peer="${E}"][data-step="${step}"]`);
    }
    // Flags in words: the name erl's dist_util gives each bit.
    const flags = await page.$eval(`g.event.wire[data-peer="${E}"][data-step="send_name"] title`, (t) => t.textContent ?? '');
    assert.match(flags, /flags: .*\bEXTENDED_REFERENCES\b.*\bDIST_MONITOR\b/, flags);
    assert.doesNotMatch(flags, /\blesson\b/, 'never the cookie');
    assert.ok((await count(page, `g.event.wire[data-step="SPAWN_REQUEST"]`)) + (await count(page, `g.event.wire[data-step="SPAWN_REQUEST_TT"]`)) >= 1);
    assert.ok(await page.locator('g.event.wire text.wire-label').first().isVisible());
    // The picture starts where real erl asked EPMD for this node's port (the lines before are the client's).
    await page.locator(`g.event.wire[data-peer="${E}"][data-step="send_name"]`).evaluate((g) => {
      const view = document.getElementById('view')!;
      view.scrollTop += g.getBoundingClientRect().top - view.getBoundingClientRect().top - 90;
    });
    await page.screenshot({ path: join(IMAGES, 'lesson-xray.png') });

    // ---- and cutting real erl off: its rpc:call fails as after a partition ----
    await choose(page, '#act-node', E);
    assert.equal(await act(page, 'cut'), `cut the connection to ${E}`);
    await page.waitForSelector(`g.event.nodedown[data-node="${E}"]`);
    assert.ok(await waitFor(() => erl!.output().includes('ERL2 {badrpc,nodedown}'), LONG), erl.output());

    // Bad input from the page is answered, and the node goes on.
    await page.fill('#act-ms', '-5');
    await choose(page, '#act-node', C);
    assert.match(await act(page, 'latency'), /^refused: latency needs "ms"/);
    await choose(page, '#act-proc', 'kvs ');
    await page.fill('#act-reason', '{unfinished');
    assert.match(await act(page, 'kill'), /^refused: not a term/);
    // Drop the next message to kvs, delay the client's connection, stall this node: each drawn where it happened.
    assert.match(await act(page, 'drop_next'), /^the next message to <0\.\d+\.0> will be dropped$/);
    server.type('kvs ! {self(), {lookup, weather}}, ok.');
    await page.waitForSelector('g.event[data-kind="dropped"]');
    assert.match((await page.textContent('g.event[data-kind="dropped"] text.label')) ?? '', /^dropped \{<0\.\d+\.0>,\{lookup,weather\}\}$/);
    await page.fill('#act-ms', '250');
    assert.equal(await act(page, 'latency'), `250 ms added to each message to ${C}`);
    assert.equal(await page.textContent(`g.event.fault-latency[data-node="${C}"] text.label`), `latency: 250 ms on the connection to ${C}`);
    assert.equal(await act(page, 'stall'), 'this node stops answering its peers');
    await page.waitForSelector('g.event.fault-stall');
    assert.equal(await page.textContent('#lesson button[data-act="stall"]'), 'Resume');
    assert.equal(await act(page, 'stall'), 'this node answers again');
    await page.waitForSelector('g.event.fault-resume');
    await page.fill('#act-ms', '0');
    await act(page, 'latency');
    await page.fill('#act-reason', '{shutdown, lesson_over}');
    assert.match(await act(page, 'kill'), /^exit signal \{shutdown,lesson_over\} sent to <0\.\d+\.0>$/);
    await page.waitForSelector('g.event.fault-kill');
    assert.equal(await page.textContent('g.event.fault-kill text.label'), 'kill: {shutdown,lesson_over}');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('g.event.exit')).some((g) => g.textContent?.includes('{shutdown,lesson_over}')));
    assert.deepEqual(errors, []);
  } finally {
    clientFeed?.close();
    await browser?.close();
    erl?.child.kill();
    client.child.kill();
    server.child.kill();
    epmd.kill();
  }
});
