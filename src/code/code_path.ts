// The code path functions of `code` (add_path, del_path, set_path,
// where_is_file...) and the directories code reports for erlts itself
// (root_dir, lib_dir), with erl's answers for bad directories and names.

import type { VmExtensions } from '../vm/extensions.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { A, Atom, Cons, NIL, bool, str, type Term } from '../terms/types.js';
import type { NativeFn } from '../vm/native.js';
import { LIB_DIR, appLibDir } from './lib_dirs.js';

type P = { vm: { ext: VmExtensions } };

const BAD_DIRECTORY: Term = [A.error, Atom.of('bad_directory')];
const BAD_NAME: Term = [A.error, Atom.of('bad_name')];

/** A string or atom argument as text, or null. */
/**
 * The first Module.beam along the code path, spelt as erl spells it
 * (`./kvs.beam` for the directory `.`), or null.
 */
export function beamOnPath(codePath: readonly string[], module: string): string | null {
  for (const dir of codePath) {
    const beam = `${dir.replace(/\/+$/, '')}/${module}.beam`;
    if (fs.existsSync(beam)) return beam;
  }
  return null;
}

export function text(t: Term): string | null {
  if (t instanceof Atom) return t.name;
  let s = '';
  let l = t;
  while (l instanceof Cons) {
    if (typeof l.head !== 'number') return null;
    s += String.fromCodePoint(l.head);
    l = l.tail;
  }
  return l === NIL ? s : null;
}

function isDir(d: string): boolean {
  try {
    return fs.statSync(d).isDirectory();
  } catch {
    return false;
  }
}

const codePath = (p: P) => p.vm.ext.codePath!;

/** Every element a directory, or null. */
function dirs(t: Term): string[] | null {
  const out: string[] = [];
  let x = t;
  for (; x instanceof Cons; x = x.tail) {
    const d = x.head instanceof Atom ? null : text(x.head);
    if (d === null) return null;
    out.push(d);
  }
  return x === NIL ? out : null;
}

function addOne(p: P, d: Term, front: boolean): Term {
  const dir = d instanceof Atom ? null : text(d);
  if (dir === null || !isDir(dir)) return BAD_DIRECTORY;
  const cp = codePath(p);
  // As in erl, a directory already in the path moves rather than repeats.
  const at = cp.indexOf(dir);
  if (at >= 0) cp.splice(at, 1);
  if (front) cp.unshift(dir);
  else cp.push(dir);
  return A.true;
}

function addMany(p: P, ds: Term, front: boolean): Term {
  const list0 = dirs(ds) ?? [];
  for (const d of front ? [...list0].reverse() : list0) if (isDir(d)) addOne(p, str(d), front);
  return A.ok;
}

/** erlts's own root: the package directory, holding lib/. */
const rootDir = () => path.resolve(LIB_DIR, '..', '..');

export const codePathFns: Record<string, (p: P, ...a: Term[]) => Term> = {
  'add_path/1': (p, d) => addOne(p, d, false),
  'add_pathz/1': (p, d) => addOne(p, d, false),
  'add_patha/1': (p, d) => addOne(p, d, true),
  'add_paths/1': (p, ds) => addMany(p, ds, false),
  'add_pathsz/1': (p, ds) => addMany(p, ds, false),
  'add_pathsa/1': (p, ds) => addMany(p, ds, true),
  'del_path/1': (p, d) => {
    const cp = codePath(p);
    const name = text(d);
    if (name === null) return BAD_NAME;
    const at = d instanceof Atom ? cp.findIndex((x) => path.basename(x) === name || path.basename(path.dirname(x)) === name) : cp.indexOf(name);
    if (at < 0) return A.false;
    cp.splice(at, 1);
    return A.true;
  },
  'set_path/1': (p, ds) => {
    const list0 = dirs(ds);
    if (list0 === null || !list0.every(isDir)) return BAD_DIRECTORY;
    codePath(p).splice(0, Infinity, ...list0);
    return A.true;
  },
  'replace_path/2': (p, name, d) => {
    const dir = text(d);
    const n = text(name);
    if (dir === null || n === null || !isDir(dir)) return BAD_DIRECTORY;
    const cp = codePath(p);
    const at = cp.findIndex((x) => path.basename(x) === n);
    if (at < 0) return BAD_NAME;
    cp[at] = dir;
    return A.true;
  },
  'where_is_file/1': (p, f) => {
    const file = text(f);
    if (file === null) return Atom.of('non_existing');
    for (const dir of codePath(p)) {
      const full = path.join(dir, file);
      if (fs.existsSync(full)) return str(full);
    }
    return Atom.of('non_existing');
  },
  'root_dir/0': () => str(rootDir()),
  'lib_dir/0': () => str(path.join(rootDir(), 'lib')),
  'lib_dir/1': (_p, app) => {
    const dir = app instanceof Atom ? appLibDir(app.name) : null;
    return dir === null ? BAD_NAME : str(dir);
  },
  'lib_dir/2': (_p, app, sub) => {
    const dir = app instanceof Atom ? appLibDir(app.name) : null;
    return dir === null || !(sub instanceof Atom) ? BAD_NAME : str(path.join(dir, sub.name));
  },
  'priv_dir/1': () => BAD_NAME,
  'objfile_extension/0': () => str('.beam'),
  'is_sticky/1': (_p, m) => bool(m instanceof Atom && fs.existsSync(path.join(LIB_DIR, `${m.name}.erl`))),
};

export const codePathNatives = codePathFns as unknown as Record<string, NativeFn>;
