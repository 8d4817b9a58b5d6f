// What c(M) leaves on disk as M.beam. It holds the module's source and
// compile options, not generated code: loading recompiles, so a file on disk
// can never smuggle JavaScript into the node (and erlts needs no bytecode
// format of its own). Real erl cannot load these files, nor we its.

import * as fs from 'node:fs';
import { compileSource } from '../compiler/compile_source.js';
import type { CompiledUnit } from '../compiler/compile_module.js';
import { appLibDir } from './lib_dirs.js';

const MAGIC = 'erlts-beam-1';

interface BeamData {
  magic: string;
  file: string;
  source: string;
  exportAll: boolean;
  includePath: string[];
  /** {d, M, V} options; absent in files written before they were kept. */
  defines?: Record<string, string>;
}

export function writeBeam(
  path: string,
  file: string,
  source: string,
  opts: { exportAll?: boolean; includePath?: string[]; defines?: Record<string, string> },
): void {
  const data: BeamData = { magic: MAGIC, file, source, exportAll: opts.exportAll === true, includePath: opts.includePath ?? [], defines: opts.defines ?? {} };
  fs.writeFileSync(path, JSON.stringify(data));
}

const cache = new Map<string, { mtimeMs: number; unit: CompiledUnit | null }>();

export function readBeam(path: string): CompiledUnit | null {
  try {
    const st = fs.statSync(path);
    const hit = cache.get(path);
    if (hit !== undefined && hit.mtimeMs === st.mtimeMs) return hit.unit;
    const unit = unitOfBeamText(fs.readFileSync(path, 'utf8'));
    cache.set(path, { mtimeMs: st.mtimeMs, unit });
    return unit;
  } catch {
    return null;
  }
}

/**
 * The module in the text of an erlts .beam (what code:get_object_code/1 hands
 * out and code:load_binary/3 takes back, e.g. from nl/1 on another node);
 * null for anything else, real BEAM files included.
 */
export function unitOfBeamText(text: string): CompiledUnit | null {
  try {
    const data = JSON.parse(text) as BeamData;
    if (data.magic !== MAGIC || typeof data.source !== 'string') return null;
    const r = compileSource(data.source, {
      file: data.file,
      exportAll: data.exportAll === true,
      includePath: data.includePath ?? [],
      defines: data.defines ?? {},
      warnings: false,
      libDir: appLibDir,
    });
    return r.unit;
  } catch {
    return null;
  }
}
