// The live view's server against real erlts nodes (OS processes), read with
// a plain WebSocket client: what docs/live-view-protocol.md promises, the
// events of a shell session and of an rpc crossing two nodes, and the
// refusal of pages from other sites.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { freePort, NO_ERL, runErl, sleep, startRealEpmd, waitFor } from '../dist/helpers.js';
import { killEpmd } from '../../src/distribution/epmd/client.js';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));

interface Shell {
  child: ChildProcess;
  out: () => string;
  type: (line: string) => void;
}

function shell(args: string[], env: NodeJS.ProcessEnv = process.env): Shell {
  const child = spawn(ERLTS, args, { env, cwd: tmpdir(), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('latin1')));
  return { child, out: () => out, type: (line) => child.stdin!.write(line + '\n') };
}

async function liveUrl(sh: Shell): Promise<string> {
  sh.type('{ok, LiveUrl} = erlts_observer:start(0), io:format("URL ~s~n", [LiveUrl]).');
  assert.ok(await waitFor(() => /URL (http:\S+)/.test(sh.out()), 15000), sh.out());
  return /URL (http:\S+)/.exec(sh.out())![1]!;
}

interface Feed {
  hello: Record<string, unknown>;
  events: Record<string, unknown>[];
  ws: WebSocket;
}

async function connect(url: string): Promise<Feed> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + 'events');
  const feed: Feed = { hello: {}, events: [], ws };
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; events: Record<string, unknown>[] };
    if (frame.type === 'hello') {
      feed.hello = frame;
      feed.events.push(...frame.events);
    } else feed.events.push(...frame.events);
  });
  assert.ok(await waitFor(() => feed.hello.type === 'hello', 5000), 'hello frame');
  return feed;
}

const find = (feed: Feed, pred: (e: Record<string, unknown>) => boolean) => feed.events.find(pred);

test('a shell session: spawn, register, send, receive and exit, as the protocol says', async () => {
  const sh = shell([]);
  try {
    const url = await liveUrl(sh);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]+\/$/);
    const feed = await connect(url);
    assert.equal(feed.hello.node, 'nonode@nohost');
    const procs = feed.hello.processes as { pid: string; name: string | null; system: boolean }[];
    assert.ok(
      procs.some((p) => p.name === 'user' && p.system),
      'the user io server, as a system process',
    );
    sh.type(
      'P = spawn(fun() -> receive {ping, From} -> From ! pong end end), register(pinger, P), P ! {ping, self()}, receive pong -> io:format("PID ~p~n", [P]) end.',
    );
    assert.ok(await waitFor(() => /PID (<[\d.]+>)/.test(sh.out()), 10000), sh.out());
    const pid = /PID (<[\d.]+>)/.exec(sh.out())![1]!;
    assert.ok(await waitFor(() => find(feed, (e) => e.kind === 'exit' && e.pid === pid) !== undefined, 5000), JSON.stringify(feed.events));
    const spawned = find(feed, (e) => e.kind === 'spawn' && e.pid === pid)!;
    assert.ok(spawned, 'spawn event');
    assert.deepEqual(
      (spawned.procs as { pid: string }[]).map((p) => p.pid),
      [pid],
    );
    assert.ok(
      find(feed, (e) => e.kind === 'register' && e.pid === pid && e.name === 'pinger'),
      'register event',
    );
    const ping = find(feed, (e) => e.kind === 'send' && e.to === pid && /^\{ping,<[\d.]+>\}$/.test(String(e.msg)))!;
    assert.ok(ping, 'the ping message');
    assert.ok(
      find(feed, (e) => e.kind === 'receive' && e.pid === pid && e.msg === ping.msg),
      'received',
    );
    assert.ok(
      find(feed, (e) => e.kind === 'send' && e.from === pid && e.to === ping.from && e.msg === 'pong'),
      'the answer',
    );
    assert.equal(find(feed, (e) => e.kind === 'exit' && e.pid === pid)!.reason, 'normal');
    const seqs = feed.events.map((e) => e.seq as number);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => a - b),
      'events in order',
    );
    feed.ws.close();

    // A page that connects later gets the recent events in its hello.
    const late = await connect(url);
    assert.ok(
      find(late, (e) => e.kind === 'exit' && e.pid === pid),
      'history for late pages',
    );
    late.ws.close();
  } finally {
    sh.child.kill();
  }
});

/** The status of a plain HTTP GET with the headers given (fetch cannot set Host). */
function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    // The path goes as it is: a URL object would resolve `%2e%2e`.
    const u = new URL(url);
    const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const req = http.get({ host: u.hostname, port: u.port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

/** 'open', or the HTTP status that refused the socket. */
function socketAnswer(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', () => resolve('error'));
  });
}

test('the server: the page under its token, 403 without it or from elsewhere, 404 for other files', async () => {
  const sh = shell(['-noshell', '-eval', '{ok, U} = erlts_observer:start(0), io:format("URL ~s~n", [U]).']);
  try {
    assert.ok(await waitFor(() => /URL (http:\S+)/.test(sh.out()), 15000), sh.out());
    const url = /URL (http:\S+)/.exec(sh.out())![1]!;
    const m = /^http:\/\/127\.0\.0\.1:(\d+)\/([A-Za-z0-9_-]{24,})\/$/.exec(url);
    assert.ok(m, url);
    const [, port, token] = m;
    const root = `http://127.0.0.1:${port}/`;
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
    assert.equal((await fetch(url + 'app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await fetch(url + 'model.js')).status, 200, 'the modules app.js imports');
    assert.equal((await fetch(url + 'style.css')).headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(await get(url + '%2e%2e/feed.js'), 404, 'sent as it is (fetch would resolve the dots)');
    assert.equal((await fetch(url + '../../etc/passwd')).status, 403, 'out of the token folder');
    assert.equal((await fetch(url + 'nope')).status, 404);
    // Without the token, or with another, nothing: not the page, not a file.
    assert.equal(await get(root), 403);
    assert.equal(await get(root + 'app.js'), 403);
    assert.equal(await get(root + 'events'), 403);
    const other = token!.slice(0, -1) + (token!.endsWith('A') ? 'B' : 'A');
    assert.equal(await get(`${root}${other}/`), 403);
    assert.equal(await get(`${root}${token!.slice(0, -1)}/`), 403);
    // The Host must be this server (a DNS-rebound name is refused), an Origin its own.
    assert.equal(await get(url, { Host: `localhost:${port}` }), 200);
    assert.equal(await get(url, { Host: `evil.example:${port}` }), 403);
    assert.equal(await get(url, { Host: '127.0.0.1' }), 403, 'without the port');
    assert.equal(await get(url, { Origin: 'http://example.com' }), 403);
    assert.equal(await get(url, { Origin: `http://127.0.0.1:${port}` }), 200);

    const events = url.replace(/^http/, 'ws') + 'events';
    assert.equal(await socketAnswer(events, { Origin: 'http://example.com' }), '403');
    assert.equal(await socketAnswer(events, { Origin: `http://localhost:${Number(port) + 1}` }), '403');
    assert.equal(await socketAnswer(events, { Origin: url.replace(/\/[^/]+\/$/, '') }), 'open');
    assert.equal(await socketAnswer(events), 'open', 'a tool without Origin, with the token');
    assert.equal(await socketAnswer(`ws://127.0.0.1:${port}/events`), '403', 'no token');
    assert.equal(await socketAnswer(`ws://127.0.0.1:${port}/${other}/events`), '403', 'another token');
    assert.equal(await socketAnswer(events, { Host: `evil.example:${port}` }), '403');

    // At most 16 sockets at once: the next is refused, and a closed one makes room.
    const open: WebSocket[] = [];
    try {
      for (let i = 0; i < 16; i++) {
        const ws = new WebSocket(events);
        open.push(ws);
        await new Promise((resolve, reject) => {
          ws.once('open', resolve);
          ws.once('error', reject);
        });
      }
      assert.equal(await socketAnswer(events), '503');
      open.pop()!.close();
      assert.ok(await waitFor(async () => (await socketAnswer(events)) === 'open', 5000), 'room again after a close');
    } finally {
      for (const ws of open) ws.close();
    }
  } finally {
    sh.child.kill();
  }
});

test('observer:start/0 prints where the live view is', async () => {
  const sh = shell([]);
  try {
    sh.type('observer:start().');
    assert.ok(await waitFor(() => /1> Live view of nonode@nohost: http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{24}\/\nok\n/.test(sh.out()), 15000), sh.out());
  } finally {
    sh.child.kill();
  }
});

test('two nodes: an rpc crosses to the server and its answer back', async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'erlts-live-'));
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const server = shell(['-sname', 'liveserver@localhost', '-setcookie', 'livec'], env);
  let client: Shell | null = null;
  try {
    const feed = await connect(await liveUrl(server));
    client = shell(['-sname', 'liveclient@localhost', '-setcookie', 'livec'], env);
    client.type('rpc:call(liveserver@localhost, erlang, list_to_atom, ["crossed"]).');
    assert.ok(await waitFor(() => /> crossed\n/.test(client!.out()), 20000), client.out());
    assert.ok(
      await waitFor(
        () =>
          find(feed, (e) => e.kind === 'send' && /crossed/.test(String(e.msg)) && String(e.to).startsWith('<') && !String(e.to).startsWith('<0.')) !==
          undefined,
        5000,
      ),
      JSON.stringify(feed.events),
    );
    assert.ok(
      find(feed, (e) => e.kind === 'nodeup' && e.node === 'liveclient@localhost'),
      'nodeup',
    );
    const procsOf = (e: Record<string, unknown>) => (e.procs ?? []) as { pid: string; node: string; name: string | null }[];
    const everyProc = () => feed.events.flatMap(procsOf).concat(feed.hello.processes as never[]);
    // rpc:call is erpc's: a spawn_request from the caller, the answer in the DOWN of its monitor.
    const spawned = find(feed, (e) => e.kind === 'spawn' && e.call === 'erpc:execute_call/4' && typeof e.parent === 'string')!;
    assert.ok(spawned, 'the remote spawn');
    assert.equal(everyProc().find((p) => p.pid === spawned.parent)?.node, 'liveclient@localhost', 'spawned by a process of the client');
    const answer = find(feed, (e) => e.kind === 'send' && e.from === spawned.pid && /^\{'DOWN',.*crossed/.test(String(e.msg)))!;
    assert.ok(answer, 'the answer goes back');
    assert.equal(answer.to, spawned.parent);
    client.type('halt().');
    assert.ok(await waitFor(() => find(feed, (e) => e.kind === 'nodedown' && e.node === 'liveclient@localhost') !== undefined, 10000), 'nodedown');
    feed.ws.close();
  } finally {
    client?.child.kill();
    server.child.kill();
    await sleep(200);
    await killEpmd({ host: '127.0.0.1', port }).catch(() => false);
  }
});

test('the cluster on one page: a peer streams its events to the watching node, each message once', async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'erlts-stream-'));
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const server = shell(['-sname', 'streamserver@localhost', '-setcookie', 'streamc'], env);
  let client: Shell | null = null;
  try {
    server.type('register(echo, spawn(fun L() -> receive {F, M} -> F ! {echoed, M}, L() end end)).');
    client = shell(['-sname', 'streamclient@localhost', '-setcookie', 'streamc'], env);
    const feed = await connect(await liveUrl(client));
    client.type('net_adm:ping(streamserver@localhost).');
    assert.ok(await waitFor(() => /pong/.test(client!.out()), 20000), client.out());
    // The server says it streams, and describes its processes: echo among them.
    assert.ok(
      await waitFor(() => find(feed, (e) => e.kind === 'stream' && e.node === 'streamserver@localhost') !== undefined, 10000),
      JSON.stringify(feed.events),
    );
    const stream = find(feed, (e) => e.kind === 'stream')!;
    const described = stream.procs as { pid: string; node: string; name: string | null; system: boolean }[];
    const echo = described.find((p) => p.name === 'echo')!;
    assert.ok(echo, JSON.stringify(described));
    assert.match(echo.pid, /^<\d+\.\d+\.0>$/);
    assert.ok(!echo.pid.startsWith('<0.'), 'pids as the watching node prints them');
    assert.equal(echo.node, 'streamserver@localhost');
    assert.ok(described.some((p) => p.name === 'net_kernel' && p.system));
    client.type('{echo, streamserver@localhost} ! {self(), hi}, receive {echoed, X} -> X end.');
    assert.ok(await waitFor(() => /> hi\n/.test(client!.out()), 10000), client.out());
    // Inside the server: echo takes the message (streamed), and its answer
    // crosses back once (traced here on arrival, not again from the stream).
    assert.ok(await waitFor(() => find(feed, (e) => e.kind === 'receive' && e.pid === echo.pid) !== undefined, 10000), JSON.stringify(feed.events));
    assert.ok(await waitFor(() => find(feed, (e) => e.kind === 'send' && e.msg === '{echoed,hi}') !== undefined, 10000));
    await sleep(300);
    assert.equal(feed.events.filter((e) => e.kind === 'send' && e.msg === '{echoed,hi}').length, 1, 'the answer once');
    const requests = feed.events.filter((e) => e.kind === 'send' && /^\{<[\d.]+>,hi\}$/.test(String(e.msg)));
    assert.equal(requests.length, 1, 'the request once');
    assert.equal(requests[0]!.to, echo.pid, "{echo, Node} ! M ends on echo's lane");
    // The streaming itself is never drawn.
    assert.ok(!feed.events.some((e) => /erlts_view/.test(String(e.msg))), 'no view traffic');
    feed.ws.close();
  } finally {
    client?.child.kill();
    server.child.kill();
    await sleep(200);
    await killEpmd({ host: '127.0.0.1', port }).catch(() => false);
  }
});

test('a real erl node calling in: its spawn request, a message from it, and the answer back', { skip: NO_ERL }, async () => {
  const port = await freePort();
  const epmd = await startRealEpmd(port);
  const dir = mkdtempSync(join(tmpdir(), 'erlts-live-erl-'));
  const env = { ...process.env, ERL_EPMD_PORT: String(port), HOME: dir };
  const server = shell(['-sname', 'liveerts@localhost', '-setcookie', 'livee'], env);
  try {
    server.type('register(inbox, spawn(fun() -> receive M -> M end end)).');
    const feed = await connect(await liveUrl(server));
    const erl = runErl(
      ['-sname', 'liveerl@localhost', '-setcookie', 'livee'],
      'R = rpc:call(liveerts@localhost, erlang, list_to_atom, ["from_erl"]), {inbox, liveerts@localhost} ! {hi, R}, timer:sleep(300), halt().',
      port,
    );
    assert.equal(await erl.exited, 0, erl.output());
    assert.ok(await waitFor(() => find(feed, (e) => e.kind === 'send' && e.msg === '{hi,from_erl}') !== undefined, 5000), JSON.stringify(feed.events));
    const procsOf = (e: Record<string, unknown>) => (e.procs ?? []) as { pid: string; node: string }[];
    const nodeOf = (pid: unknown) => feed.events.flatMap(procsOf).find((p) => p.pid === pid)?.node;
    const spawned = find(feed, (e) => e.kind === 'spawn' && e.call === 'erpc:execute_call/4')!;
    assert.equal(nodeOf(spawned.parent), 'liveerl@localhost');
    assert.ok(
      find(feed, (e) => e.kind === 'send' && e.from === spawned.pid && /from_erl/.test(String(e.msg)) && e.to === spawned.parent),
      'the answer',
    );
    const hi = find(feed, (e) => e.kind === 'send' && e.msg === '{hi,from_erl}')!;
    assert.equal(nodeOf(hi.from), 'liveerl@localhost');
    assert.ok(
      find(feed, (e) => e.kind === 'nodedown' && e.node === 'liveerl@localhost') ??
        (await waitFor(() => find(feed, (e) => e.kind === 'nodedown') !== undefined, 10000)),
      'nodedown',
    );
    feed.ws.close();
  } finally {
    server.child.kill();
    epmd.kill();
  }
});
