// The `user` io server on a pipe, as user.erl behaves (checked against real
// erl by test/shell/step_cases): while a read waits for input, every io
// request but get_geometry is followed by its prompt again; while the read
// holds part of a line, requests wait until it is done.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVM } from '../../src/code/boot.js';
import { compileSource } from '../../src/compiler/compile_source.js';
import { UserIo, type ReadRequest } from '../../src/bifs/io/user_server.js';
import type { VM } from '../../src/vm/vm.js';
import { list } from '../../src/terms/types.js';

const SOURCE = `
-module(uio).
-export([options/0, say/1]).
options() -> io:getopts(), io:columns(), io:getopts(), ok.
say(Text) -> io:requests([{put_chars, unicode, Text}, nl]).
`;

function setUp(): { vm: VM; user: UserIo; output: () => string; lines: string[] } {
  const vm = createVM();
  let out = '';
  const user = new UserIo(vm, { write: (s) => (out += s) }, { encoding: 'latin1' });
  vm.initPid = user.proc.pid;
  vm.userPid = user.proc.pid;
  const r = compileSource(SOURCE, { file: 'uio.erl' });
  assert.deepEqual(r.errors, []);
  vm.code.load(r.unit!);
  const lines: string[] = [];
  const req: ReadRequest = {
    prompt: '1> ',
    consume(input) {
      const line = input.takeLine();
      if (line === null) return false;
      lines.push(line);
      return true;
    },
  };
  user.read(req);
  return { vm, user, output: () => out, lines };
}

function call(vm: VM, user: UserIo, f: string, args: unknown[]): void {
  const fn = vm.code.lookup('uio', f, args.length);
  assert.ok(fn);
  vm.spawn(fn!, args, null, { groupLeader: user.proc.pid });
}

const settle = () => new Promise((r) => setTimeout(r, 100));

test('a waiting read shows its prompt again after each request but get_geometry', async () => {
  const { vm, user, output } = setUp();
  call(vm, user, 'options', []);
  await settle();
  assert.equal(output(), '1> 1> 1> ');
  call(vm, user, 'say', [list([104, 105])]);
  await settle();
  // io:requests/1 is one request: one prompt after it.
  assert.equal(output(), '1> 1> 1> hi\n1> ');
});

test('requests wait while the read holds part of a line, and need no prompt after it', async () => {
  const { vm, user, output, lines } = setUp();
  user.feed('abc');
  call(vm, user, 'say', [list([104, 105])]);
  await settle();
  assert.equal(output(), '1> ');
  user.feed('def\n');
  await settle();
  assert.deepEqual(lines, ['abcdef\n']);
  assert.equal(output(), '1> hi\n');
});
