// The live view's page (src/observer/page/) in headless Chromium, against a
// fake server that plays scripted frames of docs/live-view-protocol.md: what
// a student sees is what these tests read back from the SVG.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, launchChromium, NO_CHROMIUM } from './chromium.js';

const PAGE_DIR = fileURLToPath(new URL('../../../src/observer/page/', import.meta.url));
/** The page's own files, served as the live view serves them (the page uses relative addresses only). */
function pageFile(url: string): [string, string] | null {
  const at = url.split('?')[0]!;
  const name = at === '/' ? 'index.html' : /^\/([a-z_]+\.(js|css))$/.exec(at)?.[1];
  if (name === undefined) return null;
  const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  return [name, type];
}
const skip = chromiumPath() === null ? NO_CHROMIUM : false;
// Where to save screenshots to look at, when set (never in the repository).
const SHOTS = process.env.OBSERVER_SHOTS;

const A = 'a@localhost';
const B = 'b@localhost';

interface Proc {
  pid: string;
  node: string;
  name: string | null;
  call: string | null;
  system: boolean;
}

const shell: Proc = { pid: '<0.80.0>', node: A, name: null, call: 'erlang:apply/2', system: false };
const kvs: Proc = { pid: '<0.85.0>', node: A, name: 'kvs', call: 'kvs:loop/1', system: false };
const remote: Proc = { pid: '<9125.90.0>', node: B, name: null, call: null, system: false };
const init: Proc = { pid: '<0.0.0>', node: A, name: 'init', call: 'otp_ring0:start/2', system: true };
const codeServer: Proc = { pid: '<0.50.0>', node: A, name: 'code_server', call: 'code_server:init/3', system: true };
const user: Proc = { pid: '<0.70.0>', node: A, name: 'user', call: 'user:server/2', system: true };

type Event = { kind: string; [field: string]: unknown };

let server: http.Server;
let wss: WebSocketServer;
let browser: Browser;
let base: string;

before(async () => {
  if (skip) return;
  server = http.createServer((req, res) => {
    const file = pageFile(req.url ?? '');
    if (!file || !fs.existsSync(path.join(PAGE_DIR, file[0]))) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[1] });
    res.end(fs.readFileSync(path.join(PAGE_DIR, file[0])));
  });
  wss = new WebSocketServer({ server, path: '/events', clientTracking: true });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  if (skip) return;
  await browser?.close();
  for (const client of wss?.clients ?? []) client.terminate();
  await new Promise((resolve) => wss?.close(resolve));
  await new Promise((resolve) => server?.close(resolve));
});

class Session {
  private seq = 0;
  readonly errors: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly socket: WebSocket,
  ) {
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
  }

  // Numbers the events as the server would, `t` 10 ms apart.
  events(evs: Event[]): Event[] {
    return evs.map((ev) => ({ t: ++this.seq * 10.5, seq: this.seq, ...ev }));
  }

  send(evs: Event[]): void {
    this.socket.send(JSON.stringify({ type: 'events', events: this.events(evs) }));
  }

  async drawn(n: number): Promise<void> {
    await this.page.waitForFunction(`Number(document.body.dataset.events) >= ${n}`);
  }

  eval<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  attrs(selector: string, name: string): Promise<(string | null)[]> {
    return this.eval(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute(${JSON.stringify(name)}))`);
  }

  count(selector: string): Promise<number> {
    return this.page.locator(selector).count();
  }

  async box(selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const b = await this.page.locator(selector).first().boundingBox();
    assert.ok(b, `${selector} is drawn`);
    return b;
  }

  async laneCentre(pid: string): Promise<number> {
    const b = await this.box(`g.lane[data-pid="${pid}"] .lane-box`);
    return b.x + b.width / 2;
  }

  async shot(name: string): Promise<void> {
    if (!SHOTS) return;
    fs.mkdirSync(SHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }
}

// Opens the page, answers its connection with `hello`, runs `body`, and
// closes the page whatever happens; the page must not log an error.
async function withPage(hello: { processes: Proc[]; nodes?: string[]; events?: Event[] }, body: (s: Session) => Promise<void>, node = A): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(5000);
  try {
    const page = await context.newPage();
    const connected = once(wss, 'connection') as Promise<[WebSocket]>;
    await page.goto(`${base}/`);
    const [socket] = await connected;
    const s = new Session(context, page, socket);
    const events = s.events(hello.events ?? []);
    socket.send(JSON.stringify({ type: 'hello', node, processes: hello.processes, nodes: hello.nodes ?? [], events }));
    await page.waitForFunction('document.getElementById("status").textContent.startsWith("watching")');
    await body(s);
    assert.deepEqual(s.errors, []);
  } finally {
    await context.close();
  }
}

const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 3, `${what}: ${a} is not near ${b}`);

test('lanes appear for the processes of hello, grouped by node, the watched node first', { skip }, async () => {
  await withPage({ processes: [remote, shell, kvs], nodes: [B] }, async (s) => {
    assert.equal(await s.page.locator('#status').textContent(), `watching ${A}`);
    assert.deepEqual(await s.attrs('g.node', 'data-node'), [A, B]);
    assert.deepEqual(await s.attrs(`g.node[data-node="${A}"] g.lane`, 'data-pid'), [shell.pid, kvs.pid]);
    // Another node's process has a lane while messages name it: none yet.
    assert.deepEqual(await s.attrs(`g.node[data-node="${B}"] g.lane`, 'data-pid'), []);
    assert.deepEqual(await s.attrs('g.lane', 'data-node'), [A, A]);
    const kvsHead = await s.page.locator(`g.lane[data-pid="${kvs.pid}"]`).textContent();
    assert.match(kvsHead ?? '', /kvs.*kvs:loop\/1/s, 'the registered name, then the initial call');
    assert.doesNotMatch((await s.page.locator(`g.lane[data-pid="${kvs.pid}"] .lane-name`).textContent()) ?? '', /<0\.85\.0>/);
    // The shell's evaluator is named for what it is, its pid beneath.
    assert.equal(await s.page.locator(`g.lane[data-pid="${shell.pid}"] .lane-name`).textContent(), 'shell');
    assert.equal(await s.page.locator(`g.lane[data-pid="${shell.pid}"] .lane-call`).textContent(), shell.pid);
    const a = await s.box(`g.node[data-node="${A}"] .node-box`);
    const b = await s.box(`g.node[data-node="${B}"] .node-box`);
    assert.ok(a.x + a.width <= b.x, 'the watched node left of the other');
    const x = await s.laneCentre(kvs.pid);
    assert.ok(x > a.x && x < a.x + a.width, 'a lane inside its node box');
  });
});

test('a send draws an arrow from the sender lane to the receiver lane, labelled with the message', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    s.send([{ kind: 'send', from: shell.pid, to: kvs.pid, msg: '{put,a,1}' }]);
    await s.drawn(1);
    const send = `g.event[data-kind="send"][data-from="${shell.pid}"][data-to="${kvs.pid}"]`;
    assert.equal(await s.count(send), 1);
    assert.equal(await s.page.locator(`${send} text.label`).textContent(), '{put,a,1}');
    const shaft = await s.box(`${send} .shaft`);
    const head = await s.box(`${send} .head`);
    near(shaft.x, await s.laneCentre(shell.pid), 'the arrow starts on the sender lane');
    near(head.x + head.width, await s.laneCentre(kvs.pid), 'the arrow ends on the receiver lane');
    assert.equal(await s.page.locator(send).getAttribute('data-seq'), '1');

    s.send([
      { kind: 'send', from: null, to: shell.pid, msg: 'go' },
      { kind: 'send', from: kvs.pid, to: kvs.pid, msg: 'tick' },
    ]);
    await s.drawn(3);
    const outside = await s.box(`g.event[data-seq="2"] .shaft`);
    assert.ok(outside.x < (await s.laneCentre(shell.pid)) - 40, 'a send from outside starts left of every lane');
    assert.equal(await s.page.locator('g.event[data-seq="2"]').getAttribute('data-from'), null);
    assert.equal(await s.count(`g.event[data-seq="3"][data-from="${kvs.pid}"][data-to="${kvs.pid}"] path.shaft`), 1, 'a loop');
  });
});

test('a long message is cut in the middle of its arrow, the whole text in the tooltip', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    const msg = `{store,${'x'.repeat(150)},done}`;
    s.send([{ kind: 'send', from: shell.pid, to: kvs.pid, msg }]);
    await s.drawn(1);
    const text = (await s.page.locator('g.event[data-kind="send"] text.label').textContent()) ?? '';
    assert.ok(text.length < 40 && text.startsWith('{store,') && text.endsWith(',done}') && text.includes('…'), text);
    assert.ok(((await s.page.locator('g.event[data-kind="send"] > title').textContent()) ?? '').includes(msg));
  });
});

test('a receive puts a dot on the lane and marks the oldest matching send as received', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    s.send([
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: 'ping' },
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: 'ping' },
    ]);
    await s.drawn(2);
    assert.equal(await s.count('g.event.send.received'), 0);
    s.send([{ kind: 'receive', pid: kvs.pid, msg: 'ping' }]);
    await s.drawn(3);
    assert.deepEqual(await s.attrs('g.event.send.received', 'data-seq'), ['1']);
    assert.equal(await s.count(`g.event[data-kind="receive"][data-pid="${kvs.pid}"] circle.dot`), 1);
    const dot = await s.box('g.event[data-kind="receive"] circle.dot');
    near(dot.x + dot.width / 2, await s.laneCentre(kvs.pid), 'the dot on the receiver lane');

    await s.page.locator('#show-receive').uncheck();
    assert.equal(await s.count('g.event[data-kind="receive"]'), 0, 'receive events hidden');
    assert.deepEqual(await s.attrs('g.event.send.received', 'data-seq'), ['1'], 'the send stays marked');
    await s.page.locator('#show-receive').check();
    assert.equal(await s.count('g.event[data-kind="receive"]'), 1);
  });
});

test('a spawn adds a lane, with a dashed arrow from the parent', { skip }, async () => {
  await withPage({ processes: [shell] }, async (s) => {
    const child: Proc = { pid: '<0.90.0>', node: A, name: null, call: 'kvs:loop/1', system: false };
    s.send([{ kind: 'spawn', pid: child.pid, parent: shell.pid, call: child.call, procs: [child] }]);
    await s.drawn(1);
    assert.deepEqual(await s.attrs(`g.node[data-node="${A}"] g.lane`, 'data-pid'), [shell.pid, child.pid]);
    assert.match((await s.page.locator(`g.lane[data-pid="${child.pid}"]`).textContent()) ?? '', /kvs:loop\/1/);
    const spawn = `g.event[data-kind="spawn"][data-from="${shell.pid}"][data-to="${child.pid}"]`;
    assert.equal(await s.page.locator(`${spawn} text.label`).textContent(), 'spawn');
    assert.equal(await s.eval(`getComputedStyle(document.querySelector('${spawn} line.shaft')).strokeDasharray !== 'none'`), true);
    const lifeline = await s.box(`line.lifeline[data-pid="${child.pid}"]`);
    const arrow = await s.box(`${spawn} line.shaft`);
    near(lifeline.y, arrow.y, 'the new lane starts at the spawn row');

    s.send([{ kind: 'register', pid: child.pid, name: 'kvs' }]);
    await s.drawn(2);
    assert.equal(await s.page.locator(`g.lane[data-pid="${child.pid}"] .lane-name`).textContent(), 'kvs');
    assert.equal(await s.page.locator(`g.event[data-kind="register"][data-pid="${child.pid}"] text.label`).textContent(), 'register kvs');
  });
});

test('an exit draws an X with the reason, where the lane ends', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    const reason = "{badarith,[{erlang,'+',[a,1],[]}]}";
    s.send([
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: '{add,a,1}' },
      { kind: 'exit', pid: kvs.pid, reason },
      { kind: 'exit', pid: '<0.91.0>', reason: 'normal', procs: [{ ...kvs, pid: '<0.91.0>', name: null }] },
    ]);
    await s.drawn(3);
    const exit = `g.event[data-kind="exit"][data-pid="${kvs.pid}"]`;
    assert.equal(await s.page.locator(`${exit} text.label`).textContent(), reason);
    assert.equal(await s.count(`${exit}.abnormal path.cross`), 1);
    assert.equal(await s.count('g.event[data-kind="exit"][data-pid="<0.91.0>"].abnormal'), 0, 'normal is not an error');
    const cross = await s.box(`${exit} path.cross`);
    const lifeline = await s.box(`line.lifeline[data-pid="${kvs.pid}"]`);
    near(lifeline.y + lifeline.height, cross.y + cross.height / 2, 'the lifeline ends at the X');
    // Its column is free again: the next process takes it, and heads it.
    const next = await s.box('line.lifeline[data-pid="<0.91.0>"]');
    near(next.x, lifeline.x, 'the same column');
    assert.ok(next.y >= lifeline.y + lifeline.height, 'below the X');
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid, '<0.91.0>']);
    assert.equal(await s.count('g.lane.dead[data-pid="<0.91.0>"]'), 1);
  });
});

test('a message to or from another node is drawn in the cross-node colour', { skip }, async () => {
  await withPage({ processes: [shell, kvs], nodes: [B] }, async (s) => {
    s.send([
      { kind: 'send', from: shell.pid, to: remote.pid, msg: 'ping', procs: [remote] },
      { kind: 'send', from: remote.pid, to: shell.pid, msg: 'pong' },
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: 'local' },
    ]);
    await s.drawn(3);
    assert.deepEqual(await s.attrs(`g.node[data-node="${B}"] g.lane`, 'data-pid'), [remote.pid]);
    assert.deepEqual(await s.attrs('g.event.cross-node', 'data-seq'), ['1', '2']);
    const colour = (seq: number) => s.eval<string>(`getComputedStyle(document.querySelector('g.event[data-seq="${seq}"] .shaft')).stroke`);
    assert.equal(await colour(1), await colour(2));
    assert.notEqual(await colour(1), await colour(3));
  });
});

test('system processes are hidden until the box is ticked', { skip }, async () => {
  await withPage({ processes: [init, codeServer, user, shell] }, async (s) => {
    assert.equal(await s.page.locator('#show-system').isChecked(), false);
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid]);
    s.send([
      { kind: 'send', from: init.pid, to: codeServer.pid, msg: '{code_call,init,get_path}' },
      { kind: 'send', from: shell.pid, to: user.pid, msg: '{io_request,x}' },
    ]);
    await s.drawn(2);
    assert.deepEqual(await s.attrs('g.event', 'data-seq'), [], 'events that touch a system process wait for the box');
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid]);
    // The shell taking the io server's reply goes with the reply.
    s.send([
      { kind: 'send', from: user.pid, to: shell.pid, msg: '{io_reply,x,ok}' },
      { kind: 'receive', pid: shell.pid, msg: '{io_reply,x,ok}' },
    ]);
    await s.drawn(4);
    assert.deepEqual(await s.attrs('g.event', 'data-seq'), []);

    await s.page.locator('#show-system').check();
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [init.pid, codeServer.pid, user.pid, shell.pid]);
    assert.deepEqual(await s.attrs('g.event', 'data-seq'), ['1', '2', '3', '4']);
    assert.equal(await s.count(`g.lane.system[data-pid="${init.pid}"]`), 1);
    await s.page.locator('#show-system').uncheck();
    assert.deepEqual(await s.attrs('g.event', 'data-seq'), []);
  });
});

test('pause buffers the events and resume draws them', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    await s.page.locator('#pause').click();
    assert.equal(await s.page.locator('#pause').textContent(), 'Resume');
    s.send([
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: 'one' },
      { kind: 'send', from: kvs.pid, to: shell.pid, msg: 'two' },
    ]);
    s.send([{ kind: 'send', from: shell.pid, to: kvs.pid, msg: 'three' }]);
    await s.page.locator('#buffered', { hasText: '3 buffered' }).waitFor();
    assert.equal(await s.count('g.event'), 0);
    assert.equal(await s.eval('document.body.dataset.events'), '0');
    await s.page.locator('#pause').click();
    await s.drawn(3);
    assert.equal(await s.page.locator('#pause').textContent(), 'Pause');
    assert.deepEqual(await s.page.locator('g.event text.label').allTextContents(), ['one', 'two', 'three']);
    assert.equal(await s.page.locator('#buffered').isVisible(), false);
  });
});

test('clear forgets the drawn events and keeps the lanes of the live processes', { skip }, async () => {
  await withPage({ processes: [shell] }, async (s) => {
    const w1: Proc = { pid: '<0.91.0>', node: A, name: null, call: 'w:run/0', system: false };
    const w2: Proc = { pid: '<0.92.0>', node: A, name: null, call: 'w:run/0', system: false };
    s.send([
      { kind: 'spawn', pid: w1.pid, parent: shell.pid, call: w1.call, procs: [w1] },
      { kind: 'spawn', pid: w2.pid, parent: shell.pid, call: w2.call, procs: [w2] },
      { kind: 'send', from: shell.pid, to: w1.pid, msg: 'stop' },
      { kind: 'exit', pid: w1.pid, reason: 'normal' },
    ]);
    await s.drawn(4);
    assert.equal(await s.count('g.event'), 4);
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid, w1.pid, w2.pid]);
    await s.page.locator('#clear').click();
    assert.equal(await s.count('g.event'), 0);
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid, w2.pid]);
    s.send([{ kind: 'send', from: shell.pid, to: w2.pid, msg: 'work' }]);
    await s.drawn(5);
    assert.deepEqual(await s.attrs('g.event', 'data-seq'), ['5']);
    const first = await s.box('g.event[data-seq="5"] .row-bg');
    const lifeline = await s.box(`line.lifeline[data-pid="${w2.pid}"]`);
    assert.ok(lifeline.y <= first.y, 'a live lane runs from the top after clear');
  });
});

test('events the server had to drop are counted in the bar', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    assert.equal(await s.page.locator('#dropped').isHidden(), true);
    s.socket.send(JSON.stringify({ type: 'events', events: s.events([{ kind: 'send', from: shell.pid, to: kvs.pid, msg: 'a' }]), dropped: 120 }));
    s.socket.send(JSON.stringify({ type: 'events', events: [], dropped: 3 }));
    await s.page.locator('#dropped', { hasText: '123 events not shown' }).waitFor();
    await s.drawn(1);
  });
});

test('the status says disconnected when the server closes', { skip }, async () => {
  await withPage({ processes: [shell] }, async (s) => {
    s.socket.close();
    await s.page.locator('#status', { hasText: 'disconnected' }).waitFor();
    assert.equal(await s.page.locator('#status').textContent(), 'disconnected');
    assert.equal(await s.count('g.lane'), 1, 'the drawing stays');
  });
});

test('at most 2000 rows are kept, and the view follows the newest unless scrolled up', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    const burst = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'send', from: shell.pid, to: kvs.pid, msg: `{n,${i}}` }));
    s.send(burst(1500));
    s.send(burst(700));
    await s.drawn(2200);
    const rows = await s.count('g.event');
    assert.ok(rows <= 2000 && rows >= 1500, `${rows} rows`);
    assert.equal(await s.count('g.event[data-seq="2200"]'), 1, 'the newest is drawn');
    assert.equal(await s.count('g.event[data-seq="1"]'), 0, 'the oldest is gone');
    const view = 'document.getElementById("view")';
    const bottom = `${view}.scrollTop + ${view}.clientHeight >= ${view}.scrollHeight - 30`;
    assert.equal(await s.eval(bottom), true);

    await s.eval(`${view}.scrollTop = 0`);
    await s.page.locator('#jump').waitFor();
    s.send(burst(5));
    await s.drawn(2205);
    assert.equal(await s.eval(`${view}.scrollTop`), 0, 'left where the user scrolled');
    await s.page.locator('#jump').click();
    assert.equal(await s.eval(bottom), true);
  });
});

test('a page opened late draws the recent events that hello carries', { skip }, async () => {
  const client: Proc = { pid: '<0.95.0>', node: A, name: null, call: 'client:start/0', system: false };
  const peer: Proc = { pid: '<9125.101.0>', node: B, name: 'stats', call: null, system: false };
  const events: Event[] = [
    { kind: 'spawn', pid: kvs.pid, parent: shell.pid, call: kvs.call, procs: [{ ...kvs, name: null }] },
    { kind: 'register', pid: kvs.pid, name: 'kvs' },
    { kind: 'spawn', pid: client.pid, parent: shell.pid, call: client.call, procs: [client] },
    { kind: 'link', from: client.pid, to: kvs.pid },
    { kind: 'send', from: client.pid, to: kvs.pid, msg: `{put,<0.95.0>,colour,blue}` },
    { kind: 'receive', pid: kvs.pid, msg: `{put,<0.95.0>,colour,blue}` },
    { kind: 'send', from: kvs.pid, to: client.pid, msg: '{ok,colour}' },
    { kind: 'receive', pid: client.pid, msg: '{ok,colour}' },
    { kind: 'nodeup', node: B },
    { kind: 'send', from: kvs.pid, to: peer.pid, msg: '{stat,put,colour}', procs: [peer] },
    { kind: 'send', from: client.pid, to: kvs.pid, msg: `{get,<0.95.0>,size_of_the_universe_in_a_very_long_atom}` },
    { kind: 'send', from: null, to: kvs.pid, msg: 'dump' },
    { kind: 'send', from: kvs.pid, to: kvs.pid, msg: 'timeout' },
    { kind: 'receive', pid: kvs.pid, msg: 'timeout' },
    { kind: 'unlink', from: client.pid, to: kvs.pid },
    { kind: 'exit', pid: client.pid, reason: '{badarg,[{erlang,list_to_atom,[1],[]}]}' },
    { kind: 'nodedown', node: B },
  ];
  await withPage({ processes: [shell, kvs, peer], events }, async (s) => {
    await s.drawn(events.length);
    assert.equal(await s.count('g.event'), events.length);
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid, kvs.pid, client.pid, peer.pid]);
    assert.equal(await s.page.locator(`g.lane[data-pid="${kvs.pid}"] .lane-name`).textContent(), 'kvs');
    assert.deepEqual(await s.attrs('g.node', 'data-node'), [A, B]);
    assert.equal(await s.count(`g.node.down[data-node="${B}"]`), 1);
    await s.shot('late-hello');
    await s.page.locator('g.event[data-seq="11"] text.label').hover();
    await s.shot('late-hello-hover');
  });
});

test("the calling node's page: an rpc:call leaves as a spawn_request and comes back as a 'DOWN', one row", { skip }, async () => {
  const server: Proc = { pid: '<9125.120.0>', node: B, name: null, call: null, system: false };
  await withPage({ processes: [shell], nodes: [B] }, async (s) => {
    s.send([
      { kind: 'spawn_request', from: shell.pid, node: B, call: 'erpc:execute_call/4', args: '[#Ref<0.1.2.7>,kvs,store,[weather,fine]]' },
      {
        kind: 'send',
        from: server.pid,
        to: shell.pid,
        msg: "{'DOWN',#Ref<0.1.2.8>,process,<9125.120.0>,{#Ref<0.1.2.7>,return,true}}",
        procs: [server],
      },
      { kind: 'receive', pid: shell.pid, msg: "{'DOWN',#Ref<0.1.2.8>,process,<9125.120.0>,{#Ref<0.1.2.7>,return,true}}" },
    ]);
    await s.drawn(3);
    assert.deepEqual(await s.attrs('g.event', 'data-kind'), ['rpc']);
    assert.equal(await s.page.locator('g.event.rpc text.label').textContent(), '▸ rpc:call(b, kvs, store, [weather, fine]) → true');
    assert.equal(await s.count('g.event.rpc.answered'), 1);
    assert.deepEqual(await s.attrs('g.lane', 'data-pid'), [shell.pid], "the called node's worker has no lane while the exchange is closed");
    await s.page.locator('g.event.rpc').click();
    assert.deepEqual(await s.attrs('g.event', 'data-kind'), ['rpc', 'spawn_request', 'send', 'receive']);
    const label = (await s.page.locator('g.event[data-kind="send"] text.label').textContent()) ?? '';
    assert.ok(label.includes('#Ref<..8>') && !label.includes('0.1.2.8'), `refs shortened: ${label}`);
    await s.page.locator('g.event.rpc').click();
    assert.deepEqual(await s.attrs('g.event', 'data-kind'), ['rpc']);
  });
});

test('a long lesson: the oldest events are let go, and the bar says so', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    assert.equal(await s.page.locator('#forgotten').isHidden(), true);
    const burst = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'send', from: shell.pid, to: kvs.pid, msg: `{n,${i}}` }));
    s.send(burst(3500));
    s.send(burst(3500));
    await s.drawn(7000);
    await s.page.locator('#forgotten', { hasText: '2000 older events let go' }).waitFor();
    await s.page.locator('#clear').click();
    assert.equal(await s.page.locator('#forgotten').isHidden(), true);
  });
});

test('a recording: Download saves the events kept, and dropped on a page it plays back the same diagram', { skip }, async () => {
  const child: Proc = { pid: '<0.90.0>', node: A, name: null, call: 'w:run/0', system: false };
  let file = '';
  let before: (string | null)[] = [];
  await withPage({ processes: [shell, kvs] }, async (s) => {
    s.send([
      { kind: 'spawn', pid: child.pid, parent: shell.pid, call: child.call, procs: [child] },
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: '{put,a,1}' },
      { kind: 'receive', pid: kvs.pid, msg: '{put,a,1}' },
      { kind: 'send', from: kvs.pid, to: child.pid, msg: 'done' },
      { kind: 'exit', pid: child.pid, reason: 'normal' },
    ]);
    await s.drawn(5);
    before = await s.attrs('#rows > g.event', 'data-kind');
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('#download').click()]);
    file = fs.readFileSync((await download.path())!, 'utf8');
  });
  const rec = JSON.parse(file) as { format: string; version: number; node: string; processes: Proc[]; events: Event[] };
  assert.equal(rec.format, 'erlts-live-view-recording');
  assert.equal(rec.version, 1);
  assert.equal(rec.node, A);
  assert.deepEqual(
    rec.processes.map((p) => p.pid),
    [shell.pid, kvs.pid],
  );
  assert.deepEqual(
    rec.events.map((e) => e.kind),
    ['spawn', 'send', 'receive', 'send', 'exit'],
  );
  assert.ok(!('receivedBy' in rec.events[1]!), "the page's own fields are not saved");
  await withPage({ processes: [shell] }, async (s) => {
    const transfer = await s.page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'rec.json', { type: 'application/json' }));
      return dt;
    }, file);
    await s.page.dispatchEvent('#view', 'drop', { dataTransfer: transfer });
    await s.page.locator('#status', { hasText: `replay of ${A}` }).waitFor();
    await s.page.waitForFunction(() => document.body.dataset.replayDone === 'true');
    assert.deepEqual(await s.attrs('#rows > g.event', 'data-kind'), before);
    assert.equal(await s.page.locator('#progress').textContent(), '5 / 5 events');
    // A file that is not a recording is refused, with the reason.
    const bad = await s.page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"format":"other"}'], 'x.json'));
      return dt;
    });
    await s.page.dispatchEvent('#view', 'drop', { dataTransfer: bad });
    await s.page.locator('#status', { hasText: 'not a recording of the erlts live view' }).waitFor();
  });
});

test('the lesson tools: a held message waits beside its lane, a step says which clause took it, faults are drawn where they happened', { skip }, async () => {
  await withPage({ processes: [shell, kvs, remote], nodes: [B] }, async (s) => {
    s.send([
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: '{<0.80.0>,{store,k,v}}' },
      { kind: 'held', pid: kvs.pid, msg: '{<0.80.0>,{store,k,v}}' },
      { kind: 'send', from: shell.pid, to: kvs.pid, msg: 'junk' },
      { kind: 'held', pid: kvs.pid, msg: 'junk' },
    ]);
    await s.drawn(4);
    // Held: a parcel beside kvs's lane, its head counting two.
    assert.equal(await s.count(`g.event.held[data-pid="${kvs.pid}"] rect.parcel`), 2);
    assert.equal(await s.page.textContent(`g.lane.holding[data-pid="${kvs.pid}"] .held-count`), '2 held');
    const parcel = await s.box('g.event.held rect.parcel');
    near(parcel.x + parcel.width / 2, await s.laneCentre(kvs.pid), 'the parcel on the lane it waits for');
    assert.equal(await s.count('g.event.held.released'), 0);
    s.send([
      { kind: 'released', pid: kvs.pid, msg: '{<0.80.0>,{store,k,v}}' },
      { kind: 'receive', pid: kvs.pid, msg: '{<0.80.0>,{store,k,v}}', clause: 1, pattern: '{From, {store, Key, Value}}' },
    ]);
    await s.drawn(6);
    assert.deepEqual(await s.attrs('g.event.held.released', 'data-seq'), ['2'], 'the first parcel says it was held');
    assert.equal(await s.page.textContent('g.event.receive.stepped text.label'), 'matches clause 1: {From, {store, Key, Value}}');
    assert.equal(await s.page.textContent(`g.lane.holding[data-pid="${kvs.pid}"] .held-count`), '1 held');
    // Whatever receive takes without a step says what it took, as before.
    s.send([
      { kind: 'released', pid: kvs.pid, msg: 'junk' },
      { kind: 'no_match', pid: kvs.pid, msg: 'junk', patterns: ['{From, {store, Key, Value}}', '{From, {lookup, Key}}'] },
      { kind: 'fault', what: 'kill', node: null, pid: shell.pid, detail: '{shutdown,over}', by: A },
      { kind: 'fault', what: 'cut', node: B, pid: null, detail: B, by: A },
      { kind: 'fault', what: 'latency', node: B, pid: null, detail: '250', by: A },
      { kind: 'dropped', pid: kvs.pid, msg: 'lost' },
      { kind: 'future_kind', pid: kvs.pid },
    ]);
    await s.drawn(13);
    assert.equal(await s.count('g.lane.holding'), 0);
    assert.equal(await s.page.textContent('g.event.no_match text.label'), 'no clause matches: it waits in the mailbox');
    assert.match((await s.page.textContent('g.event.no_match title')) ?? '', /2: \{From, \{lookup, Key\}\}/);
    assert.equal(await s.page.textContent('g.event.fault-kill text.label'), 'kill: {shutdown,over}');
    const bolt = await s.box('g.event.fault-kill path.bolt');
    near(bolt.x + bolt.width / 2, await s.laneCentre(shell.pid), 'a kill on the process killed');
    // A connection's fault spans the two nodes it joins.
    const band = await s.box('g.event.fault-cut rect.band');
    const shellX = await s.laneCentre(shell.pid);
    const other = await s.box(`g.node[data-node="${B}"] .node-box`);
    assert.ok(band.x < shellX && band.x + band.width >= other.x + other.width - 10, 'the cut spans both nodes');
    assert.equal(await s.page.textContent('g.event.fault-latency text.label'), `latency: 250 ms on the connection to ${B}`);
    assert.equal(await s.page.textContent('g.event[data-kind="dropped"] text.label'), 'dropped lost');
    assert.equal(await s.count('g.event[data-kind="future_kind"]'), 0, 'a kind from a later protocol is not drawn');
    // The wire lane: hidden until its box is ticked, which asks the server for it.
    const asked = new Promise<string>((resolve) => s.socket.once('message', (d) => resolve(String(d))));
    s.send([
      { kind: 'wire', dir: 'in', peer: B, step: 'send_name', fields: { name: B, flags: 'PUBLISHED ATOM_CACHE EXTENDED_REFERENCES', creation: '7' }, bytes: 31 },
      { kind: 'wire', dir: 'out', peer: B, step: 'REG_SEND', fields: { control: "{6,<0.80.0>,'',kvs}", message: 'hello' }, bytes: 40 },
      { kind: 'wire', dir: 'out', peer: B, step: 'REG_SEND', fields: { control: "{6,<0.80.0>,'',global_name_server}", message: 'x' }, bytes: 40, system: true },
    ]);
    await s.drawn(16);
    assert.equal(await s.count('g.event.wire'), 0);
    await s.page.locator('#lesson-toggle').click();
    await s.page.locator('#show-wire').check();
    assert.deepEqual(JSON.parse(await asked), { type: 'xray', on: true, id: 1 });
    assert.equal(await s.count('g.event.wire'), 2, "the node's own traffic waits for show plumbing");
    assert.equal(await s.page.textContent('g.event.wire[data-step="send_name"] .wire-label'), `← ${B} send_name · 31 B`);
    assert.equal(await s.page.textContent('g.event.wire[data-step="send_name"] .wire-flags'), 'flags PUBLISHED ATOM_CACHE EXTENDED_REFERENCES');
    assert.equal(await s.page.textContent('g.event.wire[data-step="REG_SEND"] .wire-label'), `→ ${B} REG_SEND {6,<0.80.0>,'',kvs} hello · 40 B`);
    const wire = await s.box('g.event.wire .wire-label');
    assert.ok(wire.x < (await s.laneCentre(shell.pid)), 'the wire lane is left of the nodes');
    await s.shot('lesson-tools');
  });
});

test('the lesson bar: a button sends its command, the answer is shown, a refusal in red', { skip }, async () => {
  await withPage({ processes: [shell, kvs] }, async (s) => {
    const next = () => new Promise<Record<string, unknown>>((resolve) => s.socket.once('message', (d) => resolve(JSON.parse(String(d)))));
    await s.page.locator('#lesson-toggle').click();
    await s.page.selectOption('#act-proc', kvs.pid);
    let asked = next();
    await s.page.locator('#act-hold').click();
    assert.deepEqual(await asked, { type: 'hold', id: 1, pid: kvs.pid });
    s.socket.send(JSON.stringify({ type: 'answer', id: 1, ok: true, result: `holding the messages to ${kvs.pid}` }));
    await s.page.waitForFunction(() => document.getElementById('answer')!.textContent!.startsWith('holding'));
    asked = next();
    await s.page.fill('#act-reason', '{shutdown, over}');
    await s.page.locator('#act-kill').click();
    assert.deepEqual(await asked, { type: 'kill', id: 2, pid: kvs.pid, reason: '{shutdown, over}' });
    s.socket.send(JSON.stringify({ type: 'answer', id: 2, ok: false, error: 'no process <0.85.0> on this node' }));
    await s.page.waitForFunction(() => document.getElementById('answer')!.classList.contains('refused'));
    assert.equal(await s.page.textContent('#answer'), 'refused: no process <0.85.0> on this node');
    // No other node: a connection's buttons say so without asking.
    await s.page.locator('#act-cut').click();
    assert.equal(await s.page.textContent('#answer'), 'no other node is connected');
    assert.equal(await s.count('#answer.refused'), 1);
  });
});
