// The code server: loaded modules and the export table. Remote calls go
// through ExportEntry objects, one per {M,F,A}, created on first reference;
// loading a module repoints its entries, so `?MODULE:loop()` moves to new
// code while local calls stay in the version that made them (as on BEAM).

import { newUnitURL, registerUnit } from './stacktrace/callers.js';
import * as path from 'node:path';
import { Atom, BitStr, Cons, NIL, list as listOf, str, type FunCode, type Term } from '../terms/types.js';
import { nodeCrypto } from '../terms/lazy_builtins.js';
import { constantTerm } from '../compiler/literals.js';
import { ErlException } from '../terms/exception.js';
import type { CompiledUnit } from '../compiler/compile_module.js';
import { type FastPathFn, type NativeFn, type NativeModule, withFallback } from './native.js';
import { walkFrames, type CompiledFn, type FrameStack } from './frames.js';

export class ExportEntry {
  /** The code a call runs: the module's function, or `stub` while there is none. */
  fn: CompiledFn;
  constructor(
    readonly module: string,
    readonly name: string,
    readonly arity: number,
    /** Loads the module on first call, then raises undef if still missing. */
    readonly stub: CompiledFn,
  ) {
    this.fn = stub;
  }
}

export interface LoadedModule {
  name: string;
  file: string;
  /** name/arity -> compiled function (exported or not). */
  functions: Map<string, CompiledFn>;
  exports: Set<string>;
  lambdas: FunCode[];
  attributes: { name: string; value: Term }[];
  unit: CompiledUnit | null;
  natives: NativeModule | null;
  /** Source text, for c:c's warnings and for erlts' own tooling. */
  loadedAt: number;
}

/**
 * V8 keeps the source of `make` (for functions it compiles lazily); the
 * unit's own copy of the same text becomes a view of it, so that a loaded
 * module's code is held once (a few hundred KB for io, lists, global...).
 */
function shareText(unit: CompiledUnit, make: (...a: unknown[]) => unknown): void {
  const src = make.toString();
  const at = src.indexOf(') {\n') + 4;
  const view = src.slice(at, at + unit.text.length);
  if (view === unit.text) unit.text = view;
}

/** Finds and compiles a module that is not loaded yet (set by the node). */
export type ModuleFinder = (module: string) => CompiledUnit | null;

export class CodeServer {
  private readonly entries = new Map<string, ExportEntry>();
  readonly modules = new Map<string, LoadedModule>();
  readonly oldModules = new Map<string, LoadedModule>();
  readonly natives = new Map<string, NativeModule>();
  finder: ModuleFinder | null = null;
  private loading = new Set<string>();
  private uniqCounter = 1;

  constructor(private readonly rt: unknown) {}

  entry(module: string, name: string, arity: number): ExportEntry {
    const key = `${module}:${name}/${arity}`;
    let e = this.entries.get(key);
    if (e === undefined) {
      const code = this;
      const stub: CompiledFn = function (this: unknown, p: unknown, ...args: unknown[]) {
        if (code.ensureLoaded(module) && e!.fn !== stub) return e!.fn(p, ...args);
        throw undef(module, name, args as Term[]);
      };
      e = new ExportEntry(module, name, arity, stub);
      e.fn.mfa = [module, name, arity];
      this.entries.set(key, e);
    }
    return e;
  }

  /** entry() by atoms, for apply/3 and `M:F(...)` with M or F a variable: no key string per call. */
  entryOf(module: Atom, name: Atom, arity: number): ExportEntry {
    let byName = this.entriesByAtom.get(module);
    if (byName === undefined) this.entriesByAtom.set(module, (byName = new Map()));
    let byArity = byName.get(name);
    if (byArity === undefined) byName.set(name, (byArity = []));
    return (byArity[arity] ??= this.entry(module.name, name.name, arity));
  }

  private readonly entriesByAtom = new Map<Atom, Map<Atom, ExportEntry[]>>();

  /** The function behind an export, loading its module if needed; null when undefined. */
  lookup(module: string, name: string, arity: number): CompiledFn | null {
    const e = this.entry(module, name, arity);
    if (e.fn === e.stub) {
      this.ensureLoaded(module);
      if (e.fn === e.stub) return null;
    }
    return e.fn;
  }

  /** Export entries of erlang:Name/Arity by arity and name: the runtime's BIF slow paths find them without building a key. */
  private readonly erlangEntries: Map<string, ExportEntry>[] = [];

  /** erlang:Name/Arity, as lookup('erlang', name, arity). */
  erlangBif(name: string, arity: number): CompiledFn | null {
    const byName = (this.erlangEntries[arity] ??= new Map());
    let e = byName.get(name);
    if (e === undefined) {
      e = this.entry('erlang', name, arity);
      byName.set(name, e);
    }
    return e.fn !== e.stub ? e.fn : this.lookup('erlang', name, arity);
  }

  isLoaded(module: string): boolean {
    return this.modules.has(module);
  }

  ensureLoaded(module: string): boolean {
    if (this.modules.has(module)) return true;
    if (this.loading.has(module)) return false;
    this.loading.add(module);
    try {
      const unit = this.finder?.(module) ?? null;
      if (unit !== null) {
        this.load(unit);
        return true;
      }
      const nat = this.natives.get(module);
      if (nat !== undefined) {
        this.install(module, null, nat);
        return true;
      }
      return false;
    } finally {
      this.loading.delete(module);
    }
  }

  registerNatives(m: NativeModule): void {
    const prev = this.natives.get(m.name);
    this.natives.set(m.name, prev === undefined ? m : { name: m.name, functions: { ...prev.functions, ...m.functions } });
  }

  /** Loads a compiled unit as the current version of its module. */
  load(unit: CompiledUnit): LoadedModule {
    return this.install(unit.module, unit, this.natives.get(unit.module) ?? null);
  }

  private install(name: string, unit: CompiledUnit | null, nat: NativeModule | null): LoadedModule {
    const functions = new Map<string, CompiledFn>();
    const exports = new Set<string>();
    const lambdas: FunCode[] = [];
    if (unit !== null) {
      const res = this.instantiate(unit);
      lambdas.push(...res.lambdas);
      unit.functions.forEach((f, i) => functions.set(`${f.name}/${f.arity}`, res.fns[i]!));
      for (const [f, a] of unit.exports) exports.add(`${f}/${a}`);
      if (unit.exportAll) for (const k of functions.keys()) exports.add(k);
    }
    if (nat !== null) {
      for (const [key, fn] of Object.entries(nat.functions)) {
        const cfn = fn as NativeFn & CompiledFn;
        const [f, a] = splitKey(key);
        if (cfn.mfa === undefined) cfn.mfa = [name, f, a];
        if ((fn as FastPathFn).fastPath === true) {
          // A fast path goes in front of the Erlang function; without one it has nothing to decline to.
          const erl = functions.get(key);
          if (erl === undefined) continue;
          const both = withFallback(fn, erl, a) as CompiledFn;
          both.mfa = [name, f, a];
          functions.set(key, both);
          continue;
        }
        functions.set(key, cfn);
        exports.add(key);
      }
    }
    const mod: LoadedModule = {
      name,
      file: unit?.file ?? '',
      functions,
      exports,
      lambdas,
      attributes: [],
      unit,
      natives: nat,
      loadedAt: Date.now(),
    };
    this.addModuleInfo(mod);
    const old = this.modules.get(name);
    if (old !== undefined) this.oldModules.set(name, old);
    this.modules.set(name, mod);
    // Repoint every entry of this module: exported ones to the new code,
    // the rest back to the undef stub.
    for (const e of this.entries.values()) {
      if (e.module !== name) continue;
      const key = `${e.name}/${e.arity}`;
      const fn = exports.has(key) ? functions.get(key) : undefined;
      e.fn = fn ?? e.stub;
    }
    for (const key of exports) {
      const [f, a] = splitKey(key);
      this.entry(name, f, a).fn = functions.get(key)!;
    }
    return mod;
  }

  /** Runs a unit's code, linking it to the export table, without making it a loaded module. */
  instantiate(unit: CompiledUnit): { fns: CompiledFn[]; lambdas: FunCode[] } {
    const name = unit.module;
    const E = unit.remotes.map(([m, f, a]) => this.entry(m, f, a));
    const FC: FunCode[] = [];
    // A sourceURL of its own lets a stack trace name the unit's functions (stacktrace_callers.ts).
    // A unit from the library cache comes with a name of its own (the one its code cache was made under).
    let url: string;
    let make: (...a: unknown[]) => { fns: CompiledFn[]; lambdas: CompiledFn[] };
    try {
      const own = unit.compile?.();
      url = own?.url ?? newUnitURL();
      make = (own?.make ?? new Function('rt', 'K', 'E', 'FC', 'FUNREF', `${unit.text}\n//# sourceURL=${url}`)) as typeof make;
    } catch (e) {
      // Code nested or spread wider than the engine takes in one function
      // (65,535 arguments to a call, its parser's stack): a system limit,
      // reported as the stack's is (errors.ts).
      if (e instanceof SyntaxError) throw new RangeError(`Maximum call stack size exceeded (${e.message})`);
      throw e;
    }
    shareText(unit, make);
    const res = make(this.rt, unit.consts, E, FC, []);
    registerUnit(url, unit.text, [...res.fns, ...res.lambdas]);
    const uniq = this.uniqCounter++ * 7919 + 3316493;
    // Funs with no index of BEAM's own (inlined ones, shell funs) come after those that have one.
    let spare = unit.lambdas.reduce((n, l) => Math.max(n, (l.index ?? -1) + 1), 0);
    unit.lambdas.forEach((l, i) => {
      const fn = res.lambdas[i]!;
      fn.mfa = [name, l.frame?.name ?? l.name, l.frame?.arity ?? l.arity];
      if (l.frame?.inlined === true) fn.INL = true;
      const index = l.index ?? (l.frame === undefined ? i : spare++);
      // A shell or -eval fun is, in erl, erl_eval's lambda of its arity: 43 -
      // arity (20 - arity when named) in OTP 25.2.3's erl_eval, whose uniq
      // is 3316493 (src/distribution/shell_funs_out.ts has the same facts).
      const shown = l.source !== undefined ? { index: (l.source.name !== null ? 20 : 43) - l.arity, uniq: 3316493 } : undefined;
      FC.push({
        module: Atom.of(name),
        name: l.name,
        arity: l.arity,
        index,
        uniq,
        fn,
        ...(l.source !== undefined ? { source: l.source } : {}),
        ...(shown !== undefined ? { shown } : {}),
      });
    });
    unit.functions.forEach((f, i) => {
      res.fns[i]!.mfa = [name, f.name, f.arity];
    });
    if (unit.chains !== undefined) for (const fn of [...res.fns, ...res.lambdas]) if (fn.V !== undefined) fn.VC = unit.chains;
    return { fns: res.fns, lambdas: FC };
  }

  private addModuleInfo(mod: LoadedModule): void {
    if (!mod.functions.has('module_info/0')) {
      const mi0 = ((): Term =>
        listOf(['module', 'exports', 'attributes', 'compile', 'md5'].map((k) => [Atom.of(k), moduleInfoItem(mod, Atom.of(k))!] as Term))) as CompiledFn;
      mod.functions.set('module_info/0', mi0);
      mod.exports.add('module_info/0');
    }
    if (!mod.functions.has('module_info/1')) {
      // An item erlang:get_module_info/2 does not know is its badarg, under
      // the module_info/1 frame (which has no location: the compiler made it).
      const mi1 = ((_p: unknown, what: Term): Term => {
        const item = moduleInfoItem(mod, what);
        if (item !== undefined) return item;
        throw new ErlException('error', Atom.of('badarg'), {
          module: 'erlang',
          function: 'get_module_info',
          args: [Atom.of(mod.name), what],
          callers: [[mod.name, 'module_info', 1, null]],
        });
      }) as CompiledFn;
      mod.functions.set('module_info/1', mi1);
      mod.exports.add('module_info/1');
    }
  }

  /**
   * Whether a process's saved frames run the old version of `name`
   * (erlang:check_process_code/2). A process that is not running has all its
   * frames on its heap stack, so those are the ones to look at.
   */
  runsOldCode(stack: FrameStack, name: string): boolean {
    const old = this.oldModules.get(name);
    if (old === undefined) return false;
    const fns = new Set<unknown>(old.functions.values());
    for (const l of old.lambdas) fns.add(l.fn);
    let found = false;
    walkFrames(stack, (fn) => (found = fns.has(fn)));
    return found;
  }

  /** Forgets the old version of a module (the caller kills its users first). */
  dropOld(name: string): boolean {
    return this.oldModules.delete(name);
  }

  /** Removes a module entirely (code:delete + purge). */
  unload(name: string): void {
    this.modules.delete(name);
    this.oldModules.delete(name);
    for (const e of this.entries.values()) {
      if (e.module === name) e.fn = e.stub;
    }
  }

  /** A fun's code by its module and index (for funs received from other nodes). */
  funCode(module: string, index: number, uniq: number): FunCode | null {
    const m = this.modules.get(module);
    const fc = m?.lambdas[index]?.index === index ? m.lambdas[index] : m?.lambdas.find((l) => l.index === index);
    if (fc === undefined || (uniq !== 0 && fc.uniq !== uniq)) return null;
    return fc;
  }
}

function splitKey(key: string): [string, number] {
  const i = key.lastIndexOf('/');
  return [key.slice(0, i), Number(key.slice(i + 1))];
}

export function undef(module: string, name: string, args: Term[]): ErlException {
  return new ErlException('error', Atom.of('undef'), { module, function: name, args });
}

/**
 * One item of Module:module_info/1 as erl gives it. The md5 is of the
 * compiled unit (erlts's own code, not BEAM's), and the default vsn
 * attribute is that md5 read as an integer, as the compiler makes it.
 */
function moduleInfoItem(mod: LoadedModule, what: Term): Term | undefined {
  const fas = (keys: Iterable<string>) =>
    listOf(
      [...keys].map((k) => {
        const [f, a] = splitKey(k);
        return [Atom.of(f), a] as Term;
      }),
    );
  switch (what instanceof Atom ? what.name : '') {
    case 'module':
      return Atom.of(mod.name);
    case 'exports':
      return fas(mod.exports);
    case 'functions':
      return fas(mod.functions.keys());
    case 'md5':
      return new BitStr(moduleMd5(mod));
    case 'attributes': {
      const own = (mod.unit?.attributes ?? []).map((a) => {
        const v = a.value === null ? undefined : constantTerm(a.value);
        return v === undefined ? null : ([Atom.of(a.name), v instanceof Cons || v === NIL ? v : listOf([v])] as Term);
      });
      const vsn = own.some((a) => a !== null && (a as Term[])[0] === Atom.of('vsn'));
      const md5 = moduleMd5(mod).reduce((n, b) => (n << 8n) | BigInt(b), 0n);
      return listOf([
        ...(vsn ? [] : [[Atom.of('vsn'), listOf([md5 <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(md5) : md5])] as Term]),
        ...own.filter((a): a is Term => a !== null),
      ]);
    }
    case 'compile':
      return listOf([
        [Atom.of('version'), str('8.2.3')],
        [Atom.of('options'), NIL],
        [Atom.of('source'), str(mod.file === '' ? '' : path.resolve(mod.file))],
      ] as Term[]);
    case 'native':
      return Atom.of('false');
    case 'nifs':
    case 'native_addresses':
      return NIL;
    default:
      return undefined;
  }
}

const md5s = new WeakMap<LoadedModule, Uint8Array>();

function moduleMd5(mod: LoadedModule): Uint8Array {
  let m = md5s.get(mod);
  if (m === undefined) {
    m = new Uint8Array(
      nodeCrypto()
        .createHash('md5')
        .update(mod.unit?.text ?? mod.name)
        .digest(),
    );
    md5s.set(mod, m);
  }
  return m;
}
