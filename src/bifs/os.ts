// The os natives. os:cmd/1 runs /bin/sh synchronously (natives cannot
// wait), with stderr folded into the result as erl does.

import * as os from 'node:os';
import { nodeChildProcess } from '../terms/lazy_builtins.js';
import { A, Atom, list, str, type Term } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import { fileName } from './file/names.js';
import { charlistToString } from './iodata.js';

function bad(fn: string, args: Term[], argErrors: Record<number, string>): ErlException {
  return new ErlException('error', A.badarg, { module: 'os', function: fn, args, argErrors });
}

/** A variable name or value: a string (or atom/binary, as name_all allows). */
function envText(fn: string, args: Term[], i: number): string {
  const t = args[i]!;
  const n = Array.isArray(t) ? null : fileName(t);
  if (n === null || t instanceof Atom) throw bad(fn, args, { [i + 1]: 'not a list' });
  return n.s;
}

function envName(fn: string, args: Term[]): string {
  const s = envText(fn, args, 0);
  if (s.includes('=')) throw bad(fn, args, { 1: '"=" characters is not allowed in environment variable names' });
  return s;
}

const hr0 = process.hrtime.bigint();

function systemNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n + ((process.hrtime.bigint() - hr0) % 1_000_000n);
}

const UNITS: Record<string, bigint> = {
  second: 1n,
  seconds: 1n,
  millisecond: 1000n,
  milli_seconds: 1000n,
  microsecond: 1_000_000n,
  micro_seconds: 1_000_000n,
  nanosecond: 1_000_000_000n,
  nano_seconds: 1_000_000_000n,
  native: 1_000_000_000n,
  perf_counter: 1_000_000_000n,
};

function int(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'getenv/0': () => list(Object.entries(process.env).map(([k, v]) => str(`${k}=${v ?? ''}`))),
  'getenv/1': (_p, name) => {
    const v = process.env[envText('getenv', [name], 0)];
    return v === undefined ? A.false : str(v);
  },
  'getenv/2': (_p, name, dflt) => {
    const v = process.env[envText('getenv', [name, dflt], 0)];
    return v === undefined ? dflt : str(v);
  },
  'putenv/2': (_p, name, value) => {
    const args = [name, value];
    const k = envName('putenv', args);
    process.env[k] = envText('putenv', args, 1);
    return A.true;
  },
  'unsetenv/1': (_p, name) => {
    delete process.env[envName('unsetenv', [name])];
    return A.true;
  },
  'type/0': () => [Atom.of('unix'), Atom.of(os.platform() === 'darwin' ? 'darwin' : os.platform())],
  'family/0': () => Atom.of('unix'),
  'version/0': () => {
    const [a = 0, b = 0, c = 0] = os
      .release()
      .split(/[.-]/)
      .map((x) => Number.parseInt(x, 10) || 0);
    return [a, b, c];
  },
  'timestamp/0': () => {
    const us = systemNs() / 1000n;
    return [Number(us / 1_000_000_000_000n), Number((us / 1_000_000n) % 1_000_000n), Number(us % 1_000_000n)];
  },
  'system_time/0': () => int(systemNs()),
  'system_time/1': (_p, u) => {
    const per = typeof u === 'number' && u > 0 ? BigInt(u) : u instanceof Atom ? UNITS[u.name] : undefined;
    if (per === undefined) throw bad('system_time', [u], { 1: 'invalid time unit' });
    return int((systemNs() * per) / 1_000_000_000n);
  },
  'perf_counter/0': () => int(process.hrtime.bigint()),
  'perf_counter/1': (_p, u) => {
    const per = typeof u === 'number' && u > 0 ? BigInt(u) : u instanceof Atom ? UNITS[u.name] : undefined;
    if (per === undefined) throw bad('perf_counter', [u], { 1: 'invalid time unit' });
    return int((process.hrtime.bigint() * per) / 1_000_000_000n);
  },
  'getpid/0': () => str(String(process.pid)),
  'cmd/1': (_p, c) => {
    const text = c instanceof Atom ? c.name : charlistToString(c);
    if (text === null) throw bad('cmd', [c], { 1: 'not a list of characters' });
    let out: Buffer;
    try {
      out = nodeChildProcess().execSync(`(${text}) 2>&1`, { shell: '/bin/sh', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } catch (e) {
      out = ((e as { stdout?: Buffer }).stdout as Buffer | undefined) ?? Buffer.alloc(0);
    }
    // erl hands back the bytes the command wrote, not decoded text.
    return list(Array.from(out));
  },
};

export const osNatives: NativeModule = {
  name: 'os',
  functions: f as unknown as Record<string, NativeFn>,
};
