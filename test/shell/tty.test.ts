// The interactive terminal, driven through a real pseudo-terminal: line
// editing, history, completion, the BREAK and User switch menus, and the
// prompt redraw around asynchronous output. Expected screens follow real
// erl 25 run under the same harness.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ptyUnavailable, startShell, type PtySession } from './tty_harness.js';

const skip = ptyUnavailable();
const LEFT = '\x1b[D';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

async function session(fn: (s: PtySession) => Promise<void>, args: string[] = []): Promise<void> {
  const s = await startShell(args);
  try {
    await fn(s);
  } finally {
    s.close();
  }
}

test('banner on a terminal, then editing in the middle of a line', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    // The banner is wider than 80 columns: look at the bytes, not the wrapped screen.
    assert.match(
      s.raw,
      /^Erlang\/OTP 25 \[erts-13\.1\.5\] \[source\] \[64-bit\] \[smp:\d+:\d+\] \[ds:\d+:\d+:10\] \[async-threads:1\] \[jit:ns\]( \[erlts \d+\.\d+\.\d+\])?\r\n\r\nEshell V13\.1\.5 {2}\(abort with \^G\)\r\n1> $/,
    );
    // A person at a terminal can tell erlts from erl; a piped transcript cannot (it stays erl's).
    if (process.env.TTY_TEST_ERL === undefined) assert.match(s.raw, /\[jit:ns\] \[erlts \d+\.\d+\.\d+\]\r\n/);
    // Insert in the middle with the arrow keys.
    s.send('[a,c].');
    await s.waitForLine('1> [a,c].');
    s.send(LEFT + LEFT + LEFT + 'b,');
    await s.waitForLine('1> [a,b,c].', 8);
    s.send('\r');
    await s.waitForLine('2> ');
    assert.ok(s.screen.text().includes('1> [a,b,c].\n[a,b,c]\n2>'));
    // Ctrl-A inserts at the start; Ctrl-E goes back to the end.
    s.send('23.\x01' + '1\x05' + '\r');
    await s.waitForLine('3> ');
    assert.ok(s.screen.text().includes('2> 123.\n123\n3>'));
    // Ctrl-W and Ctrl-U kill; Ctrl-K kills to the end; Ctrl-T transposes.
    s.send('foo bar\x17');
    await s.waitForLine('3> foo ');
    s.send('\x15' + '45.' + '\x01\x0b' + '45.\x02\x02\x14' + '\r');
    await s.waitForLine('4> ');
    assert.ok(s.screen.text().includes('3> 54.\n54\n4>'), s.screen.text());
    // UTF-8 input is one character per cursor step.
    s.send('"é".' + LEFT + LEFT + 'ß\r');
    await s.waitForLine('5> ');
    assert.ok(s.screen.text().includes('4> "éß".\n"éß"\n5>'), s.screen.text());
  }),
);

test('history: up and down through earlier lines', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('11.\r');
    await s.waitForLine('2> ');
    s.send('22.\r');
    await s.waitForLine('3> ');
    s.send(UP);
    await s.waitForLine('3> 22.');
    s.send(UP);
    await s.waitForLine('3> 11.');
    s.send(UP); // nothing older: a beep, the line stays
    s.send(DOWN);
    await s.waitForLine('3> 22.');
    s.send(DOWN);
    await s.waitForLine('3> ');
    s.send(UP + UP + '\r');
    await s.waitForLine('4> ');
    assert.ok(s.screen.text().endsWith('3> 11.\n11\n4>'), s.screen.text());
    assert.ok(s.screen.bells >= 1);
    // Ctrl-R finds the newest line containing what is typed.
    s.send('\x12' + '2');
    await s.waitForLine("(search)`2': 22.");
    s.send('\r');
    await s.waitForLine('5> ');
    assert.ok(s.screen.text().endsWith('4> 22.\n22\n5>'), s.screen.text());
  }),
);

test('tab completes a module, then a function, and lists alternatives', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('lis\t');
    await s.waitForLine('1> lists:');
    s.send('rev\t');
    await s.waitForLine('1> lists:reverse(');
    s.send('[1,2]).\r');
    await s.waitForLine('2> ');
    assert.ok(s.screen.text().includes('1> lists:reverse([1,2]).\n[2,1]\n2>'));
    s.send('lists:fo\t');
    await s.waitFor('foldl/3    foldr/3    foreach/2');
    await s.waitForLine('2> lists:fo');
    const lines = s.screen.lines();
    assert.deepEqual(lines.slice(-2), ['foldl/3    foldr/3    foreach/2', '2> lists:fo']);
    // A bound variable completes too.
    s.send('\x15Abcdef = 3.\r');
    await s.waitForLine('3> ');
    s.send('Abc\t');
    await s.waitForLine('3> Abcdef');
  }),
);

test('Ctrl-C shows the BREAK menu and c continues', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('1+');
    await s.waitForLine('1> 1+');
    s.send('\x03');
    await s.waitFor('BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution');
    s.send('c\r');
    await s.waitForLine('1> 1+');
    s.send('1.\r');
    await s.waitForLine('2> ');
    assert.ok(s.screen.text().endsWith('c\n1> 1+1.\n2\n2>'), s.screen.text());
  }),
);

test('Ctrl-C then a ends the node with status 0', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('\x03');
    await s.waitFor('(d)istribution');
    s.send('a\r');
    assert.equal(await s.exited(), 0);
  }),
);

test('Ctrl-G: help, jobs, a second shell, and back to the first', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('X = 5.\r');
    await s.waitForLine('2> ');
    s.send('\x07');
    await s.waitForLine(' --> ');
    s.send('?\r');
    await s.waitFor(
      [
        ' --> ?',
        '  c [nn]            - connect to job',
        '  i [nn]            - interrupt job',
        '  k [nn]            - kill job',
        '  j                 - list all jobs',
        '  s [shell]         - start local shell',
        '  r [node [shell]]  - start remote shell',
        '  q                 - quit erlang',
        '  ? | h             - this message',
        ' -->',
      ].join('\n'),
    );
    s.send('j\r');
    await s.waitFor(' --> j\n   1* {shell,start,[init]}\n -->');
    s.send('c 9\rzz\rr\r');
    await s.waitFor(' --> c 9\nUnknown job\n --> zz\nUnknown command\n --> r\nNot alive\n -->');
    s.send('s\r');
    await s.waitForLine(' --> ');
    s.send('j\r');
    await s.waitFor('   1  {shell,start,[init]}\n   2* {shell,start,[]}\n -->');
    s.send('c\r');
    await s.waitForLine('1> ');
    assert.ok(s.screen.text().endsWith(' --> c\nEshell V13.1.5  (abort with ^G)\n1>'), s.screen.text());
    s.send('X.\r');
    await s.waitFor("* 1:1: variable 'X' is unbound");
    s.send('\x07');
    await s.waitForLine(' --> ');
    s.send('c 1\r');
    await s.waitForLine('2> ');
    s.send('X.\r');
    await s.waitForLine('3> ');
    assert.ok(s.screen.text().endsWith('2> X.\n5\n3>'), s.screen.text());
  }),
);

test('output arriving while the shell waits is printed above a redrawn prompt and line', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('P = spawn(fun() -> receive go -> io:format("hello~n") end end), ok.\r');
    await s.waitForLine('2> ');
    s.send('timer:send_after(1000, P, go), ok.\r');
    await s.waitForLine('3> ');
    // A half-typed line with the cursor moved into it by Ctrl-A.
    s.send('abc\x01');
    await s.waitForLine('3> abc', 3);
    await s.waitFor((t) => t.split('\n').includes('hello'));
    await s.waitForLine('3> abc', 3);
    assert.deepEqual(s.screen.lines().slice(-3), ['ok', 'hello', '3> abc'], s.screen.text());
    // Output that does not end a line: the prompt follows it, as in erl.
    s.send('\x0bspawn(fun() -> timer:sleep(300), io:format("tick") end), ok.\r');
    await s.waitForLine('4> ');
    s.send('x');
    await s.waitForLine('tick4> x');
  }),
);

test('keys typed ahead are shown and run at the next prompts', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    s.send('timer:sleep(300), 1.\r2.\r3 +\r4.\r');
    await s.waitForLine('4> ');
    assert.ok(s.screen.text().endsWith('1> timer:sleep(300), 1.\n1\n2> 2.\n2\n3> 3 +\n3> 4.\n7\n4>'), s.screen.text());
  }),
);

test('several expressions on a line: what follows each dot shows at the next prompt', { skip: skip ?? false, timeout: 60000 }, () =>
  session(async (s) => {
    // As erl's group: the rest of the line is read by the next prompt, which shows it.
    s.send('1. 2.\r');
    await s.waitForLine('3> ');
    s.send('X = 1, Y = 2. X + Y.\r');
    await s.waitForLine('5> ');
    assert.ok(s.screen.text().endsWith('1> 1. 2.\n1\n2> 2.\n2\n3> X = 1, Y = 2. X + Y.\n2\n4> X + Y.\n3\n5>'), s.screen.text());
    // Half an expression after the dot waits for its end on the next line; so does a blank rest.
    s.send('[1,\r');
    await s.waitForLine('5> ');
    s.send('2] ++ [3]. 8 +\r');
    await s.waitForLine('6> ');
    s.send('1.  \r');
    await s.waitForLine('7> ');
    s.send('3.\r');
    await s.waitForLine('8> ');
    assert.ok(s.screen.text().endsWith('5> [1,\n5> 2] ++ [3]. 8 +\n[1,2,3]\n6> 8 +\n6> 1.\n9\n7>\n7> 3.\n3\n8>'), s.screen.text());
  }),
);

test('history is kept between sessions when ERLTS_HISTORY=1', { skip: skip ?? false, timeout: 60000 }, async () => {
  const first = await startShell([], { env: { ERLTS_HISTORY: '1' } });
  try {
    first.send('77.\r');
    await first.waitForLine('2> ');
    first.send('halt().\r');
    assert.equal(await first.exited(), 0);
  } finally {
    first.close();
  }
  const second = await startShell([], { env: { ERLTS_HISTORY: '1' }, home: first.home });
  try {
    second.send(UP);
    await second.waitForLine('1> halt().');
    second.send(UP);
    await second.waitForLine('1> 77.');
  } finally {
    second.close();
  }
  // Off by default, as in erl.
  const third = await startShell([], { home: first.home });
  try {
    third.send(UP);
    await third.waitFor(() => third.screen.bells > 0);
    assert.equal(third.screen.currentLine(), '1>');
  } finally {
    third.close();
  }
});
