// Remote shells between real OS processes: `erlts -remsh Node` and the ^G
// menu's `r Node`, erlts to erlts, erlts to real erl and real erl to erlts.
// The client runs under a pseudo-terminal (erl's -remsh needs one: on a pipe
// erl ignores it, and so do we); the target is a -noinput node. Every
// expected screen is what real erl 25 shows for the same keys. This file
// has its own EPMD on a random port (ERL_EPMD_PORT), never 4369.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ptyUnavailable, ROOT } from '../shell/tty_harness.js';
import { ERLTS, PtyCommand } from './remsh_pty.js';
import { HAVE_ERL, freePort, waitFor } from './helpers.js';
import { epmdAnswers, portPlease } from '../../src/distribution/epmd/client.js';

const NO_PTY = ptyUnavailable();
const NO_ERL = HAVE_ERL ? null : 'real erl is not installed (Debian: erlang-base); skipped';
const HOST = os.hostname().split('.')[0]!;
const COOKIE = 'remshcookie';

let port = 0;
let epmd: ChildProcess | null = null;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-remsh-'));
const started: ChildProcess[] = [];
const env = (): Record<string, string> => ({ ERL_EPMD_PORT: String(port), HOME: home });

before(async () => {
  if (NO_PTY !== null) return;
  port = await freePort();
  // Our EPMD in the foreground, ended by pid at the end.
  epmd = spawn(process.execPath, [path.join(ROOT, 'bin', 'erlts-epmd'), '-port', String(port)], { stdio: 'ignore' });
  await waitFor(() => epmdAnswers({ host: '127.0.0.1', port }, 200));
});

after(() => {
  for (const c of started) c.kill('SIGKILL');
  epmd?.kill('SIGKILL');
});

/** A target node that reads nothing: erlts, or real erl when `erl` is given. */
async function target(name: string, kind: 'erlts' | 'erl'): Promise<void> {
  const args = ['-sname', name, '-setcookie', COOKIE, '-noinput'];
  const cmd = kind === 'erlts' ? [process.execPath, ERLTS, ...args] : ['erl', ...args, '-start_epmd', 'false'];
  const child = spawn(cmd[0]!, cmd.slice(1), { env: { ...process.env, ...env() }, cwd: home, stdio: 'ignore' });
  started.push(child);
  const known = async () => (await portPlease({ host: '127.0.0.1', port }, name).catch(() => null)) !== null;
  assert.ok(await waitFor(known, 20000, 200), `${name} registered in EPMD`);
}

function client(args: string[], kind: 'erlts' | 'erl' = 'erlts'): PtyCommand {
  const cmd = kind === 'erlts' ? [process.execPath, ERLTS, ...args] : ['erl', ...args, '-start_epmd', 'false'];
  return new PtyCommand(cmd, env(), home);
}

/** The screen from the Eshell banner on (the OTP banner above it wraps differently per machine). */
function fromBanner(c: PtyCommand): string[] {
  const l = c.lines();
  const i = l.findIndex((x) => x.startsWith('Eshell') || x.startsWith('*** '));
  return i < 0 ? l : l.slice(i);
}

async function session(c: PtyCommand, steps: [keys: string, waitFor: string | RegExp][]): Promise<void> {
  for (const [keys, next] of steps) await c.type(keys, next);
}

const endsWith = (s: string) => new RegExp(`${s.replace(/[()^$*+?.[\]{}|\\]/g, '\\$&')}$`);

test('erlts -remsh erlts: the shell runs on the target, input and output stay here', { skip: NO_PTY ?? false, timeout: 90000 }, async () => {
  await target('rt1', 'erlts');
  const c = client(['-sname', 'rc1', '-setcookie', COOKIE, '-remsh', 'rt1']);
  try {
    const P = `(rt1@${HOST})`;
    await c.waitFor(endsWith(`${P}1>`));
    await session(c, [
      ['node().\r', endsWith(`${P}2>`)],
      ['nodes().\r', endsWith(`${P}3>`)],
      ['1 +\r', endsWith(`${P}3>`)],
      ['2.\r', endsWith(`${P}4>`)],
      ['io:get_line("gl> ").\r', endsWith('gl>')],
      ['hello\r', endsWith(`${P}5>`)],
      ['X = 5, 1/0.\r', endsWith(`${P}6>`)],
      ['\x07', endsWith('-->')],
      ['j\r', endsWith('-->')],
    ]);
    assert.deepEqual(fromBanner(c), [
      'Eshell V13.1.5  (abort with ^G)',
      `${P}1> node().`,
      `rt1@${HOST}`,
      `${P}2> nodes().`,
      `[rc1@${HOST}]`,
      `${P}3> 1 +`,
      `${P}3> 2.`,
      '3',
      `${P}4> io:get_line("gl> ").`,
      'gl> hello',
      '"hello\\n"',
      `${P}5> X = 5, 1/0.`,
      '** exception error: an error occurred when evaluating an arithmetic expression',
      "     in operator  '/'/2",
      '        called as 1 / 0',
      `${P}6>`,
      'User switch command',
      ' --> j',
      `   1* {rt1@${HOST},shell,start,[]}`,
      ' -->',
    ]);
    c.send('q\r');
    assert.equal(await c.exited(), 0);
  } finally {
    c.close();
  }
});

test('^G i interrupts the remote evaluation, idle or busy', { skip: NO_PTY ?? false, timeout: 90000 }, async () => {
  await target('rt2', 'erlts');
  const c = client(['-sname', 'rc2', '-setcookie', COOKIE, '-remsh', `rt2@${HOST}`]);
  try {
    const P = `(rt2@${HOST})`;
    await c.waitFor(endsWith(`${P}1>`));
    await session(c, [
      ['\x07', endsWith('-->')],
      ['i\r', endsWith('-->')],
      ['c\r', endsWith(`${P}1>`)],
      ['receive after infinity -> ok end.\r', 'end.'],
      ['\x07', endsWith('-->')],
      ['i\r', endsWith('-->')],
      ['c\r', endsWith(`${P}2>`)],
    ]);
    assert.deepEqual(fromBanner(c).slice(1), [
      `${P}1>`,
      'User switch command',
      ' --> i',
      ' --> c',
      '** exception exit: killed',
      `${P}1> receive after infinity -> ok end.`,
      '',
      'User switch command',
      ' --> i',
      ' --> c',
      '** exception exit: killed',
      `${P}2>`,
    ]);
  } finally {
    c.close();
  }
});

test('an unreachable target: the shell process terminates, as in erl', { skip: NO_PTY ?? false, timeout: 90000 }, async () => {
  const named = client(['-sname', 'rc3', '-setcookie', COOKIE, '-remsh', 'nosuch']);
  const unnamed = client(['-setcookie', COOKIE, '-remsh', 'nosuch']);
  try {
    await named.waitFor('(^G to start new job) ***');
    await unnamed.waitFor('Could not connect to "nosuch"');
    assert.deepEqual(fromBanner(named), ['*** ERROR: Shell process terminated! (^G to start new job) ***']);
    const u = fromBanner(unnamed);
    assert.equal(u[0], '*** ERROR: Shell process terminated! (^G to start new job) ***');
    assert.match(u[1]!, /^=ERROR REPORT==== \d+-\w+-\d{4}::\d\d:\d\d:\d\d\.\d{6} ===$/);
    assert.equal(u[2], 'Could not connect to "nosuch"');
    // The menu still works: `j` lists no job.
    await session(named, [
      ['\x07', endsWith('-->')],
      ['j\r', endsWith('-->')],
    ]);
    assert.deepEqual(fromBanner(named).slice(1), ['', 'User switch command', ' --> j', ' -->']);
  } finally {
    named.close();
    unnamed.close();
  }
});

test('^G r Node starts a remote shell job; c connects; a failing one is reported on connect', { skip: NO_PTY ?? false, timeout: 90000 }, async () => {
  await target('rt4', 'erlts');
  const c = client(['-sname', 'rc4', '-setcookie', COOKIE]);
  try {
    const P = `(rt4@${HOST})`;
    await c.waitFor(endsWith(`(rc4@${HOST})1>`));
    await session(c, [
      ['\x07', endsWith('-->')],
      [`r rt4@${HOST}\r`, endsWith('-->')],
      ['j\r', endsWith('-->')],
      ['c\r', endsWith(`${P}1>`)],
      ['node().\r', endsWith(`${P}2>`)],
      ['\x07', endsWith('-->')],
      ['r nosuch\r', endsWith('-->')],
      ['c\r', endsWith('(^G to start new job) ***')],
      ['\x07', endsWith('-->')],
      ['j\r', endsWith('-->')],
      ['c 1\r', endsWith(`(rc4@${HOST})1>`)],
    ]);
    assert.deepEqual(fromBanner(c), [
      'Eshell V13.1.5  (abort with ^G)',
      `(rc4@${HOST})1>`,
      'User switch command',
      ` --> r rt4@${HOST}`,
      ' --> j',
      '   1  {shell,start,[init]}',
      `   2* {rt4@${HOST},shell,start,[]}`,
      ' --> c',
      'Eshell V13.1.5  (abort with ^G)',
      `${P}1> node().`,
      `rt4@${HOST}`,
      `${P}2>`,
      'User switch command',
      ' --> r nosuch',
      ' --> c',
      '*** ERROR: Shell process terminated! (^G to start new job) ***',
      '',
      'User switch command',
      ' --> j',
      '   1  {shell,start,[init]}',
      `   2  {rt4@${HOST},shell,start,[]}`,
      ' --> c 1',
      `(rc4@${HOST})1>`,
    ]);
  } finally {
    c.close();
  }
});

test('the target halting ends the remote shell: q() over there', { skip: NO_PTY ?? false, timeout: 90000 }, async () => {
  await target('rt5', 'erlts');
  const c = client(['-sname', 'rc5', '-setcookie', COOKIE, '-remsh', 'rt5']);
  try {
    const P = `(rt5@${HOST})`;
    await c.waitFor(endsWith(`${P}1>`));
    await c.type('q().\r', '(^G to start new job) ***');
    assert.deepEqual(fromBanner(c).slice(1), [`${P}1> q().`, 'ok', `${P}2> *** ERROR: Shell process terminated! (^G to start new job) ***`]);
  } finally {
    c.close();
  }
});

test('on a pipe -remsh is ignored, as erl ignores it there', { skip: NO_PTY ?? false, timeout: 60000 }, () => {
  const r = spawnSync(process.execPath, [ERLTS, '-sname', 'rc6', '-setcookie', COOKIE, '-remsh', 'nosuch'], {
    input: 'node().\n',
    env: { ...process.env, ...env() },
    cwd: home,
    encoding: 'latin1',
  });
  assert.equal(r.stdout, `Eshell V13.1.5  (abort with ^G)\n(rc6@${HOST})1> rc6@${HOST}\n(rc6@${HOST})2> *** Terminating erlang (rc6@${HOST})\n`);
});

test("erlts -remsh real erl: erl's shell talks the io protocol to our io server", { skip: NO_PTY ?? NO_ERL ?? false, timeout: 90000 }, async () => {
  await target('rt7', 'erl');
  const c = client(['-sname', 'rc7', '-setcookie', COOKIE, '-remsh', 'rt7']);
  try {
    const P = `(rt7@${HOST})`;
    await c.waitFor(endsWith(`${P}1>`));
    await session(c, [
      ['node().\r', endsWith(`${P}2>`)],
      ['1 +\r', endsWith(`${P}2>`)],
      ['2. X = 3.\r', endsWith(`${P}4>`)],
      ['io:get_line("gl> ").\r', endsWith('gl>')],
      ['hello\r', endsWith(`${P}5>`)],
      ['foo(.\r', endsWith(`${P}5>`)],
      ['io:format("~s~n", [X + 1 == 4]).\r', endsWith(`${P}6>`)],
    ]);
    assert.deepEqual(fromBanner(c), [
      'Eshell V13.1.5  (abort with ^G)',
      `${P}1> node().`,
      `rt7@${HOST}`,
      `${P}2> 1 +`,
      `${P}2> 2. X = 3.`,
      '3',
      `${P}3> X = 3.`,
      '3',
      `${P}4> io:get_line("gl> ").`,
      'gl> hello',
      '"hello\\n"',
      `${P}5> foo(.`,
      "* 1:5: syntax error before: '.'",
      `${P}5> io:format("~s~n", [X + 1 == 4]).`,
      'true',
      'ok',
      `${P}6>`,
    ]);
  } finally {
    c.close();
  }
});

test("real erl -remsh erlts: erl's group calls our shell:start/0", { skip: NO_PTY ?? NO_ERL ?? false, timeout: 90000 }, async () => {
  await target('rt8', 'erlts');
  const c = client(['-sname', 'rc8', '-setcookie', COOKIE, '-remsh', 'rt8'], 'erl');
  try {
    const P = `(rt8@${HOST})`;
    await c.waitFor(endsWith(`${P}1>`));
    await session(c, [
      ['node().\r', endsWith(`${P}2>`)],
      ['1 +\r', endsWith(`${P}2>`)],
      ['2.\r', endsWith(`${P}3>`)],
      ['io:nl().\r', endsWith(`${P}4>`)],
      ['lists:rev\t', 'lists:reverse('],
      ['[1,2]).\r', endsWith(`${P}5>`)],
      ['\x07', endsWith('-->')],
      ['i\r', endsWith('-->')],
      ['c\r', endsWith(`${P}5>`)],
    ]);
    assert.deepEqual(fromBanner(c), [
      'Eshell V13.1.5  (abort with ^G)',
      `${P}1> node().`,
      `rt8@${HOST}`,
      `${P}2> 1 +`,
      `${P}2> 2.`,
      '3',
      `${P}3> io:nl().`,
      '',
      'ok',
      `${P}4> lists:reverse([1,2]).`,
      '[2,1]',
      `${P}5>`,
      'User switch command',
      ' --> i',
      ' --> c',
      '** exception exit: killed',
      `${P}5>`,
    ]);
  } finally {
    c.close();
  }
});
