/// <reference lib="dom" />
// A lesson's worth of the live view, end to end: the guide's kvs walkthrough
// (docs/guide.md) with 20 rpc:calls into an erlts server, from an erlts
// client and from a real erl node, watched on the pages of both erlts nodes
// in headless Chromium. What a class must be able to rely on: the lanes stay
// few, the newest call is on screen, no label is cut inside a word, each
// rpc:call is one labelled exchange whose messages appear once, Clear
// survives a reload. With ERLTS_WRITE_GUIDE_IMAGES=1 its screenshots
// become the guide's (docs/images/live-view-*.png); otherwise they go to a
// temporary folder, so a test run leaves the work tree as it was.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launchChromium, NO_CHROMIUM } from './chromium.js';
import { ERLTS, LONG, type Shell, guideKvs, imagesDir, run, shell } from './lesson_shells.js';
import { freePort, NO_ERL, runErl, sleep, startRealEpmd, waitFor } from '../dist/helpers.js';

const IMAGES = imagesDir('guide');
const skip = chromiumPath() === null ? NO_CHROMIUM : NO_ERL;

async function startView(sh: Shell, prompt: number, node: string): Promise<string> {
  await run(sh, 'observer:start().', prompt, node);
  return /Live view of \S+: (http:\S+)/.exec(sh.out())![1]!;
}

async function open(browser: Browser, url: string, node: string, width: number, height: number, status = 'watching'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  context.setDefaultTimeout(LONG);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(([s, n]) => document.querySelector('#status')?.textContent === `${s} ${n}`, [status, node] as const);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

/** Clicks the rows `selector` finds, one by one (each click redraws the diagram). */
async function toggleAll(page: Page, selector: string): Promise<void> {
  for (let n = await page.locator(selector).count(); n > 0; ) {
    await page.locator(selector).first().click();
    await page.waitForFunction(([s, before]) => document.querySelectorAll(s as string).length < (before as number), [selector, n] as const);
    n = await page.locator(selector).count();
  }
}

/** What the diagram shows: each row's kind and label, and the lanes. */
function diagramOf(page: Page): Promise<{ rows: string[]; lanes: string[] }> {
  return page.evaluate(() => ({
    rows: Array.from(document.querySelectorAll('#rows > g.event')).map(
      (g) => `${g.getAttribute('data-kind')} ${g.querySelector('text.label')?.textContent ?? ''}`,
    ),
    lanes: Array.from(document.querySelectorAll('g.lane')).map((g) => g.getAttribute('data-pid') ?? ''),
  }));
}

/** Drops a file on the page, as a reader dragging it from their desktop would. */
async function dropFile(page: Page, text: string): Promise<void> {
  const transfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'lesson.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('#view', 'drop', { dataTransfer: transfer });
}

const rpcRows = (page: Page) => page.locator('g.event[data-kind="rpc"]').count();

/** Every label drawn: a shortened one may drop whole words, never part of one. */
async function cutWords(page: Page): Promise<string[]> {
  const texts = await page.$$eval('svg text', (els) => els.map((e) => e.textContent ?? ''));
  return texts.filter((t) => /[A-Za-z0-9_]…|…[A-Za-z0-9_]/.test(t));
}

/** The newest row is inside the window, not below or beside it. */
async function newestOnScreen(page: Page): Promise<boolean> {
  const where = await page.evaluate(() => {
    const rows = document.querySelectorAll('#rows > g.event');
    const last = rows[rows.length - 1];
    if (!last) return 'no rows';
    const shaft = last.querySelector('.shaft, .dot, .cross, .birth, .tag') ?? last;
    const b = shaft.getBoundingClientRect();
    const inside = b.top >= 0 && b.bottom <= window.innerHeight && b.left >= 0 && b.right <= window.innerWidth;
    return inside
      ? 'inside'
      : `${last.getAttribute('data-kind')} at ${Math.round(b.left)},${Math.round(b.top)}-${Math.round(b.right)},${Math.round(b.bottom)} in ${window.innerWidth}x${window.innerHeight}`;
  });
  if (where !== 'inside') console.log(`newest row: ${where}`);
  return where === 'inside';
}

test("the kvs lesson: 20 rpc:calls across two erlts nodes and a real erl, on both nodes' pages", { skip, timeout: 300_000 }, async () => {
  const port = await freePort();
  const epmd = await startRealEpmd(port);
  const dir = mkdtempSync(join(tmpdir(), 'erlts-lesson-'));
  writeFileSync(join(dir, 'kvs.erl'), guideKvs());
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const S = 'lvserver@localhost';
  const C = 'lvclient@localhost';
  const E = 'lverl@localhost';
  const server = shell(['-sname', S, '-setcookie', 'lesson'], dir, env);
  const client = shell(['-sname', C, '-setcookie', 'lesson'], dir, env);
  let erl: ReturnType<typeof runErl> | null = null;
  let browser: Browser | null = null;
  let replayer: ChildProcess | null = null;
  try {
    assert.ok(await waitFor(() => server.out().includes(`(${S})1> `) && client.out().includes(`(${C})1> `), LONG), server.out() + client.out());
    await run(server, 'c(kvs), kvs:start().', 2, S);
    const serverUrl = await startView(server, 3, S);
    const clientUrl = await startView(client, 2, C);
    browser = await launchChromium();
    const sp = await open(browser, serverUrl, S, 1280, 800);
    const cp = await open(browser, clientUrl, C, 1280, 800);

    // The client's calls, as the guide makes them, and a real erl node's in the middle.
    const calls = [
      'store, [weather, fine]',
      'lookup, [weather]',
      'store, [google, "http://www.google.com"]',
      'lookup, [google]',
      'lookup, [yahoo]',
      'store, [langs, [erlang, elixir, gleam, lfe, clojerl, alpaca, hamler, caramel]]',
      'lookup, [langs]',
    ];
    let prompt = 3;
    const lanes: number[] = [];
    for (const c of calls) {
      await run(client, `rpc:call(${S}, kvs, ${c}).`, prompt++, C);
      lanes.push(Number(await sp.evaluate(() => document.body.dataset.lanes)));
    }
    erl = runErl(
      ['-sname', E, '-setcookie', 'lesson'],
      `[io:format("ERL ~p~n", [rpc:call('${S}', kvs, F, A)]) || {F, A} <- [{store, [from_erl, true]}, {lookup, [from_erl]}, {lookup, [weather]}, {store, [n, 42]}, {lookup, [n]}, {lookup, [nothing]}]], io:format("ERLDONE~n"), receive stop -> ok end.`,
      port,
    );
    assert.ok(await waitFor(() => erl!.output().includes('ERLDONE'), LONG), erl.output());
    for (const c of calls) {
      await run(client, `rpc:call(${S}, kvs, ${c}).`, prompt++, C);
      lanes.push(Number(await sp.evaluate(() => document.body.dataset.lanes)));
    }
    assert.ok(await waitFor(async () => (await rpcRows(sp)) >= 20, LONG), `server page: ${await rpcRows(sp)} rpc rows`);
    await sp.waitForFunction(() => document.querySelectorAll('g.event.rpc:not(.answered)').length === 0);

    // Each call is one exchange row with its result, on the server's page
    // and on the client's (the server streams its events there, the real
    // erl node's calls included).
    const labels = await sp.$$eval('g.event[data-kind="rpc"] text.label', (els) => els.map((e) => e.textContent ?? ''));
    assert.equal(await rpcRows(sp), 20, labels.join('\n'));
    assert.ok(await waitFor(async () => (await rpcRows(cp)) >= 20, LONG), `client page: ${await rpcRows(cp)} rpc rows`);
    assert.equal(await rpcRows(cp), 20);
    assert.ok(labels.includes('▸ rpc:call(lvserver, kvs, store, [weather, fine]) → true'), labels.join('\n'));
    assert.ok(
      labels.some((l) => l.startsWith('▸ rpc:call(lvserver, kvs, lookup, [weather]) → {ok,')),
      labels.join('\n'),
    );

    // The cluster on one page: the client's page shows the server's
    // processes as the server describes them (it streams its events), and
    // the real erl node as seen from here.
    const serverLanes = await cp.$$eval(`g.node[data-node="${S}"] g.lane .lane-name`, (els) => els.map((e) => e.textContent));
    assert.ok(serverLanes.includes('kvs') && serverLanes.includes('shell'), serverLanes.join(' '));
    assert.match((await cp.locator(`g.node[data-node="${E}"] .node-name`).textContent()) ?? '', /as seen from here/);
    assert.doesNotMatch((await cp.locator(`g.node[data-node="${S}"] .node-name`).textContent()) ?? '', /as seen from here/);
    // Shell internals are plumbing: the evaluator's {eval, Fun, ...} is not drawn.
    assert.deepEqual(await sp.$$eval('g.event text.label', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.includes('eval'))), []);
    assert.deepEqual(await cp.$$eval('g.event text.label', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.includes('eval'))), []);

    // The lanes stay few: reused columns, plumbing hidden.
    lanes.push(Number(await sp.evaluate(() => document.body.dataset.lanes)));
    assert.ok(Math.max(...lanes) <= 6, `lanes on the server's page: ${lanes.join(' ')}`);
    assert.ok(Number(await cp.evaluate(() => document.body.dataset.lanes)) <= 6);
    assert.deepEqual(await cutWords(sp), []);
    assert.deepEqual(await cutWords(cp), []);
    assert.ok(await newestOnScreen(sp), 'the newest row is on screen (server)');
    assert.ok(await newestOnScreen(cp), 'the newest row is on screen (client)');

    mkdirSync(IMAGES, { recursive: true });
    await sp.screenshot({ path: join(IMAGES, 'live-view-1280.png') });
    await cp.screenshot({ path: join(dir, 'live-view-client-1280.png') });

    // Record and replay: the downloaded file, played back by `erlts --replay`
    // (at once: the speed is the player's), draws the same diagram.
    const original = await diagramOf(sp);
    const [download] = await Promise.all([sp.waitForEvent('download'), sp.locator('#download').click()]);
    const file = join(dir, 'lesson.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; node: string; events: unknown[] };
    assert.deepEqual([saved.format, saved.version, saved.node], ['erlts-live-view-recording', 1, S]);
    replayer = spawn(ERLTS, ['--replay', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let replayOut = '';
    replayer.stdout!.on('data', (d: Buffer) => (replayOut += d.toString()));
    assert.ok(await waitFor(() => /Replay of \S+: http:\S+\n/.test(replayOut), LONG), replayOut);
    const rp = await open(browser, /Replay of \S+: (http:\S+)/.exec(replayOut)![1]!, S, 1280, 800, 'replay of');
    await rp.locator('#speed').selectOption('Infinity');
    await rp.waitForFunction(() => document.body.dataset.replayDone === 'true');
    assert.deepEqual(await diagramOf(rp), original);
    // Dropped on a page, the file plays there too.
    await dropFile(cp, readFileSync(file, 'utf8'));
    await cp.waitForFunction((n) => document.querySelector('#status')?.textContent === `replay of ${n}`, S);
    await cp.locator('#speed').selectOption('Infinity');
    await cp.waitForFunction(() => document.body.dataset.replayDone === 'true');
    assert.deepEqual(await diagramOf(cp), original);

    // Opened, an exchange shows the spawn, the request, the reply and the
    // 'DOWN' that carries the result back; every message crossing between
    // nodes is drawn once.
    await sp.locator('g.event[data-kind="rpc"]').first().click();
    await sp.waitForFunction(() => document.querySelector('g.event.rpc.open') !== null);
    const opened = await sp.$$eval('#rows > g.event', (els) => els.map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('data-msg') ?? ''}`));
    const at = opened.findIndex((k) => k.startsWith('rpc'));
    const beneath = opened.slice(at + 1, at + 8).join('\n');
    assert.match(beneath, /^spawn/m);
    assert.match(beneath, /^send \{<[\d.]+>,\{store,weather,fine\}\}$/m);
    assert.match(beneath, /^send \{kvs,true\}$/m);
    assert.match(beneath, /^send \{'DOWN',#Ref<[\d.]+>,process,<[\d.]+>,\{#Ref<[\d.]+>,return,true\}\}$/m);
    for (const page of [sp, cp]) {
      await toggleAll(page, 'g.event.rpc:not(.open)');
      const crossing = await page.$$eval('#rows > g.event.cross-node[data-kind="send"]', (els) => els.map((e) => e.getAttribute('data-msg') ?? ''));
      const downs = crossing.filter((m) => m.startsWith("{'DOWN',"));
      assert.ok(downs.length >= 20, `${downs.length} 'DOWN's crossing`);
      assert.equal(new Set(crossing).size, crossing.length, `a message drawn twice:\n${crossing.join('\n')}`);
    }
    await toggleAll(sp, 'g.event.rpc.open');
    // Clicking rows scrolled the view up to them; the reader goes back to the newest.
    if (await sp.locator('#jump').isVisible()) await sp.locator('#jump').click();

    // A classroom projector.
    await sp.setViewportSize({ width: 1024, height: 768 });
    await sp.waitForFunction(() => document.querySelectorAll('g.event.rpc.open').length === 0);
    await sleep(300); // the page redraws 100 ms after a resize
    assert.ok(await newestOnScreen(sp), 'the newest row is on screen at 1024x768');
    const bar = await sp.locator('#bar').boundingBox();
    assert.ok(bar !== null && bar.height < 100, `the bar fits: ${bar?.height}`);
    await sp.screenshot({ path: join(IMAGES, 'live-view-1024.png') });
    await sp.locator('#present').click();
    await sp.waitForFunction(() => document.body.classList.contains('present'));
    assert.ok(await newestOnScreen(sp), 'the newest row is on screen in presentation mode');
    assert.deepEqual(await cutWords(sp), []);
    await sp.screenshot({ path: join(dir, 'live-view-present.png') });
    await sp.locator('#present').click();

    // Clear clears, for this page and the next: a reload does not bring the calls back.
    await sp.locator('#clear').click();
    assert.equal(await sp.locator('g.event').count(), 0);
    await sp.reload();
    await sp.waitForFunction((n) => document.querySelector('#status')?.textContent === `watching ${n}`, S);
    assert.equal(await sp.locator('g.event').count(), 0, 'still clear after a reload');
    await run(client, `rpc:call(${S}, kvs, lookup, [weather]).`, prompt++, C);
    await sp.waitForFunction(() => document.querySelectorAll('g.event.rpc.answered').length === 1);
    assert.equal(await rpcRows(sp), 1);

    assert.deepEqual((sp as Page & { errors?: string[] }).errors, []);
    assert.deepEqual((cp as Page & { errors?: string[] }).errors, []);
  } finally {
    await browser?.close();
    replayer?.kill();
    erl?.child.kill();
    client.child.kill();
    server.child.kill();
    epmd.kill();
  }
});
