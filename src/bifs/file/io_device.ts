// Open files: file:open/2 starts an io server process (a native process
// that watches its opener, as erl's monitor does: the file closes when the
// opener dies, and a server that dies kills nobody), which
// answers the io protocol for io:format/get_line and friends. The file
// calls (read, write, position...) reach the same state directly: natives
// cannot wait for a reply, and the state is the file's whole truth.
// Raw files are served the same way (a pid, not a #file_descriptor{}).

import { codePointsToString } from '../../terms/code_points.js';
import * as fs from 'node:fs';
import { A, Atom, BitStr, Cons, Pid, list, listToArray, type Term } from '../../terms/types.js';
import { charactersToList } from '../../terms/utf_chardata.js';
import { ioLibFormatTerm } from '../../terms/format.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { pidKey } from '../../vm/vm.js';
import { terminate } from '../../vm/signals.js';
import { scanTokensRequest } from '../io/scan_tokens.js';
import { InputBuffer, type ReadRequest } from '../io/user_server.js';
import { FREAD_RAISED, freadFormat, freadRequest } from '../io/fread.js';
import { iolistBytes } from '../iodata.js';
import { fileName, posixError } from './names.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** The exit hook that closes a dead owner's files is installed. */
    fileIoWatch?: boolean;
  }
}

interface OpenFile {
  fd: number;
  pos: number;
  read: boolean;
  write: boolean;
  append: boolean;
  binary: boolean;
  unicode: boolean;
  proc: Process;
  owner: string;
}

const files = new Map<string, OpenFile>();

const BADARG: Term = [A.error, A.badarg];
const EBADF: Term = [A.error, Atom.of('ebadf')];
const EINVAL: Term = [A.error, Atom.of('einval')];
const TERMINATED: Term = [A.error, Atom.of('terminated')];
const EOF = Atom.of('eof');
const IO_REQUEST = Atom.of('io_request');
const IO_REPLY = Atom.of('io_reply');

// ---- opening ----------------------------------------------------------------

interface Modes {
  read: boolean;
  write: boolean;
  append: boolean;
  exclusive: boolean;
  binary: boolean;
  unicode: boolean;
}

/**
 * erl accepts unknown atoms in the mode list; only a bad encoding or a
 * non-list is badarg. A single atom is a one-mode list (`file:open(F, read)`).
 */
function parseModes(t: Term): Modes | null {
  const l = t instanceof Atom ? [t] : listToArray(t);
  if (l === null) return null;
  const m: Modes = { read: false, write: false, append: false, exclusive: false, binary: false, unicode: false };
  for (const o of l) {
    if (o instanceof Atom) {
      if (o.name === 'read' || o.name === 'write' || o.name === 'append' || o.name === 'exclusive' || o.name === 'binary') m[o.name] = true;
      else if (o.name === 'list') m.binary = false;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === Atom.of('encoding')) {
      const e = o[1];
      if (e === Atom.of('latin1')) m.unicode = false;
      else if (e === Atom.of('unicode') || e === Atom.of('utf8')) m.unicode = true;
      else return null;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === Atom.of('binary') && typeof o[1] === 'object') {
      m.binary = o[1] === A.true;
    }
  }
  return m;
}

function openFlags(m: Modes): number {
  const c = fs.constants;
  const writes = m.write || m.append || m.exclusive;
  let f = m.read && writes ? c.O_RDWR : writes ? c.O_WRONLY : c.O_RDONLY;
  if (writes) f |= c.O_CREAT;
  // write alone truncates; with read or append it keeps the contents.
  if (m.write && !m.read && !m.append) f |= c.O_TRUNC;
  if (m.append) f |= c.O_APPEND;
  if (m.exclusive) f |= c.O_EXCL;
  return f;
}

function open(p: Process, name: Term, modes: Term): Term {
  const n = fileName(name);
  const m = parseModes(modes);
  if (n === null || m === null) return BADARG;
  let fd: number;
  try {
    fd = fs.openSync(n.s, openFlags(m), 0o666);
  } catch (e) {
    return [A.error, posixError(e)];
  }
  if (fs.fstatSync(fd).isDirectory()) {
    fs.closeSync(fd);
    return [A.error, Atom.of('eisdir')];
  }
  const writes = m.write || m.append || m.exclusive;
  const proc = p.vm.spawnNative((msg, self) => serve(self, msg), null, ['file_io_server', 'init', 1], { scheduled: true });
  watchOwners(p);
  const st: OpenFile = {
    fd,
    pos: 0,
    read: m.read || !writes,
    write: writes,
    append: m.append,
    binary: m.binary,
    unicode: m.unicode,
    proc,
    owner: pidKey(p.pid),
  };
  files.set(pidKey(proc.pid), st);
  return [A.ok, proc.pid];
}

/** Once per node: a process that exits closes the files it opened. */
function watchOwners(p: Process): void {
  const vm = p.vm;
  if (vm.ext.fileIoWatch === true) return;
  vm.ext.fileIoWatch = true;
  const hooks = (vm.ext.exitHooks ??= []);
  hooks.push((q, reason) => {
    const key = pidKey(q.pid);
    for (const st of [...files.values()]) if (st.owner === key && st.proc.vm === vm) closeFile(st, reason);
  });
}

function closeFile(st: OpenFile, reason: Term): void {
  files.delete(pidKey(st.proc.pid));
  try {
    fs.closeSync(st.fd);
  } catch {
    // already gone
  }
  terminate(st.proc.vm, st.proc, reason);
}

// ---- reading and writing ----------------------------------------------------------

const CHUNK = 4096;

/** Bytes from `at` until `stop` says where to cut (or the end of the file); null at eof. */
function readUntil(st: OpenFile, at: number, stop: (b: Buffer) => number): Buffer | null {
  let acc = Buffer.alloc(0);
  for (;;) {
    const chunk = Buffer.alloc(CHUNK);
    const got = fs.readSync(st.fd, chunk, 0, CHUNK, at + acc.length);
    acc = Buffer.concat([acc, chunk.subarray(0, got)]);
    const cut = stop(acc);
    if (cut >= 0) return acc.subarray(0, cut);
    if (got === 0) return acc.length === 0 ? null : acc;
  }
}

function lineEnd(b: Buffer): number {
  const i = b.indexOf(10);
  return i < 0 ? -1 : i + 1;
}

/** Where the n-th character ends: bytes for latin1, UTF-8 sequences for unicode. */
function charsEnd(st: OpenFile, n: number): (b: Buffer) => number {
  if (!st.unicode) return (b) => (b.length >= n ? n : -1);
  return (b) => {
    let count = 0;
    for (let i = 0; i < b.length; i++) {
      if ((b[i]! & 0xc0) !== 0x80) {
        if (count === n) return i;
        count++;
      }
    }
    return -1;
  };
}

/** The characters of file bytes, or null when a request in latin1 meets a character above 255. */
function decode(st: OpenFile, bytes: Buffer, enc: 'latin1' | 'unicode'): Term | null {
  const text = st.unicode ? bytes.toString('utf8') : bytes.toString('latin1');
  const cps = Array.from(text, (c) => c.codePointAt(0)!);
  if (enc === 'latin1' && cps.some((c) => c > 255)) return null;
  if (!st.binary) return list(cps);
  const out = enc === 'unicode' ? Buffer.from(text, 'utf8') : Buffer.from(cps);
  return new BitStr(new Uint8Array(out));
}

function readData(st: OpenFile, enc: 'latin1' | 'unicode', stop: (b: Buffer) => number): Term {
  const bytes = readUntil(st, st.pos, stop);
  if (bytes === null) return EOF;
  const data = decode(st, bytes, enc);
  if (data === null) return [A.error, [Atom.of('no_translation'), Atom.of('unicode'), Atom.of('latin1')]];
  st.pos += bytes.length;
  return data;
}

/** Characters to the bytes the file holds; null when a latin1 file cannot hold one. */
function encode(st: OpenFile, cps: number[]): Buffer | null {
  if (st.unicode) return Buffer.from(codePointsToString(cps), 'utf8');
  if (cps.some((c) => c > 255)) return null;
  return Buffer.from(cps);
}

function writeBytes(st: OpenFile, b: Buffer, at: number | null): void {
  if (st.append) {
    fs.writeSync(st.fd, b, 0, b.length, null);
    st.pos = fs.fstatSync(st.fd).size;
    return;
  }
  const where = at ?? st.pos;
  fs.writeSync(st.fd, b, 0, b.length, where);
  if (at === null) st.pos += b.length;
}

function codePoints(t: Term): number[] {
  const out: number[] = [];
  let l = t;
  while (l instanceof Cons) {
    out.push(l.head as number);
    l = l.tail;
  }
  return out;
}

// ---- the io server ------------------------------------------------------------------

function serve(self: Process, msg: Term): void {
  const st = files.get(pidKey(self.pid));
  if (st === undefined) return;
  if (!Array.isArray(msg) || msg.length !== 4 || msg[0] !== IO_REQUEST || !(msg[1] instanceof Pid)) return;
  const reply = request(st, msg[3]!);
  // The server dies on what it cannot serve, as erl's file_io_server does:
  // a read of a write-only file (no reply comes), a character a latin1
  // file cannot hold (after its error reply).
  if (reply === null) {
    closeFile(st, Atom.of('ebadf'));
    return;
  }
  if (isStop(reply)) {
    self.vm.sendPid(self, msg[1], [IO_REPLY, msg[2]!, reply.reply]);
    closeFile(st, reply.stop);
    return;
  }
  self.vm.sendPid(self, msg[1], [IO_REPLY, msg[2]!, reply]);
}

interface Stop {
  stop: Term;
  reply: Term;
}

function isStop(r: Term | Stop): r is Stop {
  return typeof r === 'object' && r !== null && 'stop' in r;
}

function encArg(t: Term): 'latin1' | 'unicode' {
  return t === Atom.of('latin1') ? 'latin1' : 'unicode';
}

function request(st: OpenFile, req: Term): Term | Stop | null {
  const tag = Array.isArray(req) ? req[0] : req;
  const r = req as Term[];
  try {
    switch (tag instanceof Atom ? tag.name : '') {
      case 'put_chars': {
        if (!st.write) return EBADF;
        let cps: number[];
        if (r.length === 3) cps = codePoints(charactersToList(r[2]!, encArg(r[1]!)));
        else if (r.length === 2) cps = codePoints(charactersToList(r[1]!, 'latin1'));
        else if (r.length === 5 && r[2] === Atom.of('io_lib') && r[3] === Atom.of('format')) {
          const a = listToArray(r[4]!);
          if (a === null || a.length !== 2) return [A.error, Atom.of('put_chars')];
          cps = Array.from(ioLibFormatTerm(a[0]!, a[1]!), (c) => c.codePointAt(0)!);
        } else return [A.error, Atom.of('request')];
        const b = encode(st, cps);
        if (b === null) return { stop: Atom.of('no_translation'), reply: [A.error, [Atom.of('no_translation'), Atom.of('unicode'), Atom.of('latin1')]] };
        writeBytes(st, b, null);
        return A.ok;
      }
      case 'get_line':
        if (!st.read) return null;
        return readData(st, r.length === 3 ? encArg(r[1]!) : 'latin1', lineEnd);
      case 'get_chars': {
        if (!st.read) return null;
        const n = r[r.length - 1];
        if (typeof n !== 'number' || n < 0) return [A.error, Atom.of('get_chars')];
        return readData(st, r.length === 4 ? encArg(r[1]!) : 'latin1', charsEnd(st, n));
      }
      case 'get_until':
        if (!st.read) return null;
        if (r.length === 6 && r[3] === Atom.of('erl_scan') && r[4] === Atom.of('tokens')) return scanTokens(st, r[5]!);
        if (r.length === 6 && r[3] === Atom.of('io_lib') && r[4] === Atom.of('fread')) {
          const format = freadFormat(r[5]!);
          if (format === null) return [A.error, Atom.of('request')];
          const answer = readWith(st, (reply) => freadRequest('', format, reply));
          // Where io_lib:fread raised, erl's file_io_server answers and stops.
          return answer === FREAD_RAISED ? { stop: A.system_limit, reply: answer } : answer;
        }
        return [A.error, Atom.of('request')];
      case 'getopts':
        return list([
          [Atom.of('binary'), st.binary ? A.true : A.false],
          [Atom.of('encoding'), Atom.of(st.unicode ? 'unicode' : 'latin1')],
        ]);
      case 'setopts':
        return setopts(st, r[1]!);
      case 'requests': {
        let last: Term | Stop | null = A.ok;
        for (const q of listToArray(r[1]!) ?? []) {
          last = request(st, q);
          if (last === null || isStop(last)) return last;
        }
        return last;
      }
      default:
        return [A.error, Atom.of('request')];
    }
  } catch (e) {
    if ((e as { code?: unknown }).code !== undefined) return [A.error, posixError(e)];
    return [A.error, tag === Atom.of('put_chars') ? Atom.of('put_chars') : Atom.of('request')];
  }
}

function setopts(st: OpenFile, opts: Term): Term {
  const l = listToArray(opts);
  if (l === null) return [A.error, Atom.of('enotsup')];
  const next = { binary: st.binary, unicode: st.unicode };
  for (const o of l) {
    if (o === Atom.of('binary')) next.binary = true;
    else if (o === Atom.of('list')) next.binary = false;
    else if (Array.isArray(o) && o.length === 2 && o[0] === Atom.of('binary') && (o[1] === A.true || o[1] === A.false)) next.binary = o[1] === A.true;
    else if (
      Array.isArray(o) &&
      o.length === 2 &&
      o[0] === Atom.of('encoding') &&
      (o[1] === Atom.of('latin1') || o[1] === Atom.of('unicode') || o[1] === Atom.of('utf8'))
    ) {
      next.unicode = o[1] !== Atom.of('latin1');
    } else return [A.error, Atom.of('enotsup')];
  }
  st.binary = next.binary;
  st.unicode = next.unicode;
  return A.ok;
}

/** io:read/2: the rest of the file through the shell's token reader; what follows the dot stays unread. */
function scanTokens(st: OpenFile, xargs: Term): Term {
  return readWith(st, (reply) => scanTokensRequest('', xargs, reply));
}

/** Runs a read request of the io server's on the rest of the file; the position moves past what it used. */
function readWith(st: OpenFile, start: (reply: (t: Term) => void) => ReadRequest): Term {
  const rest = readUntil(st, st.pos, () => -1);
  const text = rest === null ? '' : st.unicode ? rest.toString('utf8') : rest.toString('latin1');
  const input = new InputBuffer();
  input.push(text);
  let out: Term = [EOF, 1];
  start((t) => (out = t)).consume(input, true);
  const used = text.slice(0, text.length - input.length);
  st.pos += st.unicode ? Buffer.byteLength(used, 'utf8') : used.length;
  return out;
}

// ---- the file calls ------------------------------------------------------------------

/** The open file behind an fd argument, or the error erl's file module gives. */
function withFile(fd: Term, run: (st: OpenFile) => Term): Term {
  // A name goes through io:request in erl, which finds no such device.
  if (fd instanceof Atom) return [A.error, Atom.of('arguments')];
  if (!(fd instanceof Pid)) return BADARG;
  const st = files.get(pidKey(fd));
  if (st === undefined) return TERMINATED;
  try {
    return run(st);
  } catch (e) {
    return [A.error, posixError(e)];
  }
}

function position(st: OpenFile, loc: Term): Term {
  let base = 0;
  let off: Term = loc;
  const size = () => fs.fstatSync(st.fd).size;
  if (loc === Atom.of('bof')) off = 0;
  else if (loc === Atom.of('cur')) [base, off] = [st.pos, 0];
  else if (loc === Atom.of('eof')) [base, off] = [size(), 0];
  else if (Array.isArray(loc) && loc.length === 2) {
    const w = loc[0];
    if (w === Atom.of('bof')) base = 0;
    else if (w === Atom.of('cur')) base = st.pos;
    else if (w === Atom.of('eof')) base = size();
    else return EINVAL;
    off = loc[1]!;
  }
  if (typeof off !== 'number' || !Number.isInteger(off)) return EINVAL;
  const at = base + off;
  if (at < 0) return EINVAL;
  st.pos = at;
  return [A.ok, at];
}

function dataBytes(t: Term): Buffer | null {
  const b = t instanceof BitStr ? (t.isBinary ? t : null) : iolistBytes(t);
  return b === null ? null : Buffer.from(b.buf.subarray(0, b.byteSize));
}

function ok(data: Term): Term {
  return data === EOF || (Array.isArray(data) && data[0] === A.error) ? data : [A.ok, data];
}

const f: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'open/2': open,
  'close/1': (_p, fd) => {
    if (!(fd instanceof Pid)) return BADARG;
    const st = files.get(pidKey(fd));
    if (st !== undefined) closeFile(st, A.normal);
    return A.ok;
  },
  'read/2': (_p, fd, n) =>
    typeof n !== 'number' || n < 0
      ? BADARG
      : withFile(fd, (st) => {
          if (!st.read) return EBADF;
          return ok(readData(st, 'latin1', charsEnd(st, n)));
        }),
  'read_line/1': (_p, fd) =>
    withFile(fd, (st) => {
      if (!st.read) return EBADF;
      return ok(readData(st, 'latin1', lineEnd));
    }),
  'write/2': (_p, fd, data) => {
    const b = dataBytes(data);
    return b === null
      ? BADARG
      : withFile(fd, (st) => {
          if (!st.write) return EBADF;
          const e = encode(st, Array.from(b));
          if (e === null) return BADARG;
          writeBytes(st, e, null);
          return A.ok;
        });
  },
  'pread/3': (_p, fd, at, n) =>
    withFile(fd, (st) => {
      if (typeof at !== 'number' || at < 0 || typeof n !== 'number' || n < 0) return EINVAL;
      if (!st.read) return EBADF;
      const bytes = readUntil(st, at, (b) => (b.length >= n ? n : -1));
      if (bytes === null) return EOF;
      return [A.ok, st.binary ? new BitStr(new Uint8Array(bytes)) : list(Array.from(bytes))];
    }),
  'pwrite/3': (_p, fd, at, data) =>
    withFile(fd, (st) => {
      const b = dataBytes(data);
      if (b === null || typeof at !== 'number' || at < 0) return b === null ? BADARG : EINVAL;
      if (!st.write) return EBADF;
      writeBytes(st, b, at);
      return A.ok;
    }),
  'position/2': (_p, fd, loc) => withFile(fd, (st) => position(st, loc)),
  'sync/1': (_p, fd) =>
    withFile(fd, (st) => {
      fs.fsyncSync(st.fd);
      return A.ok;
    }),
  'datasync/1': (_p, fd) =>
    withFile(fd, (st) => {
      fs.fdatasyncSync(st.fd);
      return A.ok;
    }),
  'truncate/1': (_p, fd) =>
    withFile(fd, (st) => {
      if (!st.write) return EBADF;
      fs.ftruncateSync(st.fd, st.pos);
      return A.ok;
    }),
};

export const fileIoNatives: NativeModule = {
  name: 'file',
  functions: f as unknown as Record<string, NativeFn>,
};
