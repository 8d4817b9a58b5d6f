// The page's lesson actions (docs/live-view-protocol.md, "From the page")
// against a real erlts node, read with a plain WebSocket client: an action
// needs the socket the token admits (no token, another Origin or Host: no
// socket, so no action), every bad field is answered and changes nothing,
// a flood is cut off, and the node lives on. Then a good hold and step,
// with the receive clause that took the message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { waitFor } from '../dist/helpers.js';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));

interface Shell {
  child: ChildProcess;
  out: () => string;
  type: (line: string) => void;
}

function shell(args: string[]): Shell {
  const child = spawn(ERLTS, args, { cwd: tmpdir(), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('latin1')));
  return { child, out: () => out, type: (line) => child.stdin!.write(line + '\n') };
}

type Frame = Record<string, unknown>;

interface Client {
  ws: WebSocket;
  frames: Frame[];
  closed: () => number | null;
  ask(command: unknown): Promise<Frame>;
}

async function client(url: string): Promise<Client> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + 'events');
  const frames: Frame[] = [];
  let code: number | null = null;
  ws.on('message', (d) => frames.push(JSON.parse(String(d)) as Frame));
  ws.on('close', (c) => (code = c));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  assert.ok(await waitFor(() => frames.some((f) => f.type === 'hello'), 5000), 'hello');
  const answers = () => frames.filter((f) => f.type === 'answer');
  return {
    ws,
    frames,
    closed: () => code,
    async ask(command) {
      const before = answers().length;
      ws.send(typeof command === 'string' ? command : JSON.stringify(command));
      assert.ok(await waitFor(() => answers().length > before, 5000), `an answer to ${JSON.stringify(command)}`);
      return answers()[before]!;
    },
  };
}

/** How a socket with these headers fares: 'open', or the HTTP status it was refused with. */
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

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const events = (c: Client, kind: string) =>
  c.frames.flatMap((f) => (f.type === 'events' || f.type === 'hello' ? (f.events as Frame[]) : [])).filter((e) => e.kind === kind);

test('lesson actions: only on the admitted socket, every bad input answered, the node lives on', async () => {
  const sh = shell([]);
  try {
    sh.type('{ok, U} = erlts_observer:start(0), io:format("URL ~s~n", [U]).');
    assert.ok(await waitFor(() => /URL (http:\S+)/.test(sh.out()), 15000), sh.out());
    const url = /URL (http:\S+)/.exec(sh.out())![1]!;
    const [, port, token] = /^http:\/\/127\.0\.0\.1:(\d+)\/([A-Za-z0-9_-]+)\/$/.exec(url)!;
    sh.type('Victim = spawn(fun V() -> receive M -> io:format("GOT ~p~n", [M]), V() end end), register(victim, Victim).');
    assert.ok(await waitFor(() => sh.out().includes('true\n'), 10000), sh.out());

    // Without the token, from another site or under another name, no socket: no action can even be sent.
    const hold = JSON.stringify({ type: 'hold', pid: 'victim' });
    const sockets = url.replace(/^http/, 'ws') + 'events';
    const other = token!.slice(0, -1) + (token!.endsWith('A') ? 'B' : 'A');
    assert.equal(await socketAnswer(`ws://127.0.0.1:${port}/events`), '403');
    assert.equal(await socketAnswer(`ws://127.0.0.1:${port}/${other}/events`), '403');
    assert.equal(await socketAnswer(sockets, { Origin: 'http://evil.example' }), '403');
    assert.equal(await socketAnswer(sockets, { Host: `evil.example:${port}` }), '403');
    // Nor over plain HTTP, with or without the token.
    assert.equal(await post(`http://127.0.0.1:${port}/events`, hold), 403);
    assert.equal(await post(url + 'events', hold), 404);
    assert.equal(await post(url + 'events', hold, { Origin: 'http://evil.example' }), 403);
    sh.type('victim ! not_held.');
    assert.ok(await waitFor(() => sh.out().includes('GOT not_held'), 10000), 'nothing was held: ' + sh.out());

    const c = await client(url);
    assert.equal((c.frames[0] as Frame).version, 2);
    const refused = async (command: unknown, error: RegExp) => {
      const a = await c.ask(command);
      assert.equal(a.ok, false, JSON.stringify(command));
      assert.match(String(a.error), error, JSON.stringify(command));
    };
    await refused('not json', /^not JSON$/);
    await refused([1, 2], /^a command is a JSON object$/);
    await refused({ type: 'frobnicate' }, /^unknown command frobnicate$/);
    await refused({ type: 'hold', pid: '<0.99999.0>' }, /^no process <0\.99999\.0> on this node$/);
    await refused({ type: 'hold', pid: '<9999.1.0>' }, /another node's process/);
    await refused({ type: 'hold', pid: { x: 1 } }, /^name a process/);
    await refused({ type: 'hold', pid: 'nobody_has_this_name' }, /^no process registered as nobody_has_this_name$/);
    await refused({ type: 'drop_next' }, /^name a process/);
    await refused({ type: 'kill', pid: 'victim', reason: '{{' }, /^not a term: \{\{$/);
    await refused({ type: 'kill', pid: 'victim', reason: 'a. b' }, /^not one term/);
    await refused({ type: 'kill', pid: 'victim', reason: 'x'.repeat(300) }, /at most 200 characters/);
    await refused({ type: 'latency', node: 'a@b', ms: 1e12 }, /^latency needs "ms"/);
    await refused({ type: 'cut', node: 'a@b' }, /^this node is not distributed/);
    await refused({ type: 'stall', on: 'yes' }, /^this node is not distributed|^stall needs/);
    await refused({ type: 'xray', on: 1 }, /^xray needs "on"/);
    const a = await c.ask({ type: 'held', id: 'mine' });
    assert.deepEqual([a.id, a.ok, a.result], ['mine', true, '0 held']);
    sh.type('victim ! still_not_held.');
    assert.ok(await waitFor(() => sh.out().includes('GOT still_not_held'), 10000), 'none of it held anything: ' + sh.out());

    // A frame over 4 KB closes that socket; a flood is answered, not run; the node serves the next page.
    const flood = await client(url);
    for (let i = 0; i < 60; i++) flood.ws.send(JSON.stringify({ type: 'held' }));
    assert.ok(await waitFor(() => flood.frames.filter((f) => f.type === 'answer').length === 60, 10000));
    const floodAnswers = flood.frames.filter((f) => f.type === 'answer');
    assert.ok(floodAnswers.some((f) => f.error === 'too many commands at once'));
    assert.ok(floodAnswers.filter((f) => f.ok === true).length <= 40, 'at most 20 a second run');
    flood.ws.send(JSON.stringify({ type: 'hold', pid: 'x'.repeat(5000) }));
    assert.ok(await waitFor(() => flood.closed() !== null, 5000), 'an oversized frame closes its socket');
    assert.equal(flood.closed(), 1009);

    // A good hold and step: the message waits, then one is let in and the receive says which clause took it.
    const held = await c.ask({ type: 'hold', pid: 'victim' });
    assert.match(String(held.result), /^holding the messages to <0\.\d+\.0>$/);
    sh.type('victim ! first, victim ! second, ok.');
    assert.ok(await waitFor(() => events(c, 'held').length === 2, 5000), JSON.stringify(c.frames.slice(-3)));
    assert.ok(!sh.out().includes('GOT first'));
    assert.match(String((await c.ask({ type: 'step' })).result), /^released first to <0\.\d+\.0>$/);
    assert.ok(await waitFor(() => sh.out().includes('GOT first'), 5000), sh.out());
    assert.ok(await waitFor(() => events(c, 'receive').some((e) => e.msg === 'first' && e.pattern === 'M' && e.clause === 1), 5000));
    assert.equal(events(c, 'released').length, 1);
    assert.ok(!sh.out().includes('GOT second'));
    assert.equal((await c.ask({ type: 'release' })).result, 'released 1 and stopped holding');
    assert.ok(await waitFor(() => sh.out().includes('GOT second'), 5000), sh.out());
    const killed = await c.ask({ type: 'kill', pid: 'victim', reason: '{shutdown, done}' });
    assert.match(String(killed.result), /^exit signal \{shutdown,done\} sent to <0\.\d+\.0>$/);
    assert.ok(await waitFor(() => events(c, 'exit').some((e) => e.reason === '{shutdown,done}'), 5000));
    assert.ok(events(c, 'fault').some((e) => e.what === 'kill' && e.detail === '{shutdown,done}'));
    // And the node's shell still answers.
    sh.type('1 + 1.');
    assert.ok(await waitFor(() => /> 2\n/.test(sh.out()), 5000), sh.out());
    c.ws.close();
  } finally {
    sh.child.kill();
  }
});
