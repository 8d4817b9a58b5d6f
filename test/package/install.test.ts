// The package as a user gets it: `npm pack`, installed with `npm install -g`
// into an empty prefix with no repository around it, then the guide's kvs
// walkthrough across two nodes with the installed `erlts` command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '../dist/helpers.js';
import { epmdAnswers } from '../../src/distribution/epmd/client.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KVS = `-module(kvs).
-export([start/0, store/2, lookup/1]).
start() -> register(kvs, spawn(fun() -> loop(#{}) end)).
store(Key, Value) -> call({store, Key, Value}).
lookup(Key) -> call({lookup, Key}).
call(Request) ->
    kvs ! {self(), Request},
    receive {kvs, Reply} -> Reply end.
loop(Table) ->
    receive
        {From, {store, Key, Value}} -> From ! {kvs, true}, loop(Table#{Key => Value});
        {From, {lookup, Key}} -> From ! {kvs, maps:find(Key, Table)}, loop(Table)
    end.
`;

let work = '';
let erlts = '';
let installed = '';
const children: ChildProcess[] = [];

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-install-'));
  // npm test has just built; packing without the prepack build keeps this test short.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = path.join(work, pack.stdout.trim().split('\n').pop()!);
  const prefix = path.join(work, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: work,
    encoding: 'utf8',
  });
  assert.equal(install.status, 0, install.stderr);
  erlts = path.join(prefix, 'bin', 'erlts');
  installed = path.join(prefix, 'lib', 'node_modules', 'erlts');
});

after(() => {
  for (const c of children) c.kill('SIGKILL');
  if (work !== '') fs.rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the built program, docs and LICENSE, and no install-time build', () => {
  for (const f of ['build/erlts.cjs', 'build/erlts.cache', 'lib/erlang/lists.erl', 'docs/guide.md', 'docs/zh-CN/guide.md', 'LICENSE', 'README.md']) {
    assert.ok(fs.existsSync(path.join(installed, f)), f);
  }
  const scripts = (JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(scripts[hook], undefined, hook);
});

test('the installed erlts starts from its code cache and names its own files, not the build machine', () => {
  const r = spawnSync(erlts, ['-noshell', '-eval', 'io:format("~s~n", [code:which(lists)]), halt().'], {
    cwd: work,
    env: { ...process.env, ERLTS_CODE_CACHE_CHECK: '1' },
    encoding: 'utf8',
  });
  assert.equal(r.stderr, 'erlts: code cache used\n');
  assert.equal(r.stdout, `${path.join(installed, 'lib', 'erlang', 'lists.erl')}\n`);
  assert.ok(!r.stdout.includes(ROOT));
});

test('the kvs walkthrough across two nodes with the installed erlts', { timeout: 120_000 }, async () => {
  const port = await freePort();
  const env = { ...process.env, ERL_EPMD_PORT: String(port) };
  const epmd = spawn(process.execPath, [path.join(installed, 'bin', 'erlts-epmd'), '-port', String(port)], { stdio: 'ignore' });
  children.push(epmd);
  assert.ok(await waitFor(() => epmdAnswers({ host: '127.0.0.1', port }, 200), 20_000), 'epmd answers');

  const serverDir = fs.mkdtempSync(path.join(work, 'server-'));
  fs.writeFileSync(path.join(serverDir, 'kvs.erl'), KVS);
  const server = spawn(
    erlts,
    ['-sname', 'server', '-setcookie', 'kvs_lesson', '-noshell', '-eval', '{ok, kvs} = c:c(kvs), true = kvs:start(), io:format("ready~n").'],
    {
      cwd: serverDir,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(server);
  let serverOut = '';
  server.stdout!.on('data', (d) => (serverOut += d));
  assert.ok(await waitFor(() => serverOut.includes('ready'), 60_000), `server ready: ${serverOut}`);

  const clientDir = fs.mkdtempSync(path.join(work, 'client-'));
  const script = [
    '[_, Host] = string:split(atom_to_list(node()), "@")',
    'S = list_to_atom("server@" ++ Host)',
    'io:format("~p~n", [net_adm:ping(S)])',
    'io:format("~p~n", [rpc:call(S, kvs, store, [weather, fine])])',
    'io:format("~p~n", [rpc:call(S, kvs, lookup, [weather])])',
    'io:format("~p~n", [rpc:call(S, kvs, lookup, [rain])])',
    'io:format("~p~n", [lists:member(S, nodes())])',
    'rpc:call(S, init, stop, [])',
    'halt().',
  ].join(', ');
  const client = spawnSync(erlts, ['-sname', 'client', '-setcookie', 'kvs_lesson', '-noshell', '-eval', script], {
    cwd: clientDir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(client.stdout, 'pong\ntrue\n{ok,fine}\nerror\ntrue\n');
  assert.equal(client.status, 0);
  assert.ok(await waitFor(() => server.exitCode !== null, 20_000), 'the server stops on init:stop');
});
