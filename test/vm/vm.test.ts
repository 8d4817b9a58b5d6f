// The compiler and VM seen from outside: Erlang source in, behaviour out.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVM } from '../../src/code/boot.js';
import { compileSource } from '../../src/compiler/compile_source.js';
import { Atom, type Term } from '../../src/terms/types.js';
import type { VM } from '../../src/vm/vm.js';
import type { Process } from '../../src/vm/process.js';
import type { TraceEvent } from '../../src/vm/trace.js';
import { writeTerm } from '../../src/terms/print/write.js';
import { prettyTerm } from '../../src/terms/print/pretty.js';

function load(vm: VM, source: string) {
  const r = compileSource(source, { file: 'test.erl' });
  assert.deepEqual(r.errors, [], JSON.stringify(r.errors));
  vm.code.load(r.unit!);
  return r.unit!;
}

/** Runs M:F(Args) in a new process; resolves with its result or exit reason. */
function run(vm: VM, m: string, f: string, args: Term[] = []): Promise<{ value: Term; reason: Term; proc: Process }> {
  const fn = vm.code.lookup(m, f, args.length);
  assert.ok(fn, `${m}:${f}/${args.length} is defined`);
  return new Promise((resolve) => {
    const p = vm.spawn(fn!, args, null);
    const hooks = ((vm.ext.exitHooks as unknown[]) ??= []) as ((q: Process, r: Term) => void)[];
    hooks.push((q, reason) => {
      if (q === p) resolve({ value: q.rv as Term, reason, proc: q });
    });
  });
}

test('compiled code runs: fib', async () => {
  const vm = createVM();
  load(vm, '-module(fibm).\n-export([fib/1]).\nfib(0) -> 0;\nfib(1) -> 1;\nfib(N) -> fib(N - 1) + fib(N - 2).\n');
  const r = await run(vm, 'fibm', 'fib', [20]);
  assert.equal(r.value, 6765);
});

test('body recursion a million deep, tail recursion in constant heap', async () => {
  const vm = createVM();
  load(
    vm,
    [
      '-module(deep).',
      '-export([sum/1, loop/2, depth/0]).',
      'sum(0) -> 0;',
      'sum(N) -> N + sum(N - 1).',
      'loop(0, Acc) -> {Acc, depth()};',
      'loop(N, Acc) -> loop(N - 1, Acc + 1).',
      'depth() -> erlang:process_info(self(), message_queue_len).',
      '',
    ].join('\n'),
  );
  const r = await run(vm, 'deep', 'sum', [1000000]);
  assert.equal(r.value, 500000500000);
  let maxStack = 0;
  vm.traceScheduling = true;
  vm.tracer = (ev: TraceEvent) => {
    if (ev.kind === 'out') maxStack = Math.max(maxStack, vm.proc(ev.pid)?.stack.length ?? 0);
  };
  const t = await run(vm, 'deep', 'loop', [3000000, 0]);
  vm.tracer = null;
  assert.equal(writeTerm(t.value), '{3000000,{message_queue_len,0}}');
  assert.ok(maxStack <= 2, `tail loop kept ${maxStack} heap frames`);
});

test('preemption: processes in endless loops do not stop others', async () => {
  const vm = createVM();
  load(vm, '-module(spin).\n-export([forever/0, quick/0]).\nforever() -> forever().\nquick() -> lists:sum(lists:seq(1, 1000)).\n');
  const spinners = [0, 1].map(() => vm.spawn(vm.code.lookup('spin', 'forever', 0)!, [], null));
  const r = await run(vm, 'spin', 'quick');
  assert.equal(r.value, 500500);
  for (const s of spinners) vm.exitSignal(s.pid, s.pid, Atom.of('kill'), false);
});

test('the trace point sees spawn, send, receive and exit', async () => {
  const vm = createVM();
  load(
    vm,
    [
      '-module(pingpong).',
      '-export([main/0, echo/0]).',
      'main() -> P = spawn(pingpong, echo, []), P ! {self(), hi}, receive {P, R} -> R end.',
      'echo() -> receive {From, M} -> From ! {self(), M} end.',
      '',
    ].join('\n'),
  );
  const kinds: string[] = [];
  vm.tracer = (ev) => {
    if (ev.kind !== 'in' && ev.kind !== 'out') kinds.push(ev.kind);
  };
  const r = await run(vm, 'pingpong', 'main');
  vm.tracer = null;
  assert.equal(r.value, Atom.of('hi'));
  for (const k of ['spawn', 'send', 'receive', 'exit']) assert.ok(kinds.includes(k), `${k} traced: ${kinds}`);
});

test('hostile names and literals never reach the generated JavaScript as text', async () => {
  const hostile = [
    "'); process.exit(7); ('",
    '`${process.exit(8)}`',
    '*/ process.exit(9) /*',
    '\\u0027); globalThis.pwned = 1; //',
    '__proto__',
    'constructor',
  ];
  const atoms = hostile.map((h) => `'${h.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  const strs = hostile.map((h) => `"${h.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  const src = [
    `-module('evil\\'mod ${'`'}\${x}').`,
    `-export([${atoms[4]}/1, ${atoms[5]}/0, 'toString'/0]).`,
    `${atoms[4]}(X) -> {X, [${atoms.join(', ')}], [${strs.join(', ')}]}.`,
    `${atoms[5]}() -> Process_exit_1 = ${atoms[0]}, ${atoms[4]}(Process_exit_1).`,
    `'toString'() -> fun ${atoms[1]}/0.`,
    `${atoms[1]}() -> <<${strs[2]}>>.`,
    '',
  ].join('\n');
  const vm = createVM();
  const unit = load(vm, src);
  for (const h of hostile) assert.ok(!unit.text.includes(h), `generated code contains ${h}`);
  assert.ok(!unit.text.includes('evil'), 'module name leaked into code');
  assert.ok(!unit.text.includes('Process_exit_1'), 'variable name leaked into code');
  const r = await run(vm, unit.module, 'constructor');
  assert.equal((globalThis as { pwned?: number }).pwned, undefined);
  const [x, as, ss] = r.value as Term[];
  assert.equal(x, Atom.of(hostile[0]!));
  assert.equal(writeTerm(as!), `[${hostile.map((h) => writeTerm(Atom.of(h))).join(',')}]`);
  assert.ok(prettyTerm(ss!).includes('process.exit(8)'), prettyTerm(ss!));
});
