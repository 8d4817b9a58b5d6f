// The services half of distribution, with two or three VMs in one process
// joined by in-memory channels (mem_net.ts): ping, sends, rpc and erpc with
// erl's result shapes, remote spawn whose io goes to the caller, links and
// monitors across nodes, noconnection and nodedown when a channel closes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Atom, Pid, type Term } from '../../src/terms/types.js';
import { writeTerm } from '../../src/terms/print/write.js';
import { MemHub, delay, load, run, startNode, type TestNode } from './cluster.js';

const SCENARIOS = `
-module(dt).
-compile(export_all).

ping(N) -> net_adm:ping(N).
nodes_all() -> {nodes(), nodes(hidden), nodes(connected), nodes(this)}.

echo_loop() ->
    receive
        {From, Msg} -> From ! {echoed, node(), Msg}, echo_loop();
        stop -> ok
    end.
start_echo() -> register(echo, spawn(dt, echo_loop, [])), ok.

send_by_name(N) ->
    {echo, N} ! {self(), hello},
    receive R -> R after 2000 -> timeout end.
send_by_pid(N) ->
    Pid = rpc:call(N, erlang, whereis, [echo]),
    Pid ! {self(), by_pid},
    receive R -> {node(Pid), R} after 2000 -> timeout end.

rpcs(N) ->
    [rpc:call(N, erlang, node, []),
     rpc:call(N, nosuch, f, []),
     rpc:call(N, erlang, throw, [ball]),
     rpc:call(N, erlang, exit, [bye]),
     rpc:call(N, dt, fail, [oops]),
     rpc:call(N, lists, reverse, [[1,2,3]]),
     rpc:call('nobody@nohost', erlang, node, [])].

erpcs(N) ->
    [erpc:call(N, erlang, node, []),
     catch_it(fun() -> erpc:call(N, nosuch, f, []) end),
     catch_it(fun() -> erpc:call(N, erlang, throw, [ball]) end),
     catch_it(fun() -> erpc:call(N, erlang, exit, [bye]) end),
     catch_it(fun() -> erpc:call('nobody@nohost', erlang, node, []) end),
     catch_it(fun() -> erpc:call(N, timer, sleep, [1000], 50) end)].

fail(R) -> error(R).

catch_it(F) -> try F() catch C:R -> {C, R} end.

io_on_caller(N) ->
    ok = rpc:call(N, io, format, ["via rpc on ~p~n", [N]]),
    erpc:call(N, io, format, ["via erpc~n"]),
    Pid = spawn(N, dt, say, [self()]),
    receive {said, Pid} -> {node(Pid), ok} after 2000 -> timeout end.
say(From) ->
    io:format("spawned on ~p~n", [node()]),
    From ! {said, self()}.

sleeper() -> receive _ -> ok end.
crash_after(T, R) -> timer:sleep(T), exit(R).

%% The crashers wait long enough for the link/monitor to arrive even when
%% the first connection (and global's sync over it) runs on a busy machine.
links(N) ->
    process_flag(trap_exit, true),
    P1 = spawn(N, dt, crash_after, [300, boom]),
    link(P1),
    R1 = receive {'EXIT', P1, W1} -> W1 after 2000 -> timeout end,
    {P2, M2} = spawn_monitor(N, dt, crash_after, [300, bang]),
    R2 = receive {'DOWN', M2, process, P2, W2} -> W2 after 2000 -> timeout end,
    P3 = spawn_link(N, dt, crash_after, [300, linked]),
    R3 = receive {'EXIT', P3, W3} -> W3 after 2000 -> timeout end,
    M4 = erlang:monitor(process, {nosuchname, N}),
    R4 = receive {'DOWN', M4, process, Item4, W4} -> {Item4, W4} after 2000 -> timeout end,
    P5 = spawn(N, dt, sleeper, []),
    link(P5), unlink(P5), exit(P5, kill),
    M5 = erlang:monitor(process, P5),
    R5 = receive {'DOWN', M5, process, P5, W5} -> W5 after 2000 -> timeout end,
    {R1, R2, R3, R4, R5}.

%% Links, monitors and monitor_node to N, then N goes away.
watch(N) ->
    process_flag(trap_exit, true),
    P = spawn(N, dt, sleeper, []),
    link(P),
    M = erlang:monitor(process, P),
    monitor_node(N, true),
    timer:sleep(50),
    ok = net_kernel:monitor_nodes(true),
    true = erlang:disconnect_node(N),
    Exit = receive {'EXIT', P, E} -> E after 2000 -> timeout end,
    Down = receive {'DOWN', M, process, P, D} -> D after 2000 -> timeout end,
    NodeDown = receive {nodedown, N} = ND -> ND after 2000 -> timeout end,
    Sub = receive {nodedown, N} = ND2 -> ND2 after 2000 -> timeout end,
    {Exit, Down, NodeDown, Sub, nodes()}.

monitor_nobody() ->
    true = monitor_node('nobody@nohost', true),
    receive M -> M after 2000 -> timeout end.

cookies(N) ->
    A = erlang:get_cookie(),
    true = erlang:set_cookie(N, wrong),
    B = net_adm:ping(N),
    true = erlang:set_cookie(N, A),
    C = net_adm:ping(N),
    {A, B, C, erlang:get_cookie(N)}.

remote_gl(N) ->
    P = spawn(N, dt, sleeper, []),
    group_leader(self(), P),
    timer:sleep(100),
    rpc:call(N, erlang, process_info, [P, group_leader]).

by_name(N) ->
    ok = net_kernel:monitor_nodes(true),
    true = net_kernel:connect_node(N),
    Up = receive {nodeup, _} = U -> U after 2000 -> timeout end,
    ok = rpc:call(N, dt, start_echo, []),
    M = erlang:monitor(process, {echo, N}),
    {echo, N} ! stop,
    Down = receive {'DOWN', M, process, Item, Why} -> {Item, Why} after 2000 -> timeout end,
    {Up, Down}.

names() -> net_adm:names(net_adm_host()).
net_adm_host() -> "h".
`;

function cluster(...names: string[]): TestNode[] {
  const hub = new MemHub();
  const nodes = names.map((n) => startNode(hub, n));
  for (const n of nodes) load(n, SCENARIOS);
  return nodes;
}

const w = (t: Term) => writeTerm(t);

test('ping connects both ways and makes the nodes visible', async () => {
  const [a, b, c] = cluster('a@h', 'b@h', 'c@h');
  assert.equal(w((await run(a!, 'dt', 'ping', [b!.name])).value), 'pong');
  assert.equal(w((await run(a!, 'dt', 'ping', [Atom.of('nobody@h')])).value), 'pang');
  assert.equal(w((await run(a!, 'dt', 'nodes_all')).value), '{[b@h],[],[b@h],[a@h]}');
  assert.equal(w((await run(b!, 'dt', 'nodes_all')).value), '{[a@h],[],[a@h],[b@h]}');
  assert.equal(w((await run(c!, 'dt', 'nodes_all')).value), '{[],[],[],[c@h]}');
});

test('sends by registered name and by pid', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  await run(b!, 'dt', 'start_echo');
  assert.equal(w((await run(a!, 'dt', 'send_by_name', [b!.name])).value), '{echoed,b@h,hello}');
  assert.equal(w((await run(a!, 'dt', 'send_by_pid', [b!.name])).value), '{b@h,{echoed,b@h,by_pid}}');
});

test("rpc:call gives erl's values and {badrpc, _} shapes", async () => {
  const [a, b] = cluster('a@h', 'b@h');
  const r = (await run(a!, 'dt', 'rpcs', [b!.name])).value;
  assert.equal(
    w(r),
    "[b@h,{badrpc,{'EXIT',{undef,[{nosuch,f,[],[]}]}}},ball,{badrpc,{'EXIT',bye}}," +
      "{badrpc,{'EXIT',{oops,[{dt,fail,1,[{file,[100,116,46,101,114,108]},{line,40}]}]}}},[3,2,1],{badrpc,nodedown}]",
  );
});

test("erpc:call returns or raises erpc's exceptions", async () => {
  const [a, b] = cluster('a@h', 'b@h');
  const r = (await run(a!, 'dt', 'erpcs', [b!.name])).value;
  assert.equal(
    w(r),
    '[b@h,{error,{exception,undef,[{nosuch,f,[],[]}]}},{throw,ball},{exit,{exception,bye}},' + '{error,{erpc,noconnection}},{error,{erpc,timeout}}]',
  );
});

test("io of rpc, erpc and remote spawn goes to the caller's group leader", async () => {
  const [a, b] = cluster('a@h', 'b@h');
  const r = await run(a!, 'dt', 'io_on_caller', [b!.name]);
  assert.equal(w(r.value), '{b@h,ok}');
  assert.equal(a!.output(), 'via rpc on b@h\nvia erpc\nspawned on b@h\n');
  assert.equal(b!.output(), '');
});

test('links and monitors across nodes, by pid and by name', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  const r = await run(a!, 'dt', 'links', [b!.name]);
  assert.equal(w(r.value), '{boom,bang,linked,{{nosuchname,b@h},noproc},killed}');
});

test('a closed channel: noconnection to links and monitors, nodedown to subscribers', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  const r = await run(a!, 'dt', 'watch', [b!.name]);
  assert.equal(w(r.value), '{noconnection,noconnection,{nodedown,b@h},{nodedown,b@h},[]}');
  // The remote end sees the link break too: its sleeper was linked to a's process.
  await delay(20);
  assert.equal([...b!.vm.processes.values()].filter((p) => p.initialCall[1] === 'sleeper').length, 0);
});

test('monitor_node on a node that cannot be reached', async () => {
  const [a] = cluster('a@h');
  assert.equal(w((await run(a!, 'dt', 'monitor_nobody')).value), '{nodedown,nobody@nohost}');
});

test('cookies: a wrong per-node cookie makes ping pang', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  assert.equal(w((await run(a!, 'dt', 'cookies', [b!.name])).value), '{testcookie,pang,pong,testcookie}');
});

test('group_leader/2 with a remote pid', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  const r = await run(a!, 'dt', 'remote_gl', [b!.name]);
  const v = r.value as Term[];
  assert.ok(Array.isArray(v) && v[1] instanceof Pid && (v[1] as Pid).node === a!.name, w(r.value));
});

test('net_adm:names/1 asks the DistNet', async () => {
  const [a] = cluster('a@h', 'b@h');
  assert.equal(w((await run(a!, 'dt', 'names')).value), '{ok,[{[97],40000},{[98],40001}]}');
});

test('crash reports of processes with a remote group leader print on that node', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  load(a!, '-module(dt2).\n-export([go/1]).\ngo(N) -> spawn(N, erlang, error, [kaboom]), timer:sleep(100), ok.\n');
  await run(a!, 'dt2', 'go', [b!.name]);
  assert.match(a!.output(), /^=ERROR REPORT==== \d+-\w+-\d+::[\d:.]+ ===\nError in process <\d+\.\d+\.\d+> on node b@h with exit value:\n\{kaboom,/);
  assert.equal(b!.output(), '');
});

test('malformed controls and payloads never crash the node', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  assert.equal(w((await run(a!, 'dt', 'ping', [b!.name])).value), 'pong');
  const ch = b!.net.live.get(a!.name)!;
  const junk: Term[] = [Atom.of('x'), [], [99], [1], [22, 1, 2], [29, 1, 2, 3, 4, 5], [19, 1, 2, 3], [31, 1, 2, 3, 4], [6, 1, 2, 3], [36], [7, 1, 2]];
  for (const c of junk) ch.sendRaw(c, [1, 2]);
  ch.sendRaw([29, a!.vm.makeRef(), new Pid(b!.name, 1, 0, 0), 1, [Atom.of('m'), Atom.of('f'), 2], Atom.of('x')], Atom.of('notalist'));
  await delay(30);
  assert.equal(w((await run(a!, 'dt', 'ping', [b!.name])).value), 'pong');
});

test('visible nodes connect transitively, as global makes erl do', async () => {
  const [a, b, c] = cluster('a@h', 'b@h', 'c@h');
  assert.equal(w((await run(c!, 'dt', 'ping', [b!.name])).value), 'pong');
  assert.equal(w((await run(a!, 'dt', 'ping', [b!.name])).value), 'pong');
  await delay(50);
  const sorted = (n: TestNode) =>
    [...(n.vm.ext.distNode ? (n.vm.ext.distNode as { channels: Map<Atom, unknown> }).channels.keys() : [])].map((x) => x.name).sort();
  assert.deepEqual(sorted(a!), ['b@h', 'c@h']);
  assert.deepEqual(sorted(c!), ['a@h', 'b@h']);
});

test('erpc of a failing BIF names it with its arguments, as erpc trims the stack', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  load(a!, '-module(dt3).\n-export([go/1]).\ngo(N) -> [rpc:call(N, erlang, error, [oops]), try erpc:call(N, erlang, error, [oops]) catch error:E -> E end].\n');
  assert.equal(
    w((await run(a!, 'dt3', 'go', [b!.name])).value),
    "[{badrpc,{'EXIT',{oops,[{erlang,error,[oops],[]}]}}},{exception,oops,[{erlang,error,[oops],[]}]}]",
  );
});

test("funs made by real erl's shell (erl_eval closures) run here", async () => {
  const { readFileSync } = await import('node:fs');
  const { decodeTerm } = await import('../../src/terms/etf/index.js');
  const [a] = cluster('a@h');
  const hex = readFileSync(new URL('../../../test/dist/data/erl_shell_funs.hex', import.meta.url), 'utf8').trim();
  const funs = decodeTerm(Uint8Array.from(Buffer.from(hex, 'hex')), { resolveFun: a!.net.resolveFun });
  load(a!, '-module(dt4).\n-export([go/1]).\ngo([F1, F2, F3, F4]) -> [F1(5), F2(), F3(5), F4(#{k => 1}, <<2, 3>>), F4(#{k => x}, <<2>>)].\n');
  assert.equal(w((await run(a!, 'dt4', 'go', [funs])).value), '[15,{a@h,12},120,3,bad]');
});

test("abstract code of real erl's funs converts to our AST and back unchanged", async () => {
  const { readFileSync } = await import('node:fs');
  const { decodeTerm } = await import('../../src/terms/etf/index.js');
  const { exactEq } = await import('../../src/terms/equality.js');
  const { clauseOf, clauseTerm } = await import('../../src/syntax/abstract_code.js');
  const { listToArray, Fun } = await import('../../src/terms/types.js');
  const hex = readFileSync(new URL('../../../test/dist/data/erl_shell_funs.hex', import.meta.url), 'utf8').trim();
  const funs = listToArray(decodeTerm(Uint8Array.from(Buffer.from(hex, 'hex'))))!;
  assert.equal(funs.length, 4);
  for (const f of funs) {
    const info = (f as InstanceType<typeof Fun>).env[0] as Term[];
    for (const c of listToArray(info[5]!)!) assert.ok(exactEq(clauseTerm(clauseOf(c)), c), writeTerm(c));
  }
});

test('funs typed at an erlts shell travel as erl_eval closures and run on the other node', async () => {
  const { ExprReader } = await import('../../src/syntax/index.js');
  const { compileShellExprs } = await import('../../src/compiler/compile_module.js');
  const [a, b] = cluster('a@h', 'b@h');
  const reader = new ExprReader();
  reader.feed('fun(X) -> io:format("got ~p on ~p~n", [X + Y, node()]), X + Y end. ');
  const r = reader.next()!;
  assert.equal(r.kind, 'exprs');
  const unit = compileShellExprs((r as unknown as { exprs: never[] }).exprs, ['Y'], { module: 'erl_eval', localFallback: 'shell_default' });
  const f0 = a!.vm.code.instantiate(unit).fns[0]!;
  load(
    a!,
    '-module(dt5).\n-export([make/2, go/2]).\nmake(F0, Y) -> F0(Y).\ngo(N, F) -> [rpc:call(N, erlang, apply, [F, [5]]), rpc:call(N, erlang, apply, [fun(G) -> G end, [F]]) =:= F].\n',
  );
  const made = await new Promise<Term>((resolve) => {
    const p = a!.vm.spawn(f0 as never, [10], null);
    const hooks = a!.vm.ext.exitHooks as ((q: unknown) => void)[];
    hooks.push((q) => {
      if (q === p) resolve((p.rv as Term[])[0]!);
    });
  });
  const res = await run(a!, 'dt5', 'go', [b!.name, made]);
  assert.equal(w(res.value), '[15,false]');
  assert.equal(a!.output(), 'got 15 on b@h\n');
});

test('an erl_eval fun with broken abstract code fails with badfun, the node lives on', async () => {
  const { readFileSync } = await import('node:fs');
  const { decodeTerm } = await import('../../src/terms/etf/index.js');
  const { listToArray, Fun, NIL, list } = await import('../../src/terms/types.js');
  const { ErlMap } = await import('../../src/terms/map.js');
  const [a] = cluster('a@h');
  const hex = readFileSync(new URL('../../../test/dist/data/erl_shell_funs.hex', import.meta.url), 'utf8').trim();
  const f1 = listToArray(decodeTerm(Uint8Array.from(Buffer.from(hex, 'hex')), { resolveFun: a!.net.resolveFun }))![0] as InstanceType<typeof Fun>;
  const none = Atom.of('none');
  const broken = [
    new Fun(f1.code, [[3, NIL, none, none, ErlMap.EMPTY as unknown as Term, list([Atom.of('junk')])]], f1.pid),
    new Fun(
      f1.code,
      [
        [
          3,
          NIL,
          none,
          none,
          ErlMap.EMPTY as unknown as Term,
          list([[Atom.of('clause'), 3, list([[Atom.of('var'), 3, Atom.of('X')]]), NIL, list([[Atom.of('var'), 3, Atom.of('Unbound')]])]]),
        ],
      ],
      f1.pid,
    ),
    new Fun(f1.code, [Atom.of('garbage')], f1.pid),
  ];
  load(a!, '-module(dt6).\n-export([go/1]).\ngo(Fs) -> [try F(1) catch error:{badfun, _} -> badfun end || F <- Fs].\n');
  assert.equal(w((await run(a!, 'dt6', 'go', [list(broken)])).value), '[badfun,badfun,badfun]');
});

test('monitor by {Name, Node} of a live process; nodeup for monitor_nodes subscribers', async () => {
  const [a, b] = cluster('a@h', 'b@h');
  assert.equal(w((await run(a!, 'dt', 'by_name', [b!.name])).value), '{{nodeup,b@h},{{echo,b@h},normal}}');
});

test('a hidden node is in nodes(hidden), not nodes()', async () => {
  const hub = new MemHub();
  const a = startNode(hub, 'a@h');
  const b = startNode(hub, 'b@h', { hidden: true });
  for (const n of [a, b]) load(n, SCENARIOS);
  assert.equal(w((await run(b, 'dt', 'ping', [a.name])).value), 'pong');
  assert.equal(w((await run(a, 'dt', 'nodes_all')).value), '{[],[b@h],[b@h],[a@h]}');
  assert.equal(w((await run(b, 'dt', 'nodes_all')).value), '{[],[a@h],[a@h],[b@h]}');
});

test("spawn on a node that cannot be reached: erl's warning, a local pid that dies of noconnection", async () => {
  const [a] = cluster('a@h');
  load(
    a!,
    "-module(dt7).\n-export([go/0]).\ngo() -> process_flag(trap_exit, true), P = spawn_link('nobody@h', erlang, node, []), receive {'EXIT', P, Why} -> {node(P), Why} after 2000 -> timeout end.\n",
  );
  assert.equal(w((await run(a!, 'dt7', 'go')).value), '{a@h,noconnection}');
  assert.match(a!.output(), /^=WARNING REPORT==== \S+ ===\n\*\* Can not start erlang:node,\[\] \(\[link\]\) on nobody@h \*\*\n\n$/);
});

test('a node that is not alive: the values and errors erl gives', async () => {
  // Expected values as real erl 25 (started without -sname) printed them.
  const { createVM } = await import('../../src/code/boot.js');
  const { UserIo } = await import('../../src/bifs/io/user_server.js');
  const vm = createVM();
  let out = '';
  const user = new UserIo(vm, { write: (s) => (out += s) }, { encoding: 'latin1' });
  vm.initPid = user.proc.pid;
  vm.userPid = user.proc.pid;
  const node: TestNode = { vm, net: null as never, name: vm.nodeName, output: () => out };
  load(
    node,
    [
      '-module(na).',
      '-export([go/0]).',
      'c(F) -> try F() catch C:R -> {C, R} end.',
      'go() -> [rpc:call(node(), erlang, node, []), rpc:call(node(), timer, sleep, [200], 10), rpc:call(foo@bar, erlang, node, []),',
      '  net_adm:ping(foo@bar), {nodes(), nodes(this), is_alive(), erlang:get_cookie()},',
      '  c(fun() -> erpc:call(foo@bar, erlang, node, []) end), c(fun() -> monitor_node(foo@bar, true) end),',
      '  erlang:disconnect_node(foo@bar), c(fun() -> erlang:set_cookie(node(), abc) end), c(fun() -> erlang:set_cookie(abc) end),',
      '  net_kernel:connect_node(foo@bar), net_kernel:monitor_nodes(true), is_pid(spawn(foo@bar, erlang, node, []))].',
      '',
    ].join('\n'),
  );
  const r = await run(node, 'na', 'go');
  assert.equal(
    w(r.value),
    '[nonode@nohost,{badrpc,timeout},{badrpc,nodedown},pang,{[],[nonode@nohost],false,nocookie},' +
      '{error,{erpc,noconnection}},{error,notalive},ignored,{error,badarg},{error,distribution_not_started},ignored,ok,true]',
  );
  await delay(50);
  assert.match(out, /^=WARNING REPORT==== \S+ ===\n\*\* Can not start erlang:node,\[\] on foo@bar \*\*\n\n$/);
});

test('random controls from a peer: the node keeps working', async () => {
  const { Ref } = await import('../../src/terms/types.js');
  const [a, b] = cluster('a@h', 'b@h');
  await run(a!, 'dt', 'start_echo');
  assert.equal(w((await run(b!, 'dt', 'ping', [a!.name])).value), 'pong');
  const ch = b!.net.live.get(a!.name)!;
  // A small deterministic generator, so a failure can be replayed.
  let seed = 12345;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const echo = a!.vm.whereis(Atom.of('echo'))!.pid;
  const pick = (): Term => {
    switch (rnd(9)) {
      case 0:
        return echo;
      case 1:
        return new Pid(a!.name, rnd(200), 0, a!.net.creation);
      case 2:
        return new Pid(b!.name, rnd(200), 0, b!.net.creation);
      case 3:
        return a!.vm.makeRef();
      case 4:
        return new Ref(b!.name, [rnd(9), 1, 2], b!.net.creation);
      case 5:
        return Atom.of(['echo', 'rex', 'net_kernel', 'logger_proxy', 'nosuch', ''][rnd(6)]!);
      case 6:
        return rnd(1000);
      case 7:
        return [Atom.of('erlang'), Atom.of('node'), 0];
      default:
        return [pick(), pick()];
    }
  };
  for (let i = 0; i < 3000; i++) {
    const ctl: Term[] = [rnd(40)];
    const n = rnd(6);
    for (let k = 0; k < n; k++) ctl.push(pick());
    ch.sendRaw(ctl, rnd(2) === 0 ? undefined : pick());
  }
  await delay(100);
  assert.equal(w((await run(b!, 'dt', 'ping', [a!.name])).value), 'pong');
  assert.equal(w((await run(b!, 'dt', 'rpcs', [a!.name])).value).startsWith('[a@h,'), true);
});
