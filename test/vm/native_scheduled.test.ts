// Scheduled native processes (io servers, the shell) and stack traces that
// go on below the catcher: the VM mechanisms behind erl's output order and
// BEAM's caught stack traces.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVM } from '../../src/code/boot.js';
import { compileSource } from '../../src/compiler/compile_source.js';
import { A, Atom, type Pid, type Term } from '../../src/terms/types.js';
import type { VM } from '../../src/vm/vm.js';
import type { Process } from '../../src/vm/process.js';
import { writeTerm } from '../../src/terms/print/write.js';

function load(vm: VM, source: string): void {
  const r = compileSource(source, { file: 'test.erl' });
  assert.deepEqual(r.errors, [], JSON.stringify(r.errors));
  vm.code.load(r.unit!);
}

function run(vm: VM, m: string, f: string, args: Term[] = []): Promise<Term> {
  const fn = vm.code.lookup(m, f, args.length)!;
  return new Promise((resolve) => {
    const p = vm.spawn(fn, args, null);
    const hooks = ((vm.ext.exitHooks as unknown[]) ??= []) as ((q: Process, r: Term) => void)[];
    hooks.push((q, reason) => {
      if (q === p) resolve(reason === A.normal ? (q.rv as Term) : reason);
    });
  });
}

/** A native echo server that logs what it handles, in the order it handles it. */
function echo(vm: VM, scheduled: boolean, log: string[]): Process {
  return vm.spawnNative(
    (msg, self) => {
      const [from, tag] = msg as [Pid, Atom];
      log.push(tag.name);
      vm.sendPid(self, from, [Atom.of('reply'), tag]);
    },
    null,
    ['echo', 'loop', 0],
    { scheduled },
  );
}

const ORDER = [
  '-module(order).',
  '-export([go/1]).',
  // Did the process spawned before the request run before the reply came?
  'go(Server) ->',
  '    Self = self(),',
  '    spawn(fun() -> Self ! spawned_ran end),',
  '    Server ! {self(), request},',
  '    receive {reply, request} -> ok end,',
  '    receive spawned_ran -> ran_first after 0 -> replied_first end.',
  '',
].join('\n');

test('a scheduled native handles a message in its turn: a process made runnable first runs before the reply', async () => {
  const vm = createVM();
  load(vm, ORDER);
  const log: string[] = [];
  const server = echo(vm, true, log);
  assert.equal(writeTerm(await run(vm, 'order', 'go', [server.pid])), 'ran_first');
  assert.deepEqual(log, ['request']);
});

test('an unscheduled native answers at once, before the spawned process runs', async () => {
  const vm = createVM();
  load(vm, ORDER);
  const log: string[] = [];
  const server = echo(vm, false, log);
  assert.equal(writeTerm(await run(vm, 'order', 'go', [server.pid])), 'replied_first');
  assert.deepEqual(log, ['request']);
});

test("a caught exception's stack trace goes on through the catcher's callers", async () => {
  const vm = createVM();
  load(
    vm,
    [
      '-module(callers).',
      '-export([top/0, mid/0, catcher/0, depth/1]).',
      'top() ->',
      '    X = mid(),',
      '    {X}.',
      'mid() ->',
      '    Y = catcher(),',
      '    {Y}.',
      'catcher() ->',
      '    try depth(3) catch error:_:S -> [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- S] end.',
      'depth(0) -> erlang:error(boom, [0]);',
      'depth(N) when N > 100 -> N;',
      'depth(N) -> R = depth(N - 1), {R}.',
      '',
    ].join('\n'),
  );
  const r = await run(vm, 'callers', 'top');
  // depth/1's recursive return address is recorded once, as BEAM records it.
  assert.equal(writeTerm(r), '{{[{callers,depth,[0],11},{callers,depth,1,13},{callers,catcher,0,10},{callers,mid,0,7},{callers,top,0,4}]}}');
});
