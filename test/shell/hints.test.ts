// The opt-in hints (-erlts_hints true, erlts_lesson:hints/1): one line after
// erl's own output for each classic mistake of the distribution chapter, in
// English or Chinese; with hints off, the transcript is erl's, byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor, HAVE_ERL, NO_ERL } from '../dist/helpers.js';
import { epmdAnswers } from '../../src/distribution/epmd/client.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ERLTS = path.join(ROOT, 'bin', 'erlts');
const HOST = os.hostname().split('.')[0]!;
const SERVER = `hint_srv@${HOST}`;

let port = 0;
let dir = '';
let server: ChildProcess | null = null;
let serverOut = '';
const children: ChildProcess[] = [];

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ERL_EPMD_PORT: String(port), LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', ...extra };
  return e;
}

/** A piped shell session: what a scripted demo prints. */
function session(lines: string[], args: string[], extraEnv: Record<string, string> = {}, cmd = ERLTS): string {
  const r = spawnSync(cmd, args, { cwd: dir, env: env(extraEnv), input: lines.join('\n') + '\n', encoding: 'utf8', timeout: 60_000 });
  return r.stdout;
}

before(async () => {
  port = await freePort();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-hints-'));
  const epmd = spawn(process.execPath, [path.join(ROOT, 'bin', 'erlts-epmd'), '-port', String(port)], { stdio: 'ignore' });
  children.push(epmd);
  await waitFor(() => epmdAnswers({ host: '127.0.0.1', port }, 200), 20_000);
  server = spawn(ERLTS, ['-sname', 'hint_srv', '-setcookie', 'good', '-erlts_hints', 'true', '-noshell', '-eval', 'io:format("up~n").'], {
    cwd: dir,
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(server);
  server.stdout!.on('data', (d) => (serverOut += d));
  await waitFor(() => serverOut.includes('up'), 30_000);
});

after(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

const client = (lines: string[], cookie = 'good', extra: string[] = []) =>
  session(lines, ['-sname', `c${process.pid}`, '-setcookie', cookie, '-erlts_hints', 'true', ...extra]);

test('a different cookie: pang, and both erlts nodes say why', async () => {
  const out = client([`net_adm:ping('${SERVER}').`], 'bad');
  assert.match(out, new RegExp(`1> pang\\nhint: ${SERVER} refused us during the handshake: the two nodes have different cookies\\.`));
  assert.ok(await waitFor(() => /hint: c\d+@\S+ tried to connect with a different cookie, so this node refused it\./.test(serverOut), 10_000), serverOut);
  // After erl's own report, not before it.
  assert.ok(serverOut.indexOf('Invalid challenge reply') < serverOut.indexOf('tried to connect with a different cookie'));
});

test('no node of that name on the host: the names that are there', () => {
  const out = client([`net_adm:ping(nosuch@${HOST}).`]);
  assert.match(out, new RegExp(`1> pang\\nhint: the machine ${HOST} has no node called nosuch; the nodes running there are: .*hint_srv`));
});

test('a short-name node calling a long name, and a long-name node calling a short name', () => {
  assert.match(
    client(["net_adm:ping('hint_srv@127.0.0.1')."]),
    /pang\nhint: this node has a short name \(-sname\), so it can only reach nodes with short names; 'hint_srv@127\.0\.0\.1' is a long name\./,
  );
  const long = session([`net_adm:ping('${SERVER}').`], ['-name', `l${process.pid}@127.0.0.1`, '-setcookie', 'good', '-erlts_hints', 'true']);
  assert.match(
    long,
    new RegExp(
      `pang\\nhint: this node has a long name \\(-name\\), so it can only reach nodes whose host has dots or is an IP address; ${SERVER} is a short name\\.`,
    ),
  );
});

test('the host part names another machine than the one that answers', { skip: HOST === 'localhost' ? 'this machine is called localhost' : false }, () => {
  const out = client(["net_adm:ping('hint_srv@localhost')."]);
  assert.match(out, new RegExp(`pang\\nhint: the node answering at localhost is called ${SERVER}, not hint_srv@localhost\\.`));
});

test('a message for a name nobody registered on that node', async () => {
  client([`{no_such_server, '${SERVER}'} ! hello.`, 'timer:sleep(500).']);
  assert.ok(
    await waitFor(
      () => /hint: a message for no_such_server arrived from c\d+@\S+, but no process on this node is registered as no_such_server/.test(serverOut),
      10_000,
    ),
    serverOut,
  );
});

test('undef: a module missing on the node an rpc went to, here, or a function not exported', () => {
  const out = client([`rpc:call('${SERVER}', kvs_missing, store, [a, b]).`, 'kvs_missing:start().', 'lists:no_such_function(1).']);
  assert.match(
    out,
    /\{badrpc,\{'EXIT',\{undef,\[\{kvs_missing,store,\[a,b\],\[\]\}\]\}\}\}\nhint: kvs_missing is not loaded on the node you called, so kvs_missing:store\/2 is undefined there\. Run c\(kvs_missing\)/,
  );
  assert.match(out, /undefined function kvs_missing:start\/0\nhint: no module kvs_missing is loaded or found in the code path\./);
  assert.match(out, /undefined function lists:no_such_function\/1\nhint: lists is loaded but does not export no_such_function\/1\./);
});

test('a .beam written by real erl', {
  skip: spawnSync('erlc', ['-help'], { stdio: 'ignore' }).error === undefined ? false : 'erlc is not installed (Debian: erlang-dev)',
}, () => {
  const sub = fs.mkdtempSync(path.join(dir, 'beam-'));
  fs.writeFileSync(path.join(sub, 'kvs_erl.erl'), '-module(kvs_erl).\n-export([start/0]).\nstart() -> ok.\n');
  assert.equal(spawnSync('erlc', ['kvs_erl.erl'], { cwd: sub }).status, 0);
  const r = spawnSync(ERLTS, ['-erlts_hints', 'true'], { cwd: sub, env: env(), input: 'kvs_erl:start().\n', encoding: 'utf8', timeout: 60_000 });
  assert.match(
    r.stdout,
    /hint: \.\/kvs_erl\.beam was compiled by real erl \(erlc\), and erlts cannot load BEAM code\. Compile kvs_erl\.erl again in erlts with c\(kvs_erl\)\./,
  );
});

test('in Chinese when the locale asks for it', () => {
  const out = session([`net_adm:ping(nosuch@${HOST}).`], ['-sname', `z${process.pid}`, '-setcookie', 'good', '-erlts_hints', 'true'], { LANG: 'zh_CN.UTF-8' });
  assert.match(out, new RegExp(`pang\\n提示：机器 ${HOST} 上没有叫 nosuch 的节点`));
});

test('erlts_lesson:hints/1 turns them on and off at the prompt', () => {
  const out = session(['nomod_x:f().', 'erlts_lesson:hints(on).', 'nomod_x:f().', 'erlts_lesson:hints(off).', 'nomod_x:f().'], []);
  assert.equal(out.match(/hint: no module nomod_x/g)?.length, 1);
  assert.match(out, /3> \*\* exception error: undefined function nomod_x:f\/0\nhint: /);
});

// No command that logs a report: when a report lands around a prompt depends on timing, in erl too.
const SESSION_OFF = [`net_adm:ping(nosuch@${HOST}).`, 'nomod_x:f().', 'lists:no_such_function(1).', `rpc:call('${SERVER}', kvs_missing, f, []).`];

/** erl's report header carries the time; nothing else may differ. */
const normalise = (s: string) => s.replace(/=ERROR REPORT==== .* ===/g, '=ERROR REPORT==== TIME ===').replace(/c\d+@/g, 'CLIENT@');

test("without -erlts_hints, no hint, and the transcript is erl's", { skip: NO_ERL }, () => {
  const ours = session(SESSION_OFF, ['-sname', `c${process.pid}`, '-setcookie', 'good']);
  assert.ok(!ours.includes('hint:'));
  if (!HAVE_ERL) return;
  const erl = session(SESSION_OFF, ['-sname', `c${process.pid}`, '-setcookie', 'good', '-start_epmd', 'false'], {}, 'erl');
  assert.equal(normalise(ours), normalise(erl));
});
