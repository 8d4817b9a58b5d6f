// The filename natives for Unix paths, following OTP's rules rather than
// Node's path module: join/2 collapses "//" and "/./" but keeps "..",
// dirname("a/b/") is "a/b", extension(".bashrc") is "".

import { A, Atom, BitStr, Cons, NIL, list, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { fileName, nameTerm, type Name } from './names.js';

function name(fn: string, args: Term[], i: number): Name {
  const n = fileName(args[i]!);
  if (n === null) throw new ErlException('error', A.function_clause, { module: 'filename', function: fn, args });
  return n;
}

/** OTP's join1: Name1 ++ "/" ++ Name2 with "//" and "/./" collapsed, no trailing "/". */
export function joinPaths(a: string, b: string): string {
  if (b.startsWith('/')) return joinPaths(b, '');
  let r = '';
  const feed = (s: string) => {
    for (const c of s) {
      if (c === '/' && r.endsWith('/.')) r = r.slice(0, -1);
      else if (c === '/' && r.endsWith('/')) continue;
      else r += c;
    }
  };
  feed(a);
  if (b === '') return r.length > 1 && r.endsWith('/') ? r.slice(0, -1) : r;
  if (r.endsWith('/.')) r = r.slice(0, -1);
  else if (!r.endsWith('/')) r += '/';
  feed(b);
  return r.length > 1 && r.endsWith('/') ? r.slice(0, -1) : r;
}

function stripTrailing(s: string): string {
  let e = s.length;
  while (e > 1 && s[e - 1] === '/') e--;
  return s.slice(0, e);
}

export function basename(s: string): string {
  const t = stripTrailing(s);
  if (t === '/') return '';
  return t.slice(t.lastIndexOf('/') + 1);
}

export function dirname(s: string): string {
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  let d = s.slice(0, i);
  while (d.endsWith('/')) d = d.slice(0, -1);
  return d === '' ? '/' : d;
}

export function extension(s: string): string {
  const base = s.slice(s.lastIndexOf('/') + 1);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

function split(s: string): string[] {
  const parts = s.split('/').filter((x) => x !== '');
  return s.startsWith('/') ? ['/', ...parts] : parts;
}

export function absname(s: string, dir: string = process.cwd()): string {
  return s.startsWith('/') ? joinPaths(s, '') : joinPaths(dir, s);
}

/** join/2 and join/1 give a binary when any part is one. */
function join2(fn: string, args: Term[]): Term {
  const a = name(fn, args, 0);
  const b = name(fn, args, 1);
  return nameTerm(joinPaths(a.s, b.s), a.bin || b.bin);
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'join/2': (_p, a, b) => join2('join', [a, b]),
  'join/1': (_p, parts) => {
    const items: Term[] = [];
    let l = parts;
    while (l instanceof Cons) {
      items.push(l.head);
      l = l.tail;
    }
    if (l !== NIL || items.length === 0) throw new ErlException('error', A.function_clause, { module: 'filename', function: 'join', args: [parts] });
    const names = items.map((_, i) => name('join', items, i));
    if (names.length === 1) return nameTerm(joinPaths(names[0]!.s, ''), names[0]!.bin);
    let acc = names[0]!.s;
    for (let i = 1; i < names.length; i++) acc = joinPaths(acc, names[i]!.s);
    return nameTerm(
      acc,
      names.some((n) => n.bin),
    );
  },
  // Binaries meet as binaries; otherwise Dir ++ [$/ | Name], whatever Name is.
  'append/2': (_p, dir, n) => {
    if (dir instanceof BitStr || n instanceof BitStr) {
      const d = fileName(dir);
      const m = fileName(n);
      if (d === null || m === null) throw new ErlException('error', A.function_clause, { module: 'filename', function: 'append', args: [dir, n] });
      return nameTerm(`${d.s}/${m.s}`, true);
    }
    const items: Term[] = [];
    let l = dir;
    for (; l instanceof Cons; l = l.tail) items.push(l.head);
    if (l !== NIL) throw new ErlException('error', A.badarg, { module: 'erlang', function: '++', args: [dir, new Cons(47, n)] });
    return list(items, new Cons(47, n));
  },
  'basename/1': (_p, n) => {
    const x = name('basename', [n], 0);
    return nameTerm(basename(x.s), x.bin);
  },
  'basename/2': (_p, n, ext) => {
    const x = name('basename', [n, ext], 0);
    const e = name('basename', [n, ext], 1);
    const b = basename(x.s);
    return nameTerm(e.s !== '' && b.endsWith(e.s) ? b.slice(0, -e.s.length) : b, x.bin);
  },
  'dirname/1': (_p, n) => {
    const x = name('dirname', [n], 0);
    return nameTerm(dirname(x.s), x.bin);
  },
  'extension/1': (_p, n) => {
    const x = name('extension', [n], 0);
    return nameTerm(extension(x.s), x.bin);
  },
  'rootname/1': (_p, n) => {
    const x = name('rootname', [n], 0);
    const e = extension(x.s);
    return nameTerm(e === '' ? x.s : x.s.slice(0, -e.length), x.bin);
  },
  'rootname/2': (_p, n, ext) => {
    const x = name('rootname', [n, ext], 0);
    const e = name('rootname', [n, ext], 1);
    return nameTerm(e.s !== '' && x.s.endsWith(e.s) ? x.s.slice(0, -e.s.length) : x.s, x.bin);
  },
  'split/1': (_p, n) => {
    const x = name('split', [n], 0);
    return list(split(x.s).map((c) => nameTerm(c, x.bin)));
  },
  'absname/1': (_p, n) => {
    const x = name('absname', [n], 0);
    return nameTerm(absname(x.s), x.bin);
  },
  'absname/2': (_p, n, dir) => {
    const x = name('absname', [n, dir], 0);
    const d = name('absname', [n, dir], 1);
    return nameTerm(absname(x.s, absname(d.s)), x.bin || d.bin);
  },
  'absname_join/2': (_p, a, b) => join2('absname_join', [a, b]),
  'pathtype/1': (_p, n) => Atom.of(name('pathtype', [n], 0).s.startsWith('/') ? 'absolute' : 'relative'),
  'nativename/1': (_p, n) => {
    const x = name('nativename', [n], 0);
    return nameTerm(joinPaths(x.s, ''), x.bin);
  },
};

export const filenameNatives: NativeModule = {
  name: 'filename',
  functions: f as unknown as Record<string, NativeFn>,
};
