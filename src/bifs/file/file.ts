// The file natives: whole-file reads and writes, directories, file info and
// consult. Errors come back as {error, Posix} like erl's file module; a
// name that is not a file name gives {error, badarg}.

import * as fs from 'node:fs';
import { consultText } from '../../compiler/consult.js';
import { A, Atom, BitStr, NIL, list, str, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { iolistBytes } from '../iodata.js';
import { fileName, nameTerm, posixError } from './names.js';

type P = Process;

const BADARG: Term = [A.error, A.badarg];

function err(e: unknown): Term {
  return [A.error, posixError(e)];
}

/** Runs an fs call on a file name argument, mapping failures to {error, Posix}. */
function withName(t: Term, run: (path: string) => Term): Term {
  const n = fileName(t);
  if (n === null) return BADARG;
  try {
    return run(n.s);
  } catch (e) {
    return err(e);
  }
}

// ---- file info ------------------------------------------------------------------

function dateTime(d: Date, utc: boolean): Term {
  return utc
    ? [
        [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()],
        [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()],
      ]
    : [
        [d.getFullYear(), d.getMonth() + 1, d.getDate()],
        [d.getHours(), d.getMinutes(), d.getSeconds()],
      ];
}

function access(path: string): Atom {
  const can = (mode: number) => {
    try {
      fs.accessSync(path, mode);
      return true;
    } catch {
      return false;
    }
  };
  const r = can(fs.constants.R_OK);
  const w = can(fs.constants.W_OK);
  return Atom.of(r && w ? 'read_write' : r ? 'read' : w ? 'write' : 'none');
}

/** #file_info{} as a tuple: size, type, access, atime, mtime, ctime, mode, links, major/minor device, inode, uid, gid. */
function fileInfo(path: string, opts: Term[], link: boolean): Term {
  const st = link ? fs.lstatSync(path) : fs.statSync(path);
  let timeOpt = 'local';
  for (const o of opts) if (Array.isArray(o) && o[0] === Atom.of('time') && o[1] instanceof Atom) timeOpt = o[1].name;
  const time = (d: Date): Term => (timeOpt === 'posix' ? Math.floor(d.getTime() / 1000) : dateTime(d, timeOpt === 'universal'));
  const type = st.isFile() ? 'regular' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : st.isCharacterDevice() ? 'device' : 'other';
  return [
    Atom.of('file_info'),
    st.size,
    Atom.of(type),
    access(path),
    time(st.atime),
    time(st.mtime),
    time(st.ctime),
    st.mode,
    st.nlink,
    st.dev,
    0,
    st.ino,
    st.uid,
    st.gid,
  ];
}

// ---- format_error -------------------------------------------------------------------

const POSIX_TEXT: Record<string, string> = {
  eacces: 'permission denied',
  eagain: 'resource temporarily unavailable',
  ebadf: 'bad file number',
  ebusy: 'file busy',
  edquot: 'disk quota exceeded',
  eexist: 'file already exists',
  efault: 'bad address in system call argument',
  efbig: 'file too large',
  eintr: 'interrupted system call',
  einval: 'invalid argument',
  eio: 'I/O error',
  eisdir: 'illegal operation on a directory',
  eloop: 'too many levels of symbolic links',
  emfile: 'too many open files',
  emlink: 'too many links',
  enametoolong: 'file name too long',
  enfile: 'file table overflow',
  enodev: 'no such device',
  enoent: 'no such file or directory',
  enomem: 'not enough memory',
  enospc: 'no space left on device',
  enotblk: 'block device required',
  enotdir: 'not a directory',
  enotsup: 'operation not supported',
  enxio: 'no such device or address',
  eperm: 'not owner',
  epipe: 'broken pipe',
  erofs: 'read-only file system',
  espipe: 'invalid seek',
  esrch: 'no such process',
  estale: 'stale remote file handle',
  exdev: 'cross-domain link',
  enotempty: 'directory not empty',
};

function formatError(reason: Term): Term {
  if (Array.isArray(reason) && reason.length === 3 && reason[1] === Atom.of('erl_parse')) {
    return list([str(String(reason[0])), 58, 32, reason[2]!]);
  }
  if (reason === A.badarg) return str('bad argument');
  if (reason === Atom.of('terminated')) return str('the file server process is terminated');
  if (reason instanceof Atom) return str(POSIX_TEXT[reason.name] ?? 'unknown POSIX error');
  return str('unknown POSIX error');
}

// ---- consult ------------------------------------------------------------------------

function consult(_p: P, t: Term): Term {
  return withName(t, (path) => consultText(fs.readFileSync(path, 'utf8')));
}

// ---- writing --------------------------------------------------------------------------

function writeFile(t: Term, data: Term, modes: Term[]): Term {
  const bytes = data instanceof BitStr ? (data.isBinary ? data : null) : iolistBytes(data);
  if (bytes === null) return BADARG;
  const has = (m: string) => modes.includes(Atom.of(m));
  const flag = has('exclusive') ? 'wx' : has('append') ? 'a' : 'w';
  return withName(t, (path) => {
    fs.writeFileSync(path, bytes.buf, { flag });
    return A.ok;
  });
}

function listItems(t: Term): Term[] {
  const out: Term[] = [];
  while (typeof t === 'object' && t !== null && 'head' in (t as object)) {
    out.push((t as { head: Term }).head);
    t = (t as { tail: Term }).tail;
  }
  return out;
}

// ---- the module ---------------------------------------------------------------------------

const f: Record<string, (p: P, ...a: Term[]) => Term> = {
  'get_cwd/0': () => [A.ok, str(process.cwd())],
  'get_cwd/1': () => [A.error, Atom.of('einval')],
  'set_cwd/1': (_p, d) =>
    withName(d, (path) => {
      process.chdir(path);
      return A.ok;
    }),
  'list_dir/1': (_p, d) =>
    withName(d, (path) => {
      // opendir keeps the directory's own order, as erl's list_dir does (readdirSync sorts).
      const dir = fs.opendirSync(path);
      const names: Term[] = [];
      try {
        for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(str(e.name));
      } finally {
        dir.closeSync();
      }
      return [A.ok, list(names)];
    }),
  'list_dir_all/1': (_p, d) => f['list_dir/1']!(_p, d),
  'read_file/1': (_p, n) => withName(n, (path) => [A.ok, new BitStr(new Uint8Array(fs.readFileSync(path)))]),
  'write_file/2': (_p, n, data) => writeFile(n, data, []),
  'write_file/3': (_p, n, data, modes) => writeFile(n, data, listItems(modes)),
  'read_file_info/1': (_p, n) => withName(n, (path) => [A.ok, fileInfo(path, [], false)]),
  'read_file_info/2': (_p, n, o) => withName(n, (path) => [A.ok, fileInfo(path, listItems(o), false)]),
  'read_link_info/1': (_p, n) => withName(n, (path) => [A.ok, fileInfo(path, [], true)]),
  'read_link_info/2': (_p, n, o) => withName(n, (path) => [A.ok, fileInfo(path, listItems(o), true)]),
  'read_link/1': (_p, n) => withName(n, (path) => [A.ok, str(fs.readlinkSync(path))]),
  'consult/1': consult,
  'delete/1': (_p, n) =>
    withName(n, (path) => {
      // unlink(2) on a directory is EISDIR on Linux; erl reports eperm.
      if (fs.lstatSync(path).isDirectory()) return [A.error, Atom.of('eperm')];
      fs.unlinkSync(path);
      return A.ok;
    }),
  'rename/2': (_p, a, b) => {
    const to = fileName(b);
    if (to === null) return BADARG;
    return withName(a, (path) => {
      fs.renameSync(path, to.s);
      return A.ok;
    });
  },
  'make_dir/1': (_p, n) =>
    withName(n, (path) => {
      fs.mkdirSync(path);
      return A.ok;
    }),
  'del_dir/1': (_p, n) =>
    withName(n, (path) => {
      fs.rmdirSync(path);
      return A.ok;
    }),
  'copy/2': (_p, a, b) => {
    const to = fileName(b);
    if (to === null) return BADARG;
    return withName(a, (path) => {
      fs.copyFileSync(path, to.s);
      return [A.ok, fs.statSync(to.s).size];
    });
  },
  'format_error/1': (_p, r) => formatError(r),
  'native_name_encoding/0': () => Atom.of('utf8'),
};

void NIL;
void nameTerm;

export const fileNatives: NativeModule = {
  name: 'file',
  functions: f as unknown as Record<string, NativeFn>,
};
