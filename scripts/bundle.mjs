// Bundles the compiled CLI into one file, build/erlts.cjs, and records V8's
// code cache for it in build/erlts.cache. erl starts in about 0.2 s, Node.js
// alone takes 0.13 s of that, so erlts must load quickly: one file instead
// of a hundred modules, and compiled code instead of source (the cache
// halves the time from Node.js being up to the node running). The bundle is
// CommonJS because Node 20 can only feed a code cache to a vm.Script;
// bin/erlts loads it that way.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

await build({
  entryPoints: ['build/src/cli/run.js'],
  outfile: 'build/erlts.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // The modules find lib/ and bin/ from their own location.
  define: { 'import.meta.url': '__erltsBundleUrl' },
  banner: { js: 'var __erltsBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
fs.rmSync('build/erlts.mjs', { force: true });

// Precompile the shipped Erlang library (see src/code/lib_cache.ts).
const { buildLibCache } = await import('../build/src/code/boot.js');
buildLibCache();

// V8's code caches, of the bundle (build/erlts.cache, read by bin/erlts)
// and of the library's units (build/lib-cache/*.v8, src/code/
// unit_code_cache.ts), are written at the exit of a training run through
// bin/erlts: V8 accepts a cache only under the flags that made it, so it
// must be bin/erlts (its shebang's flags) that runs here. A cache made after
// running code holds the bytecode of every function that ran, so the run
// goes through what nodes commonly do first: the shell, c:c/1, ets, lists,
// io:format, a gen_server, and rpc round trips both ways with a second node
// (on an EPMD of its own, on a free port, stopped afterwards). Should that
// fail, the caches of a bare start are written instead; without any, erlts
// only starts more slowly.
// What the training run's shell is given (lines that fail print their error and the shell goes on).
const TRAIN_SHELL = (withPeer) =>
  [
    ...(withPeer
      ? [
          'Peer = list_to_atom("erlts_train_peer@" ++ lists:last(string:split(atom_to_list(node()), "@"))).',
          'pong = net_adm:ping(Peer).',
          '[Peer = rpc:call(Peer, erlang, node, []) || _ <- lists:seq(1, 300)], ok.',
          '[Peer = erpc:call(Peer, erlang, node, []) || _ <- lists:seq(1, 300)], ok.',
          'Me = node(), [Me = rpc:call(Peer, rpc, call, [Me, erlang, node, []]) || _ <- lists:seq(1, 300)], ok.',
          '{badrpc, _} = rpc:call(Peer, erlang, error, [oops]).',
        ]
      : []),
    '{ok, erlts_train} = c:c(erlts_train).',
    'erlts_train:run(3000).',
    'io:format("~p ~s ~w ~.2f~n", [lists:seq(1, 5), "text", {a, 1.5, <<"b">>}, 2.5]).',
    'T = ets:new(t, [set]), [ets:insert(T, {I, I}) || I <- lists:seq(1, 1000)], ets:lookup(T, 5).',
    'lists:sort([X rem 17 || X <- lists:seq(1, 1000)]), lists:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, 1000)).',
    'maps:from_list([{I, I} || I <- lists:seq(1, 100)]).',
    'catch lists:nth(0, []).',
    ...(withPeer ? ['rpc:cast(Peer, erlang, halt, []).'] : []),
    'io:format("TRAINED~n").',
    'halt().',
    '',
  ].join('\n');

// The module the training run compiles and runs: a gen_server, processes, strings, a caught error.
const TRAIN_MODULE = `-module(erlts_train).
-behaviour(gen_server).
-export([run/1, init/1, handle_call/3, handle_cast/2]).

run(N) ->
    {ok, S} = gen_server:start_link(?MODULE, 0, []),
    [gen_server:call(S, {add, I}) || I <- lists:seq(1, N)],
    gen_server:cast(S, reset),
    Self = self(),
    Pids = [spawn(fun() -> Self ! {done, I * I} end) || I <- lists:seq(1, 100)],
    Sum = lists:sum([receive {done, V} -> V end || _ <- Pids]),
    Text = lists:flatten(io_lib:format("~w ~p", [Sum, {N, "x"}])),
    Words = string:tokens(Text, " "),
    {error, badarg} = try binary_to_atom(42) catch error:badarg -> {error, badarg} end,
    D = dict:store(a, 1, dict:new()),
    {Sum, length(Words), dict:fetch(a, D), gen_server:call(S, get)}.

init(N) -> {ok, N}.
handle_call({add, I}, _From, N) -> {reply, ok, N + I};
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(reset, _N) -> {noreply, 0}.
`;

fs.rmSync('build/erlts.cache', { force: true });
const FLAGS = ['--max-semi-space-size=128', '--stack-size=2048'];
const trained = await trainingRun();
if (!trained) {
  const run = spawnSync(process.execPath, [...FLAGS, 'bin/erlts', '-noshell', '-eval', 'halt().'], {
    env: { ...process.env, ERLTS_WRITE_CODE_CACHE: 'build/erlts.cache', ERLTS_WRITE_LIB_CODE_CACHE: '1' },
    stdio: 'inherit',
  });
  if (run.status !== 0 || !fs.existsSync('build/erlts.cache')) console.warn('bundle: no code cache written; erlts will start more slowly');
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The training run; false when it did not write the caches. */
async function trainingRun() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-train-'));
  const children = [];
  try {
    const env = { ...process.env, ERL_EPMD_PORT: String(await freePort()) };
    const spawnNode = (args, extraEnv = {}) => {
      const child = spawn(process.execPath, args, { cwd: dir, env: { ...env, ...extraEnv }, stdio: ['pipe', 'pipe', 'pipe'] });
      children.push(child);
      return child;
    };
    spawnNode([path.resolve('bin/erlts-epmd')]);
    const erlts = path.resolve('bin/erlts');
    const peer = spawnNode([...FLAGS, erlts, '-noshell', '-sname', 'erlts_train_peer', '-setcookie', 'erlts_train', '-eval', 'io:format("READY~n").']);
    const ready = await new Promise((resolve) => {
      let out = '';
      const timer = setTimeout(() => resolve(false), 30000);
      peer.stdout.on('data', (d) => {
        out += d;
        if (out.includes('READY')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      peer.on('exit', () => resolve(false));
    });
    fs.writeFileSync(path.join(dir, 'erlts_train.erl'), TRAIN_MODULE);
    const trainer = spawnNode([...FLAGS, erlts, '-sname', 'erlts_train_main', '-setcookie', 'erlts_train'], {
      ERLTS_WRITE_CODE_CACHE: path.resolve('build/erlts.cache'),
      ERLTS_WRITE_LIB_CODE_CACHE: '1',
    });
    let log = '';
    trainer.stdout.on('data', (d) => (log += d));
    trainer.stderr.on('data', (d) => (log += d));
    trainer.stdin.end(TRAIN_SHELL(ready));
    const status = await new Promise((resolve) => {
      const timer = setTimeout(() => {
        trainer.kill();
        resolve('timeout');
      }, 120000);
      trainer.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    if (status !== 0 || !log.includes('TRAINED') || !fs.existsSync('build/erlts.cache')) {
      console.warn(`bundle: the training run failed (${status}); caches of a bare start instead\n${log.slice(-2000)}`);
      fs.rmSync('build/erlts.cache', { force: true });
      return false;
    }
    return true;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
