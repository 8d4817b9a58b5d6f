// global and pg between erlts and real erl, with real erl as the oracle:
// the same two scripts (node a waits, node b connects) run with two real erl
// nodes, then with erlts as a, then with erlts as b; each node's transcript
// must be the one real erl printed. Both sides register names before they
// meet, some of them the same, so the merge resolves conflicts with each
// resolve method (a@ is the smaller node, so a's resolve functions decide);
// names resolve and gen_server calls go across by {global, Name}; locks are
// refused and granted across; names go when their node goes. Every run has
// its own EPMD port.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import { NO_ERL, freePort, runErl, runErlts, waitFor, type ErlRun } from './helpers.js';

const COOKIE = 'globalcookie';
let dir = '';

/** What both nodes run; ROLE is a or b, PEER the other node, DIR holds gsrv.erl. */
const GLOBAL_SCRIPT = `
Self = self(), Peer = 'PEER', Role = ROLE,
register(tester, Self),
{ok, gsrv} = c:c("DIR/gsrv.erl", [{outdir, "DIR"}]),
Norm = fun({C, N}) -> {C, N}; ({C, N, P}) when is_pid(P) -> {C, N, node(P)}; (X) -> X end,
Loop = fun(L, Name) -> receive X -> Self ! {got, Name, Norm(X)}, L(L, Name) end end,
Reg = fun(Name, M) ->
    P = spawn(fun() -> Loop(Loop, Name) end),
    yes = global:register_name(Name, P, M),
    put(erlang:monitor(process, P), Name), P end,
Reg(d_exit, fun global:random_exit_name/3),
Reg(d_notify, fun global:random_notify_name/3),
Reg(d_all, fun global:notify_all_name/3),
Reg(d_user, fun(N, A, B) -> Self ! {resolver_called, N, node(A), node(B)}, A end),
Reg(list_to_atom("only_" ++ atom_to_list(Role)), fun global:random_exit_name/3),
{ok, _} = gen_server:start({global, list_to_atom("srv_" ++ atom_to_list(Role))}, gsrv, Role, []),
io:format("re_register ~p~n", [global:re_register_name(moving, spawn(fun() -> receive _ -> ok end end))]),
io:format("unregister ~p ~p~n", [global:unregister_name(moving), global:whereis_name(moving)]),
io:format("ready~n"),
ok = net_kernel:monitor_nodes(true),
case Role of
    b -> pong = net_adm:ping(Peer);
    a -> receive {nodeup, Peer} -> ok after 30000 -> io:format("no nodeup~n") end
end,
io:format("sync ~p~n", [global:sync()]),
timer:sleep(1500),
Where = fun() -> [{N, case global:whereis_name(N) of undefined -> undefined; P -> node(P) end}
                  || N <- [d_all, d_exit, d_notify, d_user, only_a, only_b, srv_a, srv_b]] end,
io:format("names ~p~n", [Where()]),
io:format("registered ~p~n", [lists:sort(global:registered_names())]),
Other = case Role of a -> srv_b; b -> srv_a end,
io:format("call ~p~n", [gen_server:call({global, Other}, which)]),
{error, {already_started, Running}} = gen_server:start({global, Other}, gsrv, x, []),
io:format("already_started on ~p~n", [node(Running)]),
io:format("send ~p~n", [node(global:send(Other, hello))]),
io:format("send undefined ~p~n", [catch global:send(nobody, hello)]),
Drain = fun(D, Acc) ->
    receive
        {'DOWN', R, process, _, Why} -> D(D, [{down, get(R), Why} | Acc]);
        {got, _, _} = G -> D(D, [G | Acc]);
        {resolver_called, _, _, _} = RC -> D(D, [RC | Acc])
    after 500 -> lists:sort(Acc)
    end end,
io:format("messages ~p~n", [Drain(Drain, [])]),
case Role of
    b ->
        io:format("set_lock ~p~n", [global:set_lock({res, b})]),
        {tester, Peer} ! locked,
        receive tried -> ok after 20000 -> io:format("no tried~n") end,
        io:format("del_lock ~p~n", [global:del_lock({res, b})]),
        {tester, Peer} ! released,
        receive finished -> ok after 20000 -> io:format("no finished~n") end,
        halt();
    a ->
        receive locked -> ok after 20000 -> io:format("no locked~n") end,
        io:format("set_lock ~p~n", [global:set_lock({res, a}, [node() | nodes()], 0)]),
        io:format("trans ~p~n", [global:trans({res, a}, fun() -> ran end, [node() | nodes()], 0)]),
        io:format("own ~p~n", [global:trans({other, a}, fun() -> ran end)]),
        {tester, Peer} ! tried,
        receive released -> ok after 20000 -> io:format("no released~n") end,
        io:format("trans ~p~n", [global:trans({res, a}, fun() -> ran end, [node() | nodes()], 0)]),
        {tester, Peer} ! finished,
        receive {nodedown, Peer} -> ok after 20000 -> io:format("no nodedown~n") end,
        timer:sleep(200),
        io:format("after nodedown ~p~n", [Where()]),
        halt()
end.
`;

/** pg: a scope on both nodes, members joined on either side seen on both. */
const PG_SCRIPT = `
Peer = 'PEER', Role = ROLE,
register(tester, self()),
Barrier = fun(N) -> {tester, Peer} ! {phase, N}, receive {phase, N} -> ok after 20000 -> io:format("no phase ~p~n", [N]) end end,
{ok, _} = pg:start_link(),
{ok, _} = pg:start(scope2),
Nodes = fun(L) -> lists:sort([node(P) || P <- L]) end,
Mine = [spawn(fun() -> receive stop -> ok end end) || _ <- [1, 2]],
ok = pg:join(shared, Mine),
ok = pg:join(list_to_atom("only_" ++ atom_to_list(Role)), hd(Mine)),
ok = pg:join(scope2, in_scope2, self()),
{Ref, Initial} = pg:monitor_scope(),
io:format("initial ~p~n", [maps:map(fun(_, V) -> Nodes(V) end, Initial)]),
{GRef, GInit} = pg:monitor(shared),
io:format("group monitor ~p~n", [Nodes(GInit)]),
ok = net_kernel:monitor_nodes(true),
case Role of
    b -> pong = net_adm:ping(Peer);
    a -> receive {nodeup, Peer} -> ok after 30000 -> io:format("no nodeup~n") end
end,
timer:sleep(1000),
Barrier(1),
io:format("groups ~p~n", [lists:sort(pg:which_groups())]),
io:format("shared ~p local ~p~n", [Nodes(pg:get_members(shared)), Nodes(pg:get_local_members(shared))]),
io:format("scope2 ~p ~p~n", [pg:which_groups(scope2), Nodes(pg:get_members(scope2, in_scope2))]),
Barrier(2),
io:format("leave ~p ~p~n", [pg:leave(shared, hd(Mine)), pg:leave(shared, self())]),
timer:sleep(500),
Barrier(3),
io:format("shared ~p~n", [Nodes(pg:get_members(shared))]),
Events = fun(E, Acc) ->
    receive
        {Ref, Verb, G, Ps} -> E(E, [{scope, Verb, G, Nodes(Ps)} | Acc]);
        {GRef, Verb, G, Ps} -> E(E, [{group, Verb, G, Nodes(Ps)} | Acc])
    after 300 -> lists:sort(Acc)
    end end,
io:format("events ~p~n", [Events(Events, [])]),
io:format("demonitor ~p~n", [pg:demonitor(GRef)]),
case Role of
    b -> {tester, Peer} ! done, timer:sleep(200), halt();
    a ->
        receive done -> ok after 20000 -> io:format("no done~n") end,
        receive {nodedown, Peer} -> ok after 20000 -> io:format("no nodedown~n") end,
        timer:sleep(300),
        io:format("after nodedown ~p ~p~n", [lists:sort(pg:which_groups()), Nodes(pg:get_members(shared))]),
        halt()
end.
`;

type Kind = 'erl' | 'erlts';

/** Runs the script on node a (waits) and node b (connects); their transcripts. */
async function pair(script: string, kindA: Kind, kindB: Kind): Promise<[string, string]> {
  const port = await freePort();
  const epmd = new EpmdServer();
  await epmd.listen(port);
  const runs: ErlRun[] = [];
  try {
    const start = (kind: Kind, role: 'a' | 'b') => {
      const peer = role === 'a' ? 'b@localhost' : 'a@localhost';
      const expr = script.split('PEER').join(peer).split('ROLE').join(role).split('DIR').join(`${dir}/${kind}_${role}`);
      fs.mkdirSync(`${dir}/${kind}_${role}`, { recursive: true });
      fs.copyFileSync(`${dir}/gsrv.erl`, `${dir}/${kind}_${role}/gsrv.erl`);
      const args = ['-sname', `${role}@localhost`, '-setcookie', COOKIE, '-start_epmd', 'false'];
      const r = kind === 'erl' ? runErl(args, expr, port) : runErlts(args, expr, port);
      runs.push(r);
      return r;
    };
    const a = start(kindA, 'a');
    assert.ok(await waitFor(() => /ready\n|initial/.test(a.output()), 20000, 50), a.output());
    const b = start(kindB, 'b');
    const [ca, cb] = await Promise.all([a.exited, b.exited]);
    assert.equal(ca, 0, `a (${kindA}): ${a.output()}`);
    assert.equal(cb, 0, `b (${kindB}): ${b.output()}`);
    return [a.output(), b.output()];
  } finally {
    for (const r of runs) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    epmd.close();
  }
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-global-'));
  fs.writeFileSync(
    `${dir}/gsrv.erl`,
    '-module(gsrv).\n-behaviour(gen_server).\n-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).\n' +
      'init(X) -> {ok, X}.\nhandle_call(which, _From, S) -> {reply, {S, node()}, S}.\n' +
      'handle_cast(_, S) -> {noreply, S}.\nhandle_info(_, S) -> {noreply, S}.\n',
  );
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('global with real erl', { skip: NO_ERL }, () => {
  let oracle: [string, string] = ['', ''];
  before(async () => {
    oracle = await pair(GLOBAL_SCRIPT, 'erl', 'erl');
  });

  it('the oracle run reached its end on both nodes', () => {
    assert.match(oracle[0], /\nafter nodedown \[.*\]\n$/s);
    assert.match(oracle[1], /\ndel_lock true\n$/);
    // The conflicts were resolved: the smaller node's pid kept d_exit.
    assert.match(oracle[0], /\{d_exit,a@localhost\}/);
  });

  it('erlts as node a (the smaller node: its resolvers decide) prints what erl prints', async () => {
    const [a, b] = await pair(GLOBAL_SCRIPT, 'erlts', 'erl');
    assert.equal(a, oracle[0]);
    assert.equal(b, oracle[1]);
  });

  it('erlts as node b (erl decides the conflicts, erlts applies them) prints what erl prints', async () => {
    const [a, b] = await pair(GLOBAL_SCRIPT, 'erl', 'erlts');
    assert.equal(a, oracle[0]);
    assert.equal(b, oracle[1]);
  });
});

describe('pg with real erl', { skip: NO_ERL }, () => {
  it('groups joined on either side are seen on both, as between two erl nodes', async () => {
    const oracle = await pair(PG_SCRIPT, 'erl', 'erl');
    assert.match(oracle[0], /\nafter nodedown /);
    const [a, b] = await pair(PG_SCRIPT, 'erlts', 'erl');
    assert.equal(a, oracle[0]);
    assert.equal(b, oracle[1]);
    const [a2, b2] = await pair(PG_SCRIPT, 'erl', 'erlts');
    assert.equal(a2, oracle[0]);
    assert.equal(b2, oracle[1]);
  });
});
