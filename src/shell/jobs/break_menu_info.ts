// What the BREAK menu's information commands print: short versions of the
// emulator's (p)roc info, (i)nfo, (l)oaded and (d)istribution reports, in
// the same layout, every line ending in \r\n as erts writes them.

import type { VM } from '../../vm/vm.js';
import { Status } from '../../vm/process.js';
import { writeTerm } from '../../terms/print/write.js';

const STATE = ['Runnable', 'Running', 'Waiting', 'Exiting'];

export function procInfo(vm: VM): string {
  let out = '';
  const procs = [...vm.processes.values()].filter((p) => p.status !== Status.Exited).sort((a, b) => a.pid.id - b.pid.id);
  for (const p of procs) {
    out += `=proc:${writeTerm(p.pid)}\r\n`;
    out += `State: ${STATE[p.status] ?? 'Waiting'}\r\n`;
    if (p.registeredName !== null) out += `Name: ${p.registeredName.name}\r\n`;
    const [m, f, a] = p.initialCall;
    out += `Spawned as: ${m}:${f}/${a}\r\n`;
    out += `Message queue length: ${p.mbox.size}\r\n`;
    if (p.links !== null && p.links.size > 0) out += `Link list: [${[...p.links.values()].map((l) => writeTerm(l)).join(', ')}]\r\n`;
    out += `Reductions: ${p.reductionsDone}\r\n`;
  }
  return out;
}

export function memoryInfo(vm: VM): string {
  const m = process.memoryUsage();
  const procs = [...vm.processes.values()].filter((p) => p.status !== Status.Exited).length;
  return (
    `=memory\r\n` +
    `total: ${m.rss}\r\n` +
    `processes: ${m.heapUsed}\r\n` +
    `system: ${m.rss - m.heapUsed}\r\n` +
    `binary: ${m.arrayBuffers}\r\n` +
    `=processes\r\n` +
    `count: ${procs}\r\n`
  );
}

export function loadedInfo(vm: VM): string {
  const size = (name: string): number => vm.code.modules.get(name)?.unit?.text.length ?? 0;
  const names = [...vm.code.modules.keys()];
  const current = names.reduce((n, m) => n + size(m), 0);
  const old = [...vm.code.oldModules.values()].reduce((n, m) => n + (m.unit?.text.length ?? 0), 0);
  return `Current code: ${current}\r\nOld code: ${old}\r\n` + names.map((n) => `${n} ${size(n)}\r\n`).join('');
}

export function distributionInfo(vm: VM): string {
  return `=node:${writeTerm(vm.nodeName)}\r\n=no_distribution\r\n`;
}
