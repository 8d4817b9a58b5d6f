// V8's code cache for the units of the shipped library. A unit's text made
// into a function with `new Function` is parsed at every load and each of
// its functions compiled when first called, and V8 caches none of it. Made
// with a vm.Script instead, the text can come with a code cache: V8 then
// takes the bytecode of the top level and of every function the cache
// holds instead of parsing and compiling them.
//
// The caches are written by the node scripts/bundle.mjs starts at build
// time with ERLTS_WRITE_LIB_CODE_CACHE=1: at its exit, each unit it loaded
// is cached with the functions it ran, every other unit with its top level.
// V8 checks a cache against its own version and flags, but of the source
// only the length: each file therefore starts with the text's hash from the
// unit's JSON, and a file whose stamp differs is not used. A missing or
// refused cache only means V8 compiles from the text, as before.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as nodeVm from 'node:vm';
import type { CompiledUnit, UnitFactory } from '../compiler/compile_module.js';

const MAGIC = 'erlts-unit-code-cache ';

/**
 * The source V8 is given: what `new Function('rt', 'K', 'E', 'FC', 'FUNREF',
 * text)` makes of the text, so that line and column numbers in stack traces
 * are those of a unit made that way (src/vm/stacktrace/callers.ts).
 */
function wrap(text: string): string {
  return `(function anonymous(rt,K,E,FC,FUNREF\n) {\n${text}\n})`;
}

function readCodeCache(file: string, stamp: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = `${MAGIC}${stamp}\n`;
  if (data.length <= header.length || data.toString('latin1', 0, header.length) !== header) return undefined;
  return data.subarray(header.length);
}

/** Writes the code cache of a unit's script (made by compileUnitText), stamped with its text's hash. */
export function writeCodeCache(file: string, stamp: string, script: nodeVm.Script): void {
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`${MAGIC}${stamp}\n`, 'latin1'), script.createCachedData()]));
}

/** The scripts made in a training run, by cache file (the last one made for each). */
const trained = new Map<string, { script: nodeVm.Script; stamp: string }>();
let training: boolean | null = null;

function isTraining(): boolean {
  if (training === null) {
    training = process.env.ERLTS_WRITE_LIB_CODE_CACHE === '1';
    if (training) process.on('exit', writeAll);
  }
  return training;
}

/**
 * Makes a unit's text into its factory through a vm.Script named `url`, with
 * the code cache in `file` when that was made from this very text (stamp).
 * V8 gives the functions of a script made from a code cache the name the
 * cache was made under, so a unit's url must be the same in every run: it
 * names the module and its text, and is shared by the unit's instances.
 */
export function compileUnitText(text: string, url: string, file: string, stamp: string, train = isTraining()): nodeVm.Script {
  const cachedData = train ? undefined : readCodeCache(file, stamp);
  const script = new nodeVm.Script(wrap(text), { filename: url, ...(cachedData !== undefined ? { cachedData } : {}) });
  if (train) trained.set(file, { script, stamp });
  else if (checking) process.stderr.write(`erlts: unit code cache ${path.basename(file)} ${script.cachedDataRejected === false ? 'used' : 'not used'}\n`);
  return script;
}

/** ERLTS_UNIT_CACHE_CHECK=1: each load of a library unit says whether its code cache was used. */
const checking = process.env.ERLTS_UNIT_CACHE_CHECK === '1';

function unitURL(module: string, stamp: string): string {
  return `erlts-unit-${module}-${stamp}`;
}

/** Gives a unit read from the library cache its code cache file (stamped with its text's hash). */
export function withCodeCache(unit: CompiledUnit, file: string, stamp: string): CompiledUnit {
  const url = unitURL(unit.module, stamp);
  unit.compile = () => ({ make: compileUnitText(unit.text, url, file, stamp).runInThisContext() as UnitFactory, url });
  return unit;
}

/** At the training run's exit: a code cache for every unit of the library cache. */
function writeAll(): void {
  const dirs = new Set<string>();
  for (const [file, { script, stamp }] of trained) {
    writeCodeCache(file, stamp, script);
    dirs.add(path.dirname(file));
  }
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(dir, `${name.slice(0, -'.json'.length)}.v8`);
      if (trained.has(file)) continue;
      const module = name.slice(0, -'.json'.length);
      const entry = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { textHash?: string; textFile?: boolean; unit: { text: string } };
      if (entry.textHash === undefined) continue;
      // The text's own file starts with a line of its hash (lib_cache.ts).
      const text = entry.textFile === true ? fs.readFileSync(path.join(dir, `${module}.text`), 'utf8').slice(entry.textHash.length + 1) : entry.unit.text;
      writeCodeCache(file, entry.textHash, new nodeVm.Script(wrap(text), { filename: unitURL(module, entry.textHash) }));
    }
  }
}
