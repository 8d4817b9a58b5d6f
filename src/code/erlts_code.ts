// Natives behind c:c/1,2 and the code module: compiling from source with
// erl's diagnostics, loading, and the text of c's inspection commands.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { A, Atom, BitStr, Cons, NIL, bool, list, str, type Term } from '../terms/types.js';
import { compileSource, renderDiagnostics, type CompileResult } from '../compiler/compile_source.js';
import { parseCompileOptions, type COptions } from './compile_options.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import type { Process } from '../vm/process.js';
import { unitOfBeamText, writeBeam } from './beam_file.js';
import { isBadBeam } from './foreign_beam.js';
import { readSourceFile } from '../syntax/source_text.js';
import { LIB_DIR, appLibDir } from './lib_dirs.js';
import { beamOnPath, codePathNatives, text } from './code_path.js';
import { writeTerm } from '../terms/print/write.js';

function optList(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) out.push(t);
  return out;
}

function compile(p: Process, m: Term, opts: Term): Term {
  const name = text(m);
  if (name === null) return [[A.error, Atom.of('badarg')], NIL];
  const file = name.endsWith('.erl') ? name : `${name}.erl`;
  if (!fs.existsSync(file)) {
    if (m instanceof Atom) return [[A.error, Atom.of('non_existing')], NIL];
    return [A.error, str(`${file}: no such file or directory\n`)];
  }
  const o = parseCompileOptions(opts);
  // epp refuses a {d, M} for a macro it predefines.
  const predef = Object.keys(o.defines).find((d) => PREDEFINED_MACROS.has(d));
  if (predef !== undefined) return [A.error, str(`${file}: redefining predefined macro '${predef}'\n`)];
  const source = readSourceFile(file);
  const r = compileSource(source, {
    file,
    exportAll: o.exportAll,
    includePath: o.includePath,
    defines: o.defines,
    warningOverrides: o.warningOverrides,
    libDir: appLibDir,
  });
  if (r.unit === null) {
    // With warnings_as_errors the warnings are errors too, printed without "Warning: ".
    const diag = o.warningsAsErrors ? asErrors(r, source) : renderDiagnostics(r, source);
    return [A.error, str(diag)];
  }
  if (o.warningsAsErrors && r.warnings.length > 0) {
    return [A.error, str('compile: warnings being treated as errors\n' + asErrors(r, source))];
  }
  const warnings = renderDiagnostics(r, source);
  if (!o.objectFile) return [A.ok, str(warnings + '** Warning: No object file created - nothing loaded **\n')];
  // compile names the .beam after the file; a module of another name is an
  // error it reports first, as it does a .beam it cannot write.
  const base = path.basename(file, '.erl');
  const beam = `${o.outdir.replace(/(.)\/+$/, '$1')}/${base}.beam`;
  if (r.unit.module !== base) {
    return [A.error, str(`${beam}: Module name '${r.unit.module}' does not match file name '${base}'\n` + warnings)];
  }
  const failure = writeBeamFile(beam, file, source, o);
  if (failure !== null) return [A.error, str(`${beam.slice(0, -1)}#: error writing file: ${failure}\n` + warnings)];
  // As c:c does: purge the old version (killing processes still in it), so
  // the current one becomes old and the new one current.
  purge(p, r.unit.module);
  p.vm.code.load(r.unit);
  return [[A.ok, Atom.of(r.unit.module)], str(warnings)];
}

const PREDEFINED_MACROS = new Set([
  'FILE',
  'LINE',
  'MODULE',
  'MODULE_STRING',
  'BASE_MODULE',
  'BASE_MODULE_STRING',
  'MACHINE',
  'BEAM',
  'FUNCTION_NAME',
  'FUNCTION_ARITY',
  'OTP_RELEASE',
]);

/** The diagnostics with the warnings printed as errors (warnings_as_errors). */
function asErrors(r: CompileResult, source: string): string {
  return renderDiagnostics({ ...r, warnings: [] }, source) + renderDiagnostics({ ...r, errors: r.warnings, warnings: [] }, source);
}

/** Writes the .beam; null, or file:format_error's text of what went wrong. */
function writeBeamFile(beam: string, file: string, source: string, o: COptions): string | null {
  try {
    writeBeam(beam, path.resolve(file), source, { exportAll: o.exportAll, includePath: o.includePath, defines: o.defines });
    return null;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'ENOTDIR'
          ? 'not a directory'
          : 'unknown POSIX error';
  }
}

/** Processes other than the caller whose frames run the old version of a module. */
function oldCodeUsers(p: Process, module: string): Process[] {
  const users: Process[] = [];
  for (const q of p.vm.processes.values()) if (q !== p && p.vm.code.runsOldCode(q.stack, module)) users.push(q);
  return users;
}

/** code:purge/1: kill the old version's users, forget it; true if any were killed. */
function purge(p: Process, module: string): boolean {
  const users = oldCodeUsers(p, module);
  for (const q of users) p.vm.exitSignal(p.pid, q.pid, A.kill, false);
  p.vm.code.dropOld(module);
  return users.length > 0;
}

function helpText(): Term {
  return str(fs.readFileSync(path.join(LIB_DIR, '..', 'help.txt'), 'latin1'));
}

function regsText(p: Process): Term {
  const rows = [...p.vm.registry.entries()].sort((a, b) => (a[0].name < b[0].name ? -1 : 1));
  let s = '\n** Registered procs on node ' + writeTerm(p.vm.nodeName) + ' **\n';
  s += 'Name                  Pid          Initial Call                      Reds Msgs\n';
  for (const [n, q] of rows) {
    const ic = `${q.initialCall[0]}:${q.initialCall[1]}/${q.initialCall[2]}`;
    s += `${n.name.padEnd(22)}${writeTerm(q.pid).padEnd(13)}${ic.padEnd(32)}${String(q.reductionsDone).padStart(6)}${String(q.mbox.size).padStart(5)}\n`;
  }
  return str(s);
}

function iText(p: Process): Term {
  let s =
    'Pid                   Initial Call                          Heap     Reds Msgs\nRegistered            Current Function                     Stack              \n';
  for (const q of p.vm.processes.values()) {
    const ic = `${q.initialCall[0]}:${q.initialCall[1]}/${q.initialCall[2]}`;
    s += `${writeTerm(q.pid).padEnd(22)}${ic.padEnd(36)}${'233'.padStart(6)}${String(q.reductionsDone).padStart(9)}${String(q.mbox.size).padStart(5)}\n`;
    s += `${(q.registeredName?.name ?? '').padEnd(22)}${ic.padEnd(36)}${'0'.padStart(6)}\n`;
  }
  return str(s);
}

function mText(p: Process): Term {
  let s = 'Module                File\n';
  for (const m of [...p.vm.code.modules.keys()].sort()) s += `${m.padEnd(22)}${p.vm.code.modules.get(m)!.file || 'preloaded'}\n`;
  return str(s);
}

function lsText(names: Term): Term {
  const items = optList(names).map((n) => text(n) ?? '');
  const width = Math.max(0, ...items.map((n) => n.length)) + 2;
  const perLine = Math.max(1, Math.floor(80 / Math.max(width, 1)));
  let s = '';
  items.forEach((n, i) => {
    s += i % perLine === perLine - 1 || i === items.length - 1 ? n : n.padEnd(width);
    if (i % perLine === perLine - 1 || i === items.length - 1) s += '\n';
  });
  return str(s);
}

const functions: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'compile/2': compile,
  'help_text/0': () => helpText(),
  'regs_text/0': (p) => regsText(p),
  'i_text/0': (p) => iText(p),
  'm_text/0': (p) => mText(p),
  'ls_text/1': (_p, names) => lsText(names),
};

export const erltsCodeNatives: NativeModule = { name: 'erlts_code', functions: functions as unknown as Record<string, NativeFn> };

/** The code module: loading from the code path. */
const codeFns: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'load_file/1': (p, m) => {
    if (!(m instanceof Atom)) return [A.error, Atom.of('badarg')];
    p.vm.code.unload(m.name);
    return p.vm.code.ensureLoaded(m.name) ? [Atom.of('module'), m] : [A.error, Atom.of(isBadBeam(p.vm, m.name) ? 'badfile' : 'nofile')];
  },
  'ensure_loaded/1': (p, m) => {
    if (!(m instanceof Atom)) return [A.error, Atom.of('badarg')];
    return p.vm.code.ensureLoaded(m.name) ? [Atom.of('module'), m] : [A.error, Atom.of(isBadBeam(p.vm, m.name) ? 'badfile' : 'nofile')];
  },
  'is_loaded/1': (p, m) => (m instanceof Atom && p.vm.code.isLoaded(m.name) ? [Atom.of('file'), str(p.vm.code.modules.get(m.name)!.file)] : A.false),
  'purge/1': (p, m) => (m instanceof Atom ? bool(purge(p, m.name)) : A.false),
  'soft_purge/1': (p, m) => {
    if (!(m instanceof Atom)) return A.true;
    if (oldCodeUsers(p, m.name).length > 0) return A.false;
    p.vm.code.dropOld(m.name);
    return A.true;
  },
  'delete/1': (p, m) => {
    if (m instanceof Atom) p.vm.code.unload(m.name);
    return A.true;
  },
  'get_path/0': (p) => list(p.vm.ext.codePath!.map((d) => str(d))),
  'get_object_code/1': (p, m) => {
    if (!(m instanceof Atom)) return A.error;
    for (const dir of p.vm.ext.codePath!) {
      const file = path.resolve(dir, `${m.name}.beam`);
      try {
        return [m, new BitStr(new Uint8Array(fs.readFileSync(file))), str(file)];
      } catch {
        // not in this directory
      }
    }
    return A.error;
  },
  'load_binary/3': (p, m, file, bin) => {
    if (!(m instanceof Atom) || !(bin instanceof BitStr) || text(file) === null) return [A.error, Atom.of('badarg')];
    const unit = unitOfBeamText(Buffer.from(bin.buf.subarray(0, bin.byteSize)).toString('utf8'));
    if (unit === null || unit.module !== m.name) return [A.error, Atom.of('badfile')];
    p.vm.code.load(unit);
    return [Atom.of('module'), m];
  },
  'all_loaded/0': (p) => list([...p.vm.code.modules.keys()].map((m) => [Atom.of(m), str(p.vm.code.modules.get(m)!.file)])),
  // A loaded module names the file it came from; one not loaded yet is looked
  // for as erl does, along the code path, and then in the shipped library
  // (which is always on erl's path as stdlib's and kernel's ebin).
  'which/1': (p, m) => {
    if (!(m instanceof Atom)) return Atom.of('non_existing');
    const mod = p.vm.code.modules.get(m.name);
    if (mod !== undefined) return mod.file !== '' ? str(mod.file) : Atom.of('preloaded');
    const beam = beamOnPath(p.vm.ext.codePath ?? [], m.name);
    if (beam !== null) return str(beam);
    const lib = path.join(LIB_DIR, `${m.name}.erl`);
    return /^[a-z][a-z0-9_]*$/.test(m.name) && fs.existsSync(lib) ? str(lib) : Atom.of('non_existing');
  },
};

export const codeNatives: NativeModule = { name: 'code', functions: { ...(codeFns as unknown as Record<string, NativeFn>), ...codePathNatives } };
