// Two hashes of terms:
//   hashTerm  fast, 32 bits, consistent with =:= (so 0.0 and -0.0 agree);
//             for our own hash tables (map.ts). Not stable across runs: it
//             uses atom creation indexes.
//   phash2    the same numbers as erlang:phash2/1,2 on real erl (Bob
//             Jenkins' mix over the term, as erts' make_hash2 does it).

import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Nil, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';

// ---- hashTerm ---------------------------------------------------------

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function combine(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193) + 0x9e3779b9;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function doubleHash(x: number): number {
  f64[0] = x + 0; // -0.0 and 0.0 are =:= in erl 25
  return fmix(u32[0]! ^ fmix(u32[1]! + 0x5bd1e995));
}

/** The low 9 bits of v spread to the even bit positions 0..16. */
function spread9(v: number): number {
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

/**
 * An {X, Y} key of 32-bit integers ({X, Y} grid cells are the common
 * compound map key): the low 9 bits of X and Y interleaved, so the cells of
 * a box up to 512 wide fill the trie's nodes densely and all sit at the
 * same depth (a 300 x 300 grid: 4161 nodes, every key three levels down,
 * instead of 16923 nodes and a quarter of the keys four or five down;
 * lookups 365 -> 283 ms for 360k). The bits above are mixed in whole, so
 * boxes elsewhere spread.
 */
function pairHash(x: number, y: number): number {
  let h = spread9(x & 511) | (spread9(y & 511) << 1);
  const hx = x >>> 9;
  const hy = y >>> 9;
  if ((hx | hy) !== 0) h ^= fmix(hx ^ Math.imul(hy ^ 0x5bd1e995, 0x9e3779b1));
  return h >>> 0;
}

/**
 * A 32-bit hash (unsigned) such that exactEq(a, b) implies hashTerm(a) === hashTerm(b).
 *
 * A 32-bit integer keeps its low 18 bits, mixed only with a hash of the
 * bits above: a run of integer keys (0..N, counters, indexes, the common
 * map) then fills the map trie's nodes densely, every key at the same
 * depth, instead of scattering as a full mix did (1M lookups in 100k such
 * keys: 236 -> 114 ms). Keys that differ only above bit 18 (multiples of
 * 2^18) still spread, through the mixed high part.
 */
export function hashTerm(t: Term): number {
  if (typeof t === 'number') {
    if ((t | 0) === t) return (t ^ fmix(t >>> 18)) >>> 0;
    return fmix((t % 4294967296) ^ fmix(Math.floor(t / 4294967296))) >>> 0;
  }
  if (t instanceof Atom) return fmix(t.index + 0x27d4eb2d) >>> 0;
  if (Array.isArray(t)) {
    if (t.length === 2) {
      const x = t[0];
      const y = t[1];
      if (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y) return pairHash(x, y);
    }
    const h = flatTupleHash(t);
    if (h >= 0) return h;
  }
  return objectHash(t) >>> 0;
}

/**
 * objectHash of a tuple of integers and atoms ({X, Y} map keys), without
 * its work stack; -1 for any other tuple. The same number as the walk.
 */
function flatTupleHash(a: Term[]): number {
  let h = combine(0x811c9dc5, fmix(a.length + 0x7a3d));
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    if (typeof x === 'number') h = combine(h, (x | 0) === x ? fmix(x) : hashTerm(x));
    else if (x instanceof Atom) h = combine(h, fmix(x.index + 0x27d4eb2d));
    else return -1;
  }
  return h >>> 0;
}

// The walk hashes the term in pre-order with an explicit stack (no recursion
// on the JS stack): every list cell adds a mark, then its head, then its
// tail; a tuple or fun adds its size, then its elements. Equal terms make the
// same sequence, so they get the same hash.
function objectHash(t: Term): number {
  let h = 0x811c9dc5;
  let stack: Term[] | null = null;
  for (;;) {
    let next: Term | undefined;
    if (typeof t === 'number') h = combine(h, (t | 0) === t ? fmix(t) : hashTerm(t));
    else if (typeof t === 'bigint') {
      const low = Number(BigInt.asIntN(32, t));
      h = combine(h, fmix(low) ^ doubleHash(Number(t)));
    } else
      switch ((t as object).constructor) {
        case Cons: {
          // Along the list: atomic heads at once, a compound head is walked
          // before the rest of the list (which waits on the stack).
          while (t instanceof Cons) {
            const hd = t.head;
            h = combine(h, 0x2f);
            if (typeof hd === 'number' && (hd | 0) === hd) h = combine(h, fmix(hd));
            else if (hd instanceof Atom) h = combine(h, fmix(hd.index + 0x27d4eb2d));
            else if (isWalked(hd)) {
              (stack ??= []).push(t.tail);
              next = hd;
              break;
            } else h = combine(h, leafHash(hd));
            t = t.tail;
          }
          if (next === undefined) next = t;
          break;
        }
        case Array: {
          const a = t as Term[];
          h = combine(h, fmix(a.length + 0x7a3d));
          if (a.length > 0) {
            stack ??= [];
            for (let i = a.length - 1; i >= 1; i--) stack.push(a[i]!);
            next = a[0]!;
          }
          break;
        }
        case Fun: {
          const f = t as Fun;
          h = combine(h, fmix(f.code.module.index ^ fmix(f.code.index ^ fmix(f.code.uniq))));
          const env = f.env;
          h = combine(h, env.length);
          if (env.length > 0) {
            stack ??= [];
            for (let i = env.length - 1; i >= 1; i--) stack.push(env[i]!);
            next = env[0]!;
          }
          break;
        }
        default:
          h = combine(h, leafHash(t));
      }
    if (next !== undefined) {
      t = next;
      continue;
    }
    if (stack === null || stack.length === 0) return h;
    t = stack.pop()!;
  }
}

function isWalked(t: Term): boolean {
  if (typeof t !== 'object') return false;
  const c = (t as object).constructor;
  return c === Cons || c === Array || c === Fun;
}

/** The hash of a term the walk does not enter (maps are hashed and cached on their own). */
function leafHash(t: Term): number {
  if (typeof t === 'number') return (t | 0) === t ? fmix(t) : hashTerm(t);
  if (typeof t === 'bigint') {
    const low = Number(BigInt.asIntN(32, t));
    return fmix(low) ^ doubleHash(Number(t));
  }
  switch ((t as object).constructor) {
    case Atom:
      return fmix((t as Atom).index + 0x27d4eb2d);
    case Nil:
      return 0x3b9aca07;
    case ErlFloat:
      return doubleHash((t as ErlFloat).value);
    case ErlMap:
      return mapHash(t as ErlMap);
    case BitStr: {
      const b = t as BitStr;
      let x = fmix(b.bits);
      const buf = b.buf;
      const n = b.byteSize;
      for (let i = 0; i < n; i++) x = Math.imul(x ^ buf[i]!, 0x01000193);
      return fmix(x);
    }
    case Pid: {
      const p = t as Pid;
      return fmix(p.id ^ fmix(p.serial ^ fmix(p.node.index + p.creation)));
    }
    case Port: {
      const p = t as Port;
      return fmix(p.id ^ fmix(0x1234 + p.node.index + p.creation));
    }
    case Ref: {
      const r = t as Ref;
      let x = fmix(r.node.index + r.creation + 0x5555);
      for (const id of r.ids) x = combine(x, id);
      return fmix(x);
    }
    case ExportFun: {
      const f = t as ExportFun;
      return fmix(f.module.index ^ fmix(f.name.index ^ fmix(f.arity + 0x99)));
    }
  }
  throw new Error('hashTerm: not a term: ' + String(t));
}

/** Order-independent: the sum of the entry hashes; cached on the map. */
function mapHash(m: ErlMap): number {
  if (m.hashCache !== 0) return m.hashCache;
  let sum = 0;
  m.every((k, v) => {
    sum = (sum + fmix(hashTerm(k) ^ Math.imul(hashTerm(v), 0x2f0b3c49))) | 0;
    return true;
  });
  const h = fmix(sum ^ m.size) | 1;
  m.hashCache = h;
  return h;
}

// ---- phash2 -----------------------------------------------------------
// Mirrors make_hash2 of a 64-bit BEAM. All arithmetic is on uint32 values
// kept in JS numbers; `hash` is the running state.

const HCONST = 0x9e3779b9;
const HCONST_2 = 0x3c6ef372;
const HCONST_3 = 0xdaa66d2b;
const HCONST_4 = 0x78dde6e4;
const HCONST_5 = 0x1715609d;
const HCONST_6 = 0xb54cda56;
const HCONST_7 = 0x5384540f;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_12 = 0x6a99b4ac;
const HCONST_13 = 0x08d12e65;
const HCONST_14 = 0xa708a81e;
const HCONST_15 = 0x454021d7;
const HCONST_16 = 0xe3779b90;
const HCONST_19 = 0xbe1e08bb;

/** What erts mixes in for [] after the first term (found by testing against erl). */
const NIL_WORD = 2;
/** phash2 of [] alone (erts special-cases it). */
const NIL_HASH_ALONE = 3468870702;

// Bob Jenkins' mix on (a, b, c); the result is c.
let ma = 0;
let mb = 0;
let mc = 0;
function mix(): void {
  let a = ma;
  let b = mb;
  let c = mc;
  a = (a - b - c) ^ (c >>> 13);
  b = (b - c - a) ^ (a << 8);
  c = (c - a - b) ^ (b >>> 13);
  a = (a - b - c) ^ (c >>> 12);
  b = (b - c - a) ^ (a << 16);
  c = (c - a - b) ^ (b >>> 5);
  a = (a - b - c) ^ (c >>> 3);
  b = (b - c - a) ^ (a << 10);
  c = (c - a - b) ^ (b >>> 15);
  ma = a >>> 0;
  mb = b >>> 0;
  mc = c >>> 0;
}

/** UINT32_HASH_2(x, y, k) applied to h. */
function hash2(x: number, y: number, k: number, h: number): number {
  ma = (k + x) >>> 0;
  mb = (k + y) >>> 0;
  mc = h;
  mix();
  return mc;
}

function hash1(x: number, k: number, h: number): number {
  return hash2(x, 0, k, h);
}

/** Atom hash of erts' atom table (hashpjw over the UTF-8 name, latin-1 pairs folded). */
const atomHashCache = new Map<Atom, number>();
export function atomHash(a: Atom): number {
  let h = atomHashCache.get(a);
  if (h !== undefined) return h;
  const bytes = Buffer.from(a.name, 'utf8');
  h = 0;
  for (let i = 0; i < bytes.length; i++) {
    let v = bytes[i]!;
    // latin-1 characters hash as their single byte, as they did before UTF-8 atoms
    if (i + 1 < bytes.length && (v & 0xfe) === 0xc2 && (bytes[i + 1]! & 0xc0) === 0x80) {
      v = ((v << 6) | (bytes[i + 1]! & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) {
      h ^= g >>> 24;
      h ^= g;
      h >>>= 0;
    }
  }
  atomHashCache.set(a, h);
  return h;
}

/** Integers outside 28 bits: 64-bit digits of the magnitude, each as two halves. */
function bigHash(v: bigint, h: number): number {
  const con = v < 0n ? HCONST_10 : HCONST_11;
  let m = v < 0n ? -v : v;
  do {
    const lo = Number(m & 0xffffffffn);
    const hi = Number((m >> 32n) & 0xffffffffn);
    h = hash2(lo, hi, con, h);
    m >>= 64n;
  } while (m !== 0n);
  return h;
}

function intHash(n: number, h: number): number {
  if (n >= -134217728 && n < 134217728) {
    // SINT32_HASH: negative numbers are mixed twice
    if (n < 0) h = hash1(-n, HCONST, h);
    return hash1(n >>> 0, HCONST, h);
  }
  const con = n < 0 ? HCONST_10 : HCONST_11;
  const m = n < 0 ? -n : n;
  return hash2(m % 4294967296, Math.floor(m / 4294967296), con, h);
}

/** Block hash of bytes (Jenkins lookup2), as erts hashes binaries. */
function blockHash(buf: Uint8Array, len: number, initval: number): number {
  let a = HCONST;
  let b = HCONST;
  let c = initval;
  let i = 0;
  while (len - i >= 12) {
    a = (a + (buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24))) >>> 0;
    b = (b + (buf[i + 4]! | (buf[i + 5]! << 8) | (buf[i + 6]! << 16) | (buf[i + 7]! << 24))) >>> 0;
    c = (c + (buf[i + 8]! | (buf[i + 9]! << 8) | (buf[i + 10]! << 16) | (buf[i + 11]! << 24))) >>> 0;
    ma = a;
    mb = b;
    mc = c;
    mix();
    a = ma;
    b = mb;
    c = mc;
    i += 12;
  }
  c = (c + len) >>> 0;
  const rest = len - i;
  // the first byte of c is reserved for the length
  if (rest >= 11) c = (c + (buf[i + 10]! << 24)) >>> 0;
  if (rest >= 10) c = (c + (buf[i + 9]! << 16)) >>> 0;
  if (rest >= 9) c = (c + (buf[i + 8]! << 8)) >>> 0;
  if (rest >= 8) b = (b + (buf[i + 7]! << 24)) >>> 0;
  if (rest >= 7) b = (b + (buf[i + 6]! << 16)) >>> 0;
  if (rest >= 6) b = (b + (buf[i + 5]! << 8)) >>> 0;
  if (rest >= 5) b = (b + buf[i + 4]!) >>> 0;
  if (rest >= 4) a = (a + (buf[i + 3]! << 24)) >>> 0;
  if (rest >= 3) a = (a + (buf[i + 2]! << 16)) >>> 0;
  if (rest >= 2) a = (a + (buf[i + 1]! << 8)) >>> 0;
  if (rest >= 1) a = (a + buf[i]!) >>> 0;
  ma = a;
  mb = b;
  mc = c;
  mix();
  return mc;
}

// Markers on the work stack, as erts pushes them.
const MAP_TAIL = { marker: 'map_tail' };
const MAP_PAIR = { marker: 'map_pair' };

/** erlang:phash2/1 (range 2^27) or erlang:phash2/2 (range 1..2^32). */
export function phash2(t: Term, range?: number): number {
  const h = makeHash2(t);
  if (range === undefined) return h & ((1 << 27) - 1);
  return range >= 4294967296 ? h : h % range;
}

/** The full 32-bit make_hash2 value. */
export function makeHash2(term: Term): number {
  // Values pushed by the map code (saved hash, xor) sit on the same stack.
  const stack: unknown[] = [];
  let hash = 0;
  let xorPairs = 0;
  let t: unknown = term;
  for (;;) {
    // Hash t into `hash`, pushing what remains to be done.
    if (typeof t === 'number') {
      hash = intHash(t, hash);
    } else if (typeof t === 'bigint') {
      hash = bigHash(t, hash);
    } else if (t instanceof Atom) {
      hash = hash === 0 ? atomHash(t) : hash1(atomHash(t), HCONST_3, hash);
    } else if (t === NIL) {
      hash = hash === 0 ? NIL_HASH_ALONE : hash1(NIL_WORD, HCONST_2, hash);
    } else if (t instanceof Cons) {
      // Runs of bytes (strings) go four at a time.
      let c = 0;
      let sh = 0;
      let cell: Cons = t;
      let rest: Term = t;
      for (;;) {
        const hd = cell.head;
        if (typeof hd !== 'number' || hd < 0 || hd > 255 || (hd | 0) !== hd) break;
        sh = ((sh << 8) + hd) >>> 0;
        if (c === 3) {
          hash = hash1(sh, HCONST_4, hash);
          c = sh = 0;
        } else c++;
        rest = cell.tail;
        if (!(rest instanceof Cons)) break;
        cell = rest;
      }
      if (c > 0) hash = hash1(sh, HCONST_4, hash);
      if (rest instanceof Cons) {
        stack.push(rest.tail);
        t = rest.head;
      } else t = rest;
      continue;
    } else if (Array.isArray(t)) {
      const n = t.length;
      hash = hash1(n, HCONST_9, hash);
      if (n > 0) {
        for (let i = n - 1; i >= 1; i--) stack.push(t[i]);
        t = t[0];
        continue;
      }
    } else if (t instanceof ErlFloat) {
      f64[0] = t.value + 0;
      hash = hash2(u32[1]!, u32[0]!, HCONST_12, hash);
    } else if (t instanceof BitStr) {
      const sz = Math.floor(t.bits / 8);
      const bitsize = t.bits & 7;
      const con = (HCONST_13 + hash) >>> 0;
      if (sz === 0 && bitsize === 0) hash = con;
      else {
        hash = blockHash(t.buf, sz, con);
        if (bitsize > 0) hash = hash2(bitsize, t.buf[sz]! >>> (8 - bitsize), HCONST_15, hash);
      }
    } else if (t instanceof ErlMap) {
      hash = hash1(t.size, HCONST_16, hash);
      if (t.size > 0) {
        stack.push(xorPairs, hash, MAP_TAIL);
        hash = 0;
        xorPairs = 0;
        t.every((k, v) => {
          stack.push(MAP_PAIR, v, k);
          return true;
        });
      }
    } else if (t instanceof Pid) {
      hash = hash1(t.id, HCONST_5, hash);
    } else if (t instanceof Port) {
      hash = hash1(t.id, HCONST_6, hash);
    } else if (t instanceof Ref) {
      hash = hash1(t.ids[0] ?? 0, HCONST_7, hash);
    } else if (t instanceof ExportFun) {
      hash = hash2(t.arity, atomHash(t.module), HCONST, hash);
      hash = hash1(atomHash(t.name), HCONST_14, hash);
    } else if (t instanceof Fun) {
      const env = t.env;
      hash = hash2(env.length, atomHash(t.code.module), HCONST, hash);
      hash = hash2(t.code.index, t.code.uniq >>> 0, HCONST, hash);
      if (env.length > 0) {
        for (let i = env.length - 1; i >= 1; i--) stack.push(env[i]);
        t = env[0];
        continue;
      }
    } else {
      throw new Error('phash2: not a term: ' + String(t));
    }
    // Done with t: take the next piece of work.
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      const next = stack.pop();
      if (next === MAP_TAIL) {
        hash = stack.pop() as number;
        hash = hash1(xorPairs, HCONST_19, hash);
        xorPairs = stack.pop() as number;
        continue;
      }
      if (next === MAP_PAIR) {
        xorPairs = (xorPairs ^ hash) >>> 0;
        hash = 0;
        continue;
      }
      t = next;
      break;
    }
  }
}
