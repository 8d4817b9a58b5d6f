// Two machines, for real: the test makes two network namespaces joined by a
// veth pair (10.77.0.1 and 10.77.0.2, addresses that exist only inside
// namespaces this test creates and deletes) and runs one erlts `-name` node
// in each, each with an EPMD inside its own namespace (in the first, the one
// erlts starts itself; in the second, real epmd when installed). Then: the
// kvs walkthrough of docs/guide.md across them, a global name, the link cut
// (`ip link set down`) and `nodedown` within net_ticktime (4 s here) on both
// sides, the link healed, `pong` again and the global names back on both
// sides. Needs root and iproute2; skipped with a message otherwise. The
// namespaces and everything started in them are removed even on failure.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ERLTS_BIN, HAVE_EPMD, waitFor } from './helpers.js';

const TAG = `et${process.pid % 100000}`;
const NS_A = `${TAG}a`;
const NS_B = `${TAG}b`;
const VETH_A = `${TAG}va`;
const VETH_B = `${TAG}vb`;
const ADDR_A = '10.77.0.1';
const ADDR_B = '10.77.0.2';
const EPMD_PORT = 4369 + 10000 + (process.pid % 1000);
const TICKTIME = 4;

function sh(args: string[]): { ok: boolean; err: string } {
  const r = spawnSync('ip', args, { encoding: 'utf8', timeout: 10000 });
  return { ok: r.status === 0, err: `${r.stderr ?? ''}${r.error?.message ?? ''}` };
}

/** Why namespaces cannot be made here, or false when they can. */
function whyNoNetns(): string | false {
  if (process.platform !== 'linux') return 'network namespaces need Linux; skipped';
  if (process.getuid?.() !== 0) return 'network namespaces need root; skipped';
  if (spawnSync('ip', ['-V'], { stdio: 'ignore' }).error !== undefined) return 'iproute2 (`ip`) is not installed; skipped';
  const probe = `${TAG}p`;
  const made = sh(['netns', 'add', probe]);
  sh(['netns', 'del', probe]);
  return made.ok ? false : `cannot make a network namespace (${made.err.trim()}); skipped`;
}

const SKIP = whyNoNetns();

/** Kills what runs inside our namespaces (only this test starts anything there), then deletes them. */
function cleanup(): void {
  for (const ns of [NS_A, NS_B]) {
    const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).stdout ?? '';
    for (const pid of pids.split(/\s+/).filter((s) => /^\d+$/.test(s))) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    sh(['netns', 'del', ns]);
  }
}

function setup(): void {
  const steps: string[][] = [
    ['netns', 'add', NS_A],
    ['netns', 'add', NS_B],
    ['link', 'add', VETH_A, 'type', 'veth', 'peer', 'name', VETH_B],
    ['link', 'set', VETH_A, 'netns', NS_A],
    ['link', 'set', VETH_B, 'netns', NS_B],
    ['-n', NS_A, 'addr', 'add', `${ADDR_A}/24`, 'dev', VETH_A],
    ['-n', NS_B, 'addr', 'add', `${ADDR_B}/24`, 'dev', VETH_B],
    ['-n', NS_A, 'link', 'set', 'lo', 'up'],
    ['-n', NS_B, 'link', 'set', 'lo', 'up'],
    ['-n', NS_A, 'link', 'set', VETH_A, 'up'],
    ['-n', NS_B, 'link', 'set', VETH_B, 'up'],
  ];
  for (const s of steps) {
    const r = sh(s);
    if (!r.ok) throw new Error(`ip ${s.join(' ')}: ${r.err}`);
  }
}

interface NsRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function inNs(ns: string, cmd: string[], env: Record<string, string>): NsRun {
  const child = spawn('ip', ['netns', 'exec', ns, ...cmd], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d.toString('latin1')));
  child.stderr!.on('data', (d) => (out += d.toString('latin1')));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

/** Report headers carry the time: T instead. */
function stamps(text: string): string {
  return text.replace(/^=ERROR REPORT==== .* ===$/gm, '=ERROR REPORT==== T ===');
}

const KVS = `-module(kvs).
-export([start/0, store/2, lookup/1]).
start() ->
    Pid = spawn(fun() -> loop(#{}) end),
    register(kvs, Pid).
store(Key, Value) -> call({store, Key, Value}).
lookup(Key) -> call({lookup, Key}).
call(Request) ->
    kvs ! {self(), Request},
    receive {kvs, Reply} -> Reply end.
loop(Table) ->
    receive
        {From, {store, Key, Value}} ->
            io:format("kvs: storing ~p~n", [Key]),
            From ! {kvs, true},
            loop(Table#{Key => Value});
        {From, {lookup, Key}} ->
            io:format("kvs: looking up ~p~n", [Key]),
            From ! {kvs, maps:find(Key, Table)},
            loop(Table)
    end.
`;

const SERVER = `
{ok, kvs} = c:c("DIR/kvs.erl", [{outdir, "DIR"}]),
true = kvs:start(),
yes = global:register_name(kvs_global, whereis(kvs)),
ok = net_kernel:monitor_nodes(true),
io:format("server ready~n"),
Watch = fun(W) ->
    receive
        {nodeup, N} -> io:format("nodeup ~p~n", [N]);
        {nodedown, N} -> io:format("nodedown ~p ~p~n", [N, global:whereis_name(cli_global)])
    end,
    W(W) end,
Watch(Watch).
`;

const CLIENT = `
S = 'srv@${ADDR_A}',
io:format("~p~n", [net_adm:ping(S)]),
io:format("~p~n", [rpc:call(S, kvs, store, [google, "http://www.google.com"])]),
io:format("~p~n", [rpc:call(S, kvs, lookup, [google])]),
{kvs, S} ! {self(), {lookup, google}},
receive {kvs, R} -> io:format("~p~n", [R]) after 5000 -> io:format("no reply~n") end,
ok = global:sync(),
io:format("global ~p~n", [node(global:whereis_name(kvs_global))]),
yes = global:register_name(cli_global, self()),
io:format("registered ~p~n", [rpc:call(S, global, whereis_name, [cli_global]) =:= self()]),
monitor_node(S, true),
io:format("cut now~n"),
T0 = erlang:monotonic_time(millisecond),
receive {nodedown, S} -> io:format("nodedown after ~p ms~n", [erlang:monotonic_time(millisecond) - T0])
after 30000 -> io:format("no nodedown~n") end,
io:format("after cut ~p ~p~n", [global:whereis_name(kvs_global), nodes()]),
io:format("heal now~n"),
receive after 1000 -> ok end,
Ping = fun(P, N) -> case net_adm:ping(S) of pong -> pong; pang when N > 0 -> timer:sleep(500), P(P, N - 1); pang -> pang end end,
io:format("~p~n", [Ping(Ping, 20)]),
ok = global:sync(),
io:format("global again ~p ~p~n", [node(global:whereis_name(kvs_global)), rpc:call(S, global, whereis_name, [cli_global]) =:= self()]),
io:format("~p~n", [rpc:call(S, kvs, lookup, [google])]),
halt().
`;

describe('two namespaces, two -name nodes', { skip: SKIP }, () => {
  let dir = '';
  const runs: NsRun[] = [];
  before(() => {
    cleanup();
    setup();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-netns-'));
    fs.writeFileSync(path.join(dir, 'kvs.erl'), KVS);
  });
  after(() => {
    for (const r of runs) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    cleanup();
    if (dir !== '') fs.rmSync(dir, { recursive: true, force: true });
  });

  it('kvs across, nodedown within net_ticktime when cut, pong and global names after it heals', { timeout: 120000 }, async () => {
    const env = { ERL_EPMD_PORT: String(EPMD_PORT) };
    const nodeArgs = ['-setcookie', 'kvsdemo', '-kernel', 'net_ticktime', String(TICKTIME), '-noshell', '-eval'];
    // Namespace A: erlts starts its own EPMD there (the builtin one).
    const server = inNs(NS_A, [ERLTS_BIN, '-name', `srv@${ADDR_A}`, ...nodeArgs, SERVER.split('DIR').join(dir)], { ...env, ERLTS_EPMD: 'builtin' });
    runs.push(server);
    assert.ok(await waitFor(() => server.output().includes('server ready\n'), 30000, 100), server.output());
    // Namespace B: real epmd when installed, else erlts's own again.
    if (HAVE_EPMD) {
      const epmd = inNs(NS_B, ['epmd', '-port', String(EPMD_PORT)], {});
      runs.push(epmd);
    }
    const client = inNs(NS_B, [ERLTS_BIN, '-name', `cli@${ADDR_B}`, ...nodeArgs, CLIENT], { ...env, ERLTS_EPMD: 'builtin' });
    runs.push(client);

    assert.ok(await waitFor(() => client.output().includes('cut now\n'), 30000, 100), client.output());
    const cut = sh(['-n', NS_A, 'link', 'set', VETH_A, 'down']);
    assert.ok(cut.ok, cut.err);
    assert.ok(await waitFor(() => client.output().includes('heal now\n'), 30000, 100), client.output());
    // Healed once both sides have noticed: healed earlier, the client's
    // FIN (sent when its ticks ran out) reaches a server whose own ticks
    // have not, which then closes without erl's report (a race, seen on
    // the base build too).
    assert.ok(await waitFor(() => server.output().includes(`nodedown 'cli@${ADDR_B}'`), 30000, 100), server.output());
    const heal = sh(['-n', NS_A, 'link', 'set', VETH_A, 'up']);
    assert.ok(heal.ok, heal.err);
    const code = await client.exited;
    const out = client.output();
    assert.equal(code, 0, out);

    const m = /nodedown after (\d+) ms/.exec(out);
    assert.ok(m, out);
    // A silent peer is declared down between 3/4 and 5/4 of net_ticktime.
    assert.ok(Number(m[1]) <= TICKTIME * 1250 + 1000, `nodedown took ${m[1]} ms`);
    assert.equal(
      stamps(out).replace(/nodedown after \d+ ms/, 'nodedown after N ms'),
      [
        'pong',
        'true',
        '{ok,"http://www.google.com"}',
        '{ok,"http://www.google.com"}',
        `global 'srv@${ADDR_A}'`,
        'registered true',
        'cut now',
        // erl's report for a connection whose ticks stopped.
        '=ERROR REPORT==== T ===',
        `** Node 'srv@${ADDR_A}' not responding **`,
        '** Removing (timedout) connection **',
        '',
        'nodedown after N ms',
        'after cut undefined []',
        'heal now',
        'pong',
        `global again 'srv@${ADDR_A}' true`,
        '{ok,"http://www.google.com"}',
        '',
      ].join('\n'),
    );
    // The server saw the same: the client, its nodedown (its global name
    // gone with it), the client again; and printed the kvs lines itself.
    assert.ok(
      await waitFor(() => (server.output().match(/nodeup/g) ?? []).length >= 2 && server.output().split('nodedown').length >= 3, 10000, 100),
      server.output(),
    );
    assert.equal(
      stamps(server.output()),
      [
        'server ready',
        `nodeup 'cli@${ADDR_B}'`,
        'kvs: storing google',
        'kvs: looking up google',
        'kvs: looking up google',
        '=ERROR REPORT==== T ===',
        `** Node 'cli@${ADDR_B}' not responding **`,
        '** Removing (timedout) connection **',
        '',
        `nodedown 'cli@${ADDR_B}' undefined`,
        `nodeup 'cli@${ADDR_B}'`,
        'kvs: looking up google',
        `nodedown 'cli@${ADDR_B}' undefined`,
        '',
      ].join('\n'),
    );
  });
});
