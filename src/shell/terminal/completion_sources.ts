// What tab completion knows about a running node: the modules it could
// load (loaded ones, native ones, lib/erlang and .beam files on the code
// path, like code:all_available/0) and their exports, read without loading
// the module (erl reads the beam file for that). erlts' own helper modules
// (erlts_*) stay out of sight.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { VM } from '../../vm/vm.js';
import { LIB_DIR } from '../../code/boot.js';
import type { CompletionWorld } from './completion.js';

/** Directory listings are capped so that a huge code path cannot stall the shell. */
const MAX_DIR_ENTRIES = 20000;

export function nodeCompletionWorld(vm: VM, scope: { variables(): Iterable<string>; records(): Iterable<string> }): CompletionWorld {
  return {
    modules: () => availableModules(vm),
    exports: (m) => moduleExports(vm, m),
    variables: () => scope.variables(),
    records: () => scope.records(),
  };
}

export function availableModules(vm: VM): Set<string> {
  const names = new Set<string>([...vm.code.modules.keys(), ...vm.code.natives.keys()]);
  const dirs = [LIB_DIR, ...(vm.ext.codePath ?? [])];
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      continue;
    }
    const ext = dir === LIB_DIR ? '.erl' : '.beam';
    for (const f of entries.slice(0, MAX_DIR_ENTRIES)) if (f.endsWith(ext)) names.add(path.basename(f, ext));
  }
  for (const n of names) if (n.startsWith('erlts_')) names.delete(n);
  return names;
}

export function moduleExports(vm: VM, mod: string): [string, number][] | null {
  const keys = new Set<string>();
  const loaded = vm.code.modules.get(mod);
  if (loaded !== undefined) {
    for (const k of loaded.exports) keys.add(k);
  } else {
    const nat = vm.code.natives.get(mod);
    if (nat !== undefined) for (const k of Object.keys(nat.functions)) keys.add(k);
    let unit = null;
    try {
      unit = vm.code.finder?.(mod) ?? null;
    } catch {
      unit = null;
    }
    if (unit !== null) {
      for (const [f, a] of unit.exports) keys.add(`${f}/${a}`);
      if (unit.exportAll) for (const f of unit.functions) keys.add(`${f.name}/${f.arity}`);
    }
    if (nat === undefined && unit === null) return null;
    keys.add('module_info/0');
    keys.add('module_info/1');
  }
  const out: [string, number][] = [];
  for (const k of keys) {
    const i = k.lastIndexOf('/');
    out.push([k.slice(0, i), Number(k.slice(i + 1))]);
  }
  return out;
}
