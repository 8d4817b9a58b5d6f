// Real erl calling an erlts node: ping, rpc and erpc with their error
// shapes, io that comes back to the caller, a shell fun run here, remote
// spawn, monitors and links, nodedown. The oracle is real erl itself: the
// same script runs against a real node and against ours, and the two
// transcripts must be equal (node names aside).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Atom } from '../../src/terms/types.js';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import { startDistNet, type Net } from '../../src/distribution/net.js';
import { attachDistribution } from '../../src/distribution/node.js';
import { createVM } from '../../src/code/boot.js';
import { UserIo } from '../../src/bifs/io/user_server.js';
import { NO_ERL, freePort, logSink, runErl, waitFor, type ErlRun } from './helpers.js';
import { portPlease } from '../../src/distribution/epmd/client.js';

let epmdPort = 0;
let epmd: EpmdServer;
let net: Net | null = null;
let reference: ErlRun | null = null;
let tsOutput = '';

const COOKIE = 'svccookie';

/** The client's script; TARGET is replaced by the node it talks to. */
const SCRIPT = `
S = 'TARGET',
io:format("~p~n", [net_adm:ping(S)]),
io:format("~p~n", [rpc:call(S, erlang, node, []) =:= S]),
io:format("~p~n", [rpc:call(S, nosuch, f, [])]),
io:format("~p~n", [rpc:call(S, lists, seq, [1, 5])]),
io:format("~p~n", [rpc:call(S, erlang, throw, [ball])]),
io:format("~p~n", [rpc:call(S, erlang, exit, [bye])]),
io:format("~p~n", [rpc:call(S, erlang, error, [oops])]),
io:format("~p~n", [catch erpc:call(S, erlang, error, [oops])]),
ok = rpc:call(S, io, format, ["remote io ~p~n", [[1, two, "three"]]]),
Y = 5,
io:format("~p~n", [rpc:call(S, erlang, apply, [fun(X) -> X * Y end, [3]])]),
P = spawn(S, fun() -> receive {From, M} -> From ! {echo, M} end end),
P ! {self(), hi},
receive E -> io:format("~p~n", [E]) after 2000 -> io:format("timeout~n") end,
{P2, R2} = spawn_monitor(S, erlang, exit, [why]),
receive {'DOWN', R2, process, P2, W} -> io:format("~p~n", [W]) after 2000 -> io:format("timeout~n") end,
M2 = erlang:monitor(process, {nosuch, S}),
receive {'DOWN', M2, process, I, W2} -> io:format("~p ~p~n", [I =:= {nosuch, S}, W2]) after 2000 -> io:format("timeout~n") end,
process_flag(trap_exit, true),
L = spawn_link(S, erlang, exit, [linked]),
receive {'EXIT', L, W3} -> io:format("~p~n", [W3]) after 2000 -> io:format("timeout~n") end,
io:format("~p~n", [lists:member(S, nodes())]),
monitor_node(S, true),
erlang:disconnect_node(S),
receive {nodedown, S} -> io:format("nodedown~n") after 2000 -> io:format("no nodedown~n") end,
halt().
`;

async function transcript(target: string): Promise<string> {
  const client = runErl(['-sname', `svc_cli_${target.split('@')[0]}@localhost`, '-setcookie', COOKIE], SCRIPT.replace('TARGET', target), epmdPort);
  assert.equal(await client.exited, 0, client.output());
  return client.output().split(target).join('TARGET');
}

describe('real erl calling an erlts node', { skip: NO_ERL }, () => {
  before(async () => {
    epmdPort = await freePort();
    epmd = new EpmdServer();
    await epmd.listen(epmdPort);
    const sink = logSink();
    net = await startDistNet({ name: 'svc_ts@localhost', longNames: false, cookie: COOKIE, epmdPort, startEpmd: false, log: sink.log });
    const vm = createVM();
    vm.nodeName = net.name;
    vm.creation = net.creation;
    const user = new UserIo(vm, { write: (s) => (tsOutput += s) }, { encoding: 'latin1' });
    vm.initPid = user.proc.pid;
    vm.userPid = user.proc.pid;
    attachDistribution(vm, net);
    reference = runErl(['-sname', 'svc_ref@localhost', '-setcookie', COOKIE], 'timer:sleep(120000), halt().', epmdPort);
    assert.ok(await waitFor(async () => (await portPlease({ host: '127.0.0.1', port: epmdPort }, 'svc_ref')) !== null, 15000, 100));
  });
  after(() => {
    net?.stop();
    reference?.child.kill();
    epmd.close();
  });

  it('gives the transcript a real node gives', async () => {
    const expected = await transcript('svc_ref@localhost');
    const actual = await transcript('svc_ts@localhost');
    // Sanity: the script got to its end against the real node.
    assert.match(expected, /\nnodedown\n$/);
    assert.match(expected, /^pong\ntrue\n\{badrpc,\{'EXIT',\{undef,\[\{nosuch,f,\[\],\[\]\}\]\}\}\}\n/);
    assert.ok(expected.includes('remote io [1,two,"three"]\n'));
    if (process.env.SVC_SHOW) console.log(expected);
    assert.equal(actual, expected);
    // Nothing of it printed on our side: io went to the caller.
    assert.equal(tsOutput, '');
    void Atom;
  });

  it('lets global on the real node sync with us: global:sync() returns, global names work', async () => {
    const client = runErl(
      ['-sname', 'svc_glb@localhost', '-setcookie', COOKIE],
      `pong = net_adm:ping('svc_ts@localhost'), Self = self(), spawn(fun() -> Self ! {synced, global:sync()} end),
       receive {synced, R} -> io:format("~p~n", [R]) after 8000 -> io:format("sync hangs~n") end,
       io:format("~p ~p~n", [global:register_name(svc_name, self()), global:whereis_name(svc_name) =:= self()]), halt().`,
      epmdPort,
    );
    assert.equal(await client.exited, 0, client.output());
    assert.equal(client.output(), 'ok\nyes true\n');
  });
});

/** What an erlts node does to a real one; erlc compiles it for the real-erl run. */
const CALLER = `-module(svc_out).
-export([go/1]).
p(T) -> io:format("~p~n", [T]).
go(S) ->
    p(net_adm:ping(S)),
    p(rpc:call(S, erlang, node, []) =:= S),
    p(rpc:call(S, nosuch, f, [])),
    p(rpc:call(S, erlang, error, [oops])),
    p(rpc:call(S, erlang, throw, [ball])),
    p(rpc:call(S, erlang, exit, [bye])),
    p(try erpc:call(S, erlang, error, [oops]) catch C:R -> {C, R} end),
    p(try erpc:call(S, erlang, exit, [x]) catch C2:R2 -> {C2, R2} end),
    p(try erpc:call(S, timer, sleep, [500], 10) catch C3:R3 -> {C3, R3} end),
    ok = rpc:call(S, io, format, ["remote io ~p~n", [x]]),
    p(node(spawn(S, erlang, node, [])) =:= S),
    {P2, M2} = spawn_monitor(S, erlang, exit, [why]),
    receive {'DOWN', M2, process, P2, W} -> p(W) after 2000 -> p(timeout) end,
    M3 = erlang:monitor(process, {nosuch, S}),
    receive {'DOWN', M3, process, I, W3} -> p({I =:= {nosuch, S}, W3}) after 2000 -> p(timeout) end,
    process_flag(trap_exit, true),
    L = spawn_link(S, erlang, exit, [linked]),
    receive {'EXIT', L, W4} -> p(W4) after 2000 -> p(timeout) end,
    p(lists:member(S, nodes())),
    p(rpc:multicall([S], erlang, node, []) =:= {[S], []}),
    p(gen_server:call({rex, S}, {call, erlang, node, [], group_leader()}) =:= S),
    monitor_node(S, true),
    erlang:disconnect_node(S),
    receive {nodedown, S} -> p(nodedown) after 2000 -> p(no_nodedown) end,
    p(rpc:call('nobody@localhost', erlang, node, [])).
`;

describe('an erlts node calling real erl', { skip: NO_ERL }, () => {
  let port = 0;
  let ep: EpmdServer;
  let tsNet: Net | null = null;
  let server: ErlRun | null = null;

  before(async () => {
    port = await freePort();
    ep = new EpmdServer();
    await ep.listen(port);
    server = runErl(['-sname', 'svc_srv@localhost', '-setcookie', COOKIE], 'timer:sleep(120000), halt().', port);
    assert.ok(await waitFor(async () => (await portPlease({ host: '127.0.0.1', port }, 'svc_srv')) !== null, 15000, 100));
  });
  after(() => {
    tsNet?.stop();
    server?.child.kill();
    ep.close();
  });

  it('gets what a real caller gets', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const { compileSource } = await import('../../src/compiler/compile_source.js');
    const { Pid } = await import('../../src/terms/types.js');
    const dir = mkdtempSync(join(tmpdir(), 'svc-out-'));
    writeFileSync(join(dir, 'svc_out.erl'), CALLER);
    const erlc = spawnSync('erlc', ['-o', dir, join(dir, 'svc_out.erl')], { encoding: 'utf8' });
    assert.equal(erlc.status, 0, erlc.stderr);
    const real = runErl(['-sname', 'svc_rcl@localhost', '-setcookie', COOKIE, '-pa', dir], "svc_out:go('svc_srv@localhost'), halt().", port);
    assert.equal(await real.exited, 0, real.output());
    const expected = real.output();

    tsNet = await startDistNet({ name: 'svc_tcl@localhost', longNames: false, cookie: COOKIE, epmdPort: port, startEpmd: false, log: logSink().log });
    const vm = createVM();
    vm.nodeName = tsNet.name;
    vm.creation = tsNet.creation;
    let out = '';
    const user = new UserIo(vm, { write: (s) => (out += s) }, { encoding: 'latin1' });
    vm.initPid = user.proc.pid;
    vm.userPid = user.proc.pid;
    attachDistribution(vm, tsNet);
    const r = compileSource(CALLER, { file: 'svc_out.erl' });
    vm.code.load(r.unit!);
    await new Promise<void>((resolve) => {
      const p = vm.spawn(vm.code.lookup('svc_out', 'go', 1)!, [Atom.of('svc_srv@localhost')], null);
      (vm.ext.exitHooks as ((q: unknown) => void)[]).push((q) => q === p && resolve());
    });
    void Pid;
    if (process.env.SVC_SHOW) console.log(expected);
    assert.match(expected, /^pong\ntrue\n/);
    assert.equal(out, expected);
  });
});
