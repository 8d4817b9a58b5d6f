// Test nodes: VMs with a `user` io server whose output is captured, made
// live over a MemHub, plus helpers to load code and run calls in them.

import assert from 'node:assert/strict';
import { createVM } from '../../src/code/boot.js';
import { compileSource } from '../../src/compiler/compile_source.js';
import { attachDistribution } from '../../src/distribution/node.js';
import { UserIo } from '../../src/bifs/io/user_server.js';
import { Atom, type Term } from '../../src/terms/types.js';
import type { VM } from '../../src/vm/vm.js';
import type { Process } from '../../src/vm/process.js';
import { MemHub, type MemNet } from './mem_net.js';

export interface TestNode {
  vm: VM;
  net: MemNet;
  name: Atom;
  /** Everything written to this node's `user`. */
  output: () => string;
}

export function startNode(hub: MemHub, name: string, opts: { cookie?: string; hidden?: boolean } = {}): TestNode {
  const vm = createVM();
  // As in the CLI: the name is known before the first process (user) exists.
  vm.nodeName = Atom.of(name);
  let out = '';
  const user = new UserIo(vm, { write: (s) => (out += s) }, { encoding: 'unicode' });
  vm.initPid = user.proc.pid;
  vm.userPid = user.proc.pid;
  const net = hub.net(name, opts);
  vm.ext.crashReport = (p: Process, reason: Term) => {
    out += `CRASH ${p.pid.id} ${JSON.stringify(String(reason))}\n`;
  };
  attachDistribution(vm, net);
  return { vm, net, name: net.name, output: () => out };
}

export function load(node: TestNode, source: string): void {
  const r = compileSource(source, { file: 'test.erl' });
  assert.deepEqual(r.errors, [], JSON.stringify(r.errors));
  node.vm.code.load(r.unit!);
}

/** Runs M:F(Args) in a new process of the node; resolves with its result (or exit reason). */
export function run(node: TestNode, m: string, f: string, args: Term[] = [], timeoutMs = 3000): Promise<{ value: Term; reason: Term }> {
  const vm = node.vm;
  const fn = vm.code.lookup(m, f, args.length);
  assert.ok(fn, `${m}:${f}/${args.length} is defined`);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${m}:${f} did not finish on ${node.name.name}`)), timeoutMs);
    const p = vm.spawn(fn!, args, null);
    const hooks = ((vm.ext.exitHooks as unknown[]) ??= []) as ((q: Process, r: Term) => void)[];
    hooks.push((q, reason) => {
      if (q !== p) return;
      clearTimeout(timer);
      resolve({ value: q.rv as Term, reason });
    });
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export { MemHub };
