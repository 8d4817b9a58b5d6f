// The crypto module's hashing side: hash/2, the hash_init/update/final
// states, hmac through mac/4, random bytes and a few byte utilities, on
// Node's crypto (loaded on first call: start-up time matters). Ciphers and
// public keys are left out. Like OTP, a hash state is a reference; each
// update makes a new one, so older states stay usable.

import { A, Atom, BitStr, Ref, list, normInt, type Term } from '../terms/types.js';
import type { ErlException } from '../terms/exception.js';
import { nodeCrypto } from '../terms/lazy_builtins.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import type { Process } from '../vm/process.js';
import type { Hash } from 'node:crypto';
import { erlangBadarg, frameError, functionClause } from './errors.js';
import { iolistBytes } from './iodata.js';

// OTP's names to OpenSSL's (as Node knows them), in supports(hashs) order.
// md4 is missing: OpenSSL 3 only has it in its legacy provider.
const HASHES: Record<string, string> = {
  blake2s: 'blake2s256',
  blake2b: 'blake2b512',
  sha3_512: 'sha3-512',
  sha3_384: 'sha3-384',
  sha3_256: 'sha3-256',
  sha3_224: 'sha3-224',
  sha512: 'sha512',
  sha384: 'sha384',
  sha256: 'sha256',
  sha224: 'sha224',
  sha: 'sha1',
  ripemd160: 'ripemd160',
  md5: 'md5',
};

const bin = (b: Uint8Array) => new BitStr(new Uint8Array(b.buffer, b.byteOffset, b.byteLength).slice());

/** A NIF's badarg: {badarg, {File, Line}, Text}, explained as erl does. */
function nifBadarg(fn: string, args: Term[], argNo: number, file: string, line: number, text: string): ErlException {
  const reason: Term = [A.badarg, [list([...file].map((c) => c.charCodeAt(0))), line], list([...text].map((c) => c.charCodeAt(0)))];
  return frameError(reason, 'crypto', fn, args, { [argNo]: text, general: `(Found in the internal file ${file} at line ${line})` });
}

/** Data as crypto's Erlang code reads it: through iolist_to_binary/1, failing there. */
function iodata(t: Term): Uint8Array {
  const b = iolistBytes(t);
  if (b === null) throw erlangBadarg('iolist_to_binary', [t], 1, 'not an iodata term');
  return b.buf.subarray(0, b.byteSize);
}

function algorithm(fn: string, args: Term[], t: Term): string {
  const name = t instanceof Atom ? HASHES[t.name] : undefined;
  if (name === undefined) throw nifBadarg(fn, args, 1, 'hash.c', fn === 'hash' ? 108 : 142, 'Bad digest type');
  return name;
}

const states = new WeakMap<Ref, Hash>();

function hashState(fn: string, args: Term[], t: Term): Hash {
  const h = t instanceof Ref ? states.get(t) : undefined;
  if (h === undefined) throw nifBadarg(fn, args, 1, 'hash.c', fn === 'hash_update' ? 171 : 205, 'Bad state');
  return h;
}

function newState(p: Process, h: Hash): Ref {
  const ref = p.vm.makeRef();
  states.set(ref, h);
  return ref;
}

function mac(args: Term[]): Term {
  const [type, sub, key, data] = args;
  const k = iodata(key!);
  if (type !== Atom.of('hmac')) throw nifBadarg('mac', args, 1, 'mac.c', 233, 'Unknown mac algorithm');
  if (!(sub instanceof Atom) || HASHES[sub.name] === undefined) throw nifBadarg('mac', args, 2, 'mac.c', 263, 'Bad digest algorithm for HMAC');
  const d = iolistBytes(data!);
  if (d === null) throw nifBadarg('mac', args, 4, 'mac.c', 175, 'Bad text');
  return bin(nodeCrypto().createHmac(HASHES[sub.name]!, k).update(d.buf.subarray(0, d.byteSize)).digest());
}

function exor(a: Term, b: Term): Term {
  const x = iodata(a);
  const y = iodata(b);
  if (x.length !== y.length) throw frameError(A.badarg, 'crypto', 'do_exor', [new BitStr(x.slice()), new BitStr(y.slice())]);
  return new BitStr(x.map((v, i) => v ^ y[i]!));
}

function bytesToInteger(b: Term): Term {
  if (!(b instanceof BitStr) || !b.isBinary) throw functionClause('crypto', 'bin_to_int', [b], 2409);
  let v = 0n;
  for (const x of b.buf.subarray(0, b.byteSize)) v = (v << 8n) | BigInt(x);
  return normInt(v);
}

function strongRandBytes(n: Term): Term {
  if (typeof n !== 'number' || n < 0) throw frameError(A.badarg, 'crypto', 'strong_rand_bytes_nif', [n]);
  return bin(nodeCrypto().randomBytes(n));
}

const atoms = (names: string[]) => list(names.map((n) => Atom.of(n)));
const SUPPORTS: Record<string, string[]> = {
  hashs: Object.keys(HASHES),
  ciphers: [],
  public_keys: [],
  macs: ['hmac'],
  curves: [],
  rsa_opts: [],
};

const f: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'hash/2': (_p, t, d) => {
    const data = iodata(d);
    return bin(
      nodeCrypto()
        .createHash(algorithm('hash', [t, d], t))
        .update(data)
        .digest(),
    );
  },
  'hash_init/1': (p, t) => newState(p, nodeCrypto().createHash(algorithm('hash_init', [t], t))),
  'hash_update/2': (p, s, d) => {
    const data = iodata(d);
    return newState(p, hashState('hash_update', [s, d], s).copy().update(data));
  },
  'hash_final/1': (_p, s) => bin(hashState('hash_final', [s], s).copy().digest()),
  'mac/4': (_p, t, s, k, d) => mac([t, s, k, d]),
  'macN/5': (_p, t, s, k, d, n) => {
    const m = mac([t, s, k, d]) as BitStr;
    if (typeof n !== 'number' || n < 0) throw frameError(A.badarg, 'crypto', 'macN', [t, s, k, d, n]);
    return new BitStr(m.buf.slice(0, Math.min(n, m.byteSize)));
  },
  'strong_rand_bytes/1': (_p, n) => strongRandBytes(n),
  'exor/2': (_p, a, b) => exor(a, b),
  'bytes_to_integer/1': (_p, b) => bytesToInteger(b),
  'hash_equals/2': (_p, a, b) => {
    const ok = a instanceof BitStr && b instanceof BitStr && a.isBinary && b.isBinary && a.byteSize === b.byteSize;
    if (!ok) throw frameError(A.badarg, 'crypto', 'hash_equals_nif', [a, b]);
    return nodeCrypto().timingSafeEqual(a.buf.subarray(0, a.byteSize), b.buf.subarray(0, b.byteSize)) ? A.true : A.false;
  },
  'supports/0': () => list(Object.entries(SUPPORTS).map(([k, v]) => [Atom.of(k), atoms(v)])),
  'supports/1': (_p, t) => {
    const v = t instanceof Atom ? SUPPORTS[t.name] : undefined;
    if (v === undefined) throw functionClause('crypto', 'supports', [t], 570);
    return atoms(v);
  },
};

export const cryptoNatives: NativeModule = {
  name: 'crypto',
  functions: f as unknown as Record<string, NativeFn>,
};
