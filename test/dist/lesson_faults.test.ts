// erlts_lesson's fault injection and step-through delivery from the shell:
// a cut connection looks like a partition to both peers (real erl
// included), healing brings pong back, a stalled node is found out by its
// peer's net_ticktime, latency delays, and held messages are released one
// at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor, NO_ERL } from './helpers.js';
import { epmdAnswers } from '../../src/distribution/epmd/client.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ERLTS = path.join(ROOT, 'bin', 'erlts');
const HOST = os.hostname().split('.')[0]!;

let port = 0;
let dir = '';
const children: ChildProcess[] = [];
const outputs = new Map<string, () => string>();

const env = () => ({ ...process.env, ERL_EPMD_PORT: String(port) });

/** A node that keeps running: an echo server registered as `echo`, net_ticktime 4. */
async function startNode(cmd: string, name: string): Promise<string> {
  const echo = 'register(echo, spawn(fun L() -> receive {F, M} -> F ! {echo, M}, L() end end)), io:format("up~n").';
  const extra = cmd === 'erl' ? ['-start_epmd', 'false'] : [];
  const child = spawn(cmd, ['-sname', name, '-setcookie', 'lesson', '-kernel', 'net_ticktime', '4', ...extra, '-noshell', '-eval', echo], {
    cwd: dir,
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  outputs.set(name, () => out);
  assert.ok(await waitFor(() => out.includes('up'), 30_000), `${name} started: ${out}`);
  return `${name}@${HOST}`;
}

/** A client shell session, piped, as a scripted demo. */
function client(lines: string[]): string {
  const r = spawnSync(ERLTS, ['-sname', `lc${process.pid}`, '-setcookie', 'lesson', '-kernel', 'net_ticktime', '4'], {
    cwd: dir,
    env: env(),
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 90_000,
  });
  return r.stdout;
}

before(async () => {
  port = await freePort();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-lesson-'));
  children.push(spawn(process.execPath, [path.join(ROOT, 'bin', 'erlts-epmd'), '-port', String(port)], { stdio: 'ignore' }));
  await waitFor(() => epmdAnswers({ host: '127.0.0.1', port }, 200), 20_000);
});

after(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

for (const [label, cmd] of [
  ['erlts', ERLTS],
  ['real erl', 'erl'],
] as const) {
  test(`cut and heal between erlts and ${label}: {badrpc,nodedown}, nodedown, then pong`, {
    skip: cmd === 'erl' ? NO_ERL : false,
    timeout: 120_000,
  }, async () => {
    const peer = await startNode(cmd, `lf_${cmd === 'erl' ? 'erl' : 'ts'}${process.pid}`);
    const out = client([
      `net_adm:ping('${peer}').`,
      `monitor_node('${peer}', true).`,
      `erlts_lesson:cut('${peer}').`,
      'receive {nodedown, N} -> {down, N} after 5000 -> none end.',
      `rpc:call('${peer}', erlang, node, []).`,
      `net_adm:ping('${peer}').`,
      `erlts_lesson:heal('${peer}').`,
      `net_adm:ping('${peer}').`,
      `rpc:call('${peer}', erlang, node, []).`,
    ]);
    assert.match(out, /1> pong\n/);
    assert.match(out, new RegExp(`4> \\{down,'?${peer}'?\\}\\n`));
    assert.match(out, /5> \{badrpc,nodedown\}\n/);
    assert.match(out, /6> pang\n/);
    assert.match(out, /8> pong\n/);
    assert.match(out, new RegExp(`9> '?${peer}'?\\n`));
  });
}

test('a stalled node is found out by its peer within net_ticktime', { timeout: 120_000 }, async () => {
  const peer = await startNode(ERLTS, `lf_stall${process.pid}`);
  const out = client([
    `net_adm:ping('${peer}').`,
    `monitor_node('${peer}', true).`,
    'erlts_lesson:stall(true).',
    'T0 = erlang:monotonic_time(millisecond).',
    'receive {nodedown, _} -> ok after 15000 -> none end.',
    'erlang:monotonic_time(millisecond) - T0 < 12000.',
    'erlts_lesson:stall(false).',
  ]);
  assert.match(out, /5> ok\n/);
  assert.match(out, /6> true\n/);
  assert.ok(await waitFor(() => outputs.get(`lf_stall${process.pid}`)!().includes('not responding'), 5_000), 'the peer logs that we stopped responding');
});

test('latency delays what we send; hold and step release one message at a time', { timeout: 120_000 }, async () => {
  const peer = await startNode(ERLTS, `lf_step${process.pid}`);
  const out = client([
    `net_adm:ping('${peer}').`,
    `erlts_lesson:latency('${peer}', 400).`,
    `T0 = erlang:monotonic_time(millisecond), {echo, '${peer}'} ! {self(), x}, receive {echo, x} -> ok end, erlang:monotonic_time(millisecond) - T0 >= 400.`,
    `erlts_lesson:latency('${peer}', 0).`,
    'erlts_lesson:hold(self()).',
    `{echo, '${peer}'} ! {self(), one}, {echo, '${peer}'} ! {self(), two}, timer:sleep(500).`,
    'erlts_lesson:held().',
    'erlts_lesson:step().',
    'flush().',
    'erlts_lesson:release().',
    'flush().',
    'erlts_lesson:step().',
  ]);
  assert.match(out, /3> true\n/);
  assert.match(out, /7> \[\{<[\d.]+>,\{echo,one\}\},\{<[\d.]+>,\{echo,two\}\}\]\n/);
  assert.match(out, /8> \{released,<[\d.]+>,\{echo,one\}\}\n/);
  assert.match(out, /9> Shell got \{echo,one\}\nok\n/);
  assert.match(out, /10> 1\n/);
  assert.match(out, /11> Shell got \{echo,two\}\nok\n/);
  assert.match(out, /12> none\n/);
});

test('drop_next drops one message; kill/2 kills with the chosen reason', () => {
  const out = spawnSync(ERLTS, [], {
    cwd: dir,
    input: [
      'erlts_lesson:drop_next(self()).',
      'self() ! a, self() ! b.',
      'flush().',
      'P = spawn(fun() -> receive after infinity -> ok end end), monitor(process, P), erlts_lesson:kill(P, teacher).',
      "receive {'DOWN', _, process, P, R} -> R end.",
    ].join('\n'),
    encoding: 'utf8',
    timeout: 60_000,
  }).stdout;
  assert.match(out, /3> Shell got b\nok\n/);
  assert.match(out, /5> teacher\n/);
});

test('fault injection on a node that is not alive raises notalive', () => {
  const out = spawnSync(ERLTS, ['-noshell', '-eval', 'io:format("~p~n", [catch erlts_lesson:cut(x@y)]), halt().'], {
    encoding: 'utf8',
    timeout: 30_000,
  }).stdout;
  assert.match(out, /^\{'EXIT',\{notalive,/);
});

test('the X-ray shows a fresh connection to real erl: EPMD, the handshake in words, controls', { skip: NO_ERL, timeout: 120_000 }, async () => {
  const peer = await startNode('erl', `lf_xray${process.pid}`);
  const out = client([
    'erlts_lesson:xray(on).',
    `net_adm:ping('${peer}').`,
    `{echo, '${peer}'} ! {self(), hi}, receive X -> X end.`,
    'erlts_lesson:xray(off).',
  ]);
  const alive = peer.split('@')[0]!;
  assert.match(out, new RegExp(`xray: out -> epmd@${HOST} PORT_PLEASE2_REQ name=${alive} \\(\\d+ bytes\\)`));
  assert.match(out, /xray: in <- epmd@\S+ PORT2_RESP port=\d+ highest_version=6/);
  assert.match(out, new RegExp(`xray: out -> ${peer} send_name name=lc\\d+@${HOST} flags=PUBLISHED EXTENDED_REFERENCES .*HANDSHAKE_23`));
  assert.match(out, new RegExp(`xray: in <- ${peer} send_status status=ok`));
  assert.match(out, new RegExp(`xray: in <- ${peer} send_challenge name=${peer} flags=.*FRAGMENTS.* challenge=\\d+`));
  assert.match(out, /xray: out -> \S+ send_challenge_reply challenge=\d+ digest=[0-9a-f]{32}/);
  assert.match(out, /xray: in <- \S+ send_challenge_ack digest=[0-9a-f]{32}/);
  assert.match(out, new RegExp(`xray: out -> ${peer} REG_SEND control=\\{6,<[\\d.]+>,'',echo\\} message=\\{<[\\d.]+>,hi\\}`));
  assert.ok(
    !/lesson/.test(
      out
        .split('\n')
        .filter((l) => l.startsWith('xray:'))
        .join('\n'),
    ),
    'the cookie never shows',
  );
});
