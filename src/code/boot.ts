// Assembles a node: the VM, the native modules, and the finder that loads
// the Erlang-source library shipped in lib/erlang and user modules from
// the code path.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { VM } from '../vm/vm.js';
import { rt } from '../vm/runtime.js';
import { compileSource } from '../compiler/compile_source.js';
import type { CompiledUnit } from '../compiler/compile_module.js';
import { nativeModules } from '../bifs/index.js';
import { readBeam } from './beam_file.js';
import { readCachedUnit, writeCachedUnit } from './lib_cache.js';
import { erltsCodeNatives, codeNatives } from './erlts_code.js';
import { LIB_DIR, appLibDir } from './lib_dirs.js';
import { beamOnPath, reportBadBeam } from './foreign_beam.js';

export { LIB_DIR, appLibDir };

export interface NodeOptions {
  /** Directories searched for compiled user modules (.beam), in order. */
  codePath?: string[];
}

export function createVM(opts: NodeOptions = {}): VM {
  const vm = new VM(rt);
  for (const m of [...nativeModules, erltsCodeNatives, codeNatives]) vm.code.registerNatives(m);
  vm.ext.codePath = opts.codePath ?? ['.'];
  vm.code.finder = (mod) => findModule(vm, mod);
  return vm;
}

const libCache = new Map<string, CompiledUnit | null>();

/** build/lib-cache, next to the compiled code (see lib_cache.ts). */
export const LIB_CACHE_DIR = path.join(LIB_DIR, '..', '..', 'build', 'lib-cache');

/** Compiles every shipped module into the cache (run at build time). */
export function buildLibCache(): number {
  let n = 0;
  for (const f of fs.readdirSync(LIB_DIR)) {
    if (!f.endsWith('.erl')) continue;
    const file = path.join(LIB_DIR, f);
    const source = fs.readFileSync(file, 'latin1');
    const r = compileSource(source, { file, includePath: [LIB_DIR], libDir: appLibDir });
    if (r.unit === null) throw new Error(`erlts: ${f} does not compile: ${r.errors.map((d) => `${d.line}:${d.col}: ${d.message}`).join('; ')}`);
    writeCachedUnit(LIB_CACHE_DIR, r.unit, source);
    n++;
  }
  return n;
}

function findModule(vm: VM, mod: string): CompiledUnit | null {
  const beam = beamOnPath(vm, mod);
  if (beam !== null) {
    const unit = readBeam(beam);
    if (unit !== null && unit.module === mod) return unit;
    if (unit === null) {
      // A .beam erlts cannot load (real erl's, or damaged) is never passed
      // over in silence: erl's two reports for a file it cannot load.
      reportBadBeam(vm, mod, beam);
      return null;
    }
  }
  return libModule(mod);
}

/** A module of the shipped Erlang library, compiled once per OS process. */
export function libModule(mod: string): CompiledUnit | null {
  if (libCache.has(mod)) return libCache.get(mod)!;
  const file = path.join(LIB_DIR, `${mod}.erl`);
  let unit: CompiledUnit | null = null;
  if (fs.existsSync(file)) {
    const source = fs.readFileSync(file, 'latin1');
    unit = readCachedUnit(LIB_CACHE_DIR, mod, source, file);
    if (unit !== null) {
      libCache.set(mod, unit);
      return unit;
    }
    const r = compileSource(source, { file, includePath: [LIB_DIR], libDir: appLibDir });
    if (r.unit === null) {
      const msgs = r.errors.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n');
      throw new Error(`erlts: the shipped module ${mod} does not compile:\n${msgs}`);
    }
    unit = r.unit;
  }
  libCache.set(mod, unit);
  return unit;
}
