// The representation of Erlang terms. Nothing outside src/terms should depend on
// more than the classes and predicates exported here.
//
//   integer    JS number when it is a safe integer, bigint otherwise (never a bigint
//              that fits in a safe integer: `normInt` keeps that invariant), so `1`
//              is a plain number and the common arithmetic stays unboxed.
//   float      ErlFloat (boxed), so that 1 and 1.0 never mix up.
//   atom       Atom, interned: compare with ===.
//   list       Cons cells ending in NIL (or in any other term: improper list).
//   tuple      a plain JS array (Term[]); nothing else in the VM is a JS array.
//   map        ErlMap (persistent, see map.ts).
//   bitstring  BitStr: bytes plus a bit length; a binary when bits % 8 === 0.
//   pid, reference, port   Pid, Ref, Port, each naming its node.
//   fun        Fun (closure over compiled code) or ExportFun (fun M:F/A).

export type Term = number | bigint | ErlFloat | Atom | Cons | Nil | Tuple | ErlMapLike | BitStr | Pid | Ref | Port | Fun | ExportFun;

export type Tuple = Term[];

export class Atom {
  private static readonly table = new Map<string, Atom>();
  private static nextIndex = 0;
  /** Order of creation; used only for cheap hashing, never for term order. */
  readonly index: number;
  private constructor(readonly name: string) {
    this.index = Atom.nextIndex++;
  }
  /** erl's atom table size (+t): making one more atom ends the node. */
  static readonly LIMIT = 1048576;
  /**
   * Called when the table is full; the vm sets it to end the node as erl
   * does ("no more index entries in atom_tab (max=1048576)").
   */
  static onTableFull: () => void = () => {
    throw new RangeError(`no more index entries in atom_tab (max=${Atom.LIMIT})`);
  };
  static of(name: string): Atom {
    let a = Atom.table.get(name);
    if (a === undefined) {
      if (Atom.table.size >= Atom.LIMIT) Atom.onTableFull();
      a = new Atom(name);
      Atom.table.set(name, a);
    }
    return a;
  }
  static exists(name: string): Atom | undefined {
    return Atom.table.get(name);
  }
  static count(): number {
    return Atom.table.size;
  }
  toString(): string {
    return this.name;
  }
}

export class ErlFloat {
  constructor(readonly value: number) {}
}

export class Nil {
  static readonly instance = new Nil();
  private constructor() {}
}
export const NIL = Nil.instance;

export class Cons {
  constructor(
    readonly head: Term,
    readonly tail: Term,
  ) {}
}

/**
 * A buffer that binaries are built into (bits/build.ts). `end` is the byte
 * offset where its newest binary ends, i.e. where the next in-place append
 * may write; -1 while a builder owns the tail. Binaries over buffers we did
 * not build have no chunk and are never extended in place.
 */
export class Chunk {
  constructor(
    readonly bytes: Uint8Array,
    public end: number,
  ) {}
}

/**
 * A sequence of bits: `bits` bits of `data` starting at bit `start`. A
 * sub-binary (`<<_:3, Rest/bits>>`, `<<X, Rest/binary>>`) shares the bytes of
 * the binary it came from, at any bit offset, as BEAM's match contexts and
 * sub-binaries do, so walking a binary costs one small object per step and
 * never a copy. `buf` gives the bits as their own exact bytes, left-aligned
 * with the unused bits of a last partial byte zero: a view when the start is
 * byte-aligned, a copy otherwise, made on first read and kept. Code on hot
 * paths reads `data` and `start` instead.
 */
export class BitStr {
  private view: Uint8Array | null;
  constructor(
    buf: Uint8Array | null,
    readonly bits: number = buf!.length * 8,
    /** The bytes the bits live in. */
    readonly data: Uint8Array = buf!,
    /** Bit offset of the first bit in `data`. */
    readonly start: number = 0,
    /** The buffer's append state when we built it (see Chunk). */
    readonly chunk: Chunk | null = null,
  ) {
    this.view = buf;
  }
  get buf(): Uint8Array {
    return (this.view ??= exactBytes(this.data, this.start, this.bits));
  }
  /**
   * Drops the first `off` bits, in place: only for the sub-binary a
   * compiled loop keeps for itself, which nothing else can see (see
   * src/compiler/match_context.ts).
   */
  advance(off: number): void {
    const self = this as unknown as { bits: number; start: number };
    self.bits = this.bits - off;
    self.start = this.start + off;
    this.view = null;
  }
  get isBinary(): boolean {
    return (this.bits & 7) === 0;
  }
  get byteSize(): number {
    return Math.ceil(this.bits / 8);
  }
}

/** `bits` bits of `data` from bit `start`, as exact left-aligned bytes (a view when possible). */
function exactBytes(data: Uint8Array, start: number, bits: number): Uint8Array {
  const nb = Math.ceil(bits / 8);
  const r = bits & 7;
  const sh = start & 7;
  const first = start >>> 3;
  if (sh === 0) {
    const last = first + nb - 1;
    if (r === 0 || (data[last]! & (0xff >> r)) === 0) return first === 0 && nb === data.length ? data : data.subarray(first, first + nb);
    const out = data.slice(first, first + nb);
    out[nb - 1]! &= 0xff << (8 - r);
    return out;
  }
  const out = new Uint8Array(nb);
  for (let i = 0, j = first; i < nb; i++, j++) out[i] = ((data[j]! << sh) | ((data[j + 1] ?? 0) >> (8 - sh))) & 0xff;
  if (r) out[nb - 1]! &= 0xff << (8 - r);
  return out;
}

export class Pid {
  /**
   * On the pid a local process was spawned with, that process while it
   * lives (the VM sets and clears it): a send reaches it without a lookup.
   */
  proc: object | undefined = undefined;
  constructor(
    readonly node: Atom,
    readonly id: number,
    readonly serial: number = 0,
    readonly creation: number = 0,
  ) {}
}

/**
 * A reference. `ids` holds its 32-bit words in wire order, the least
 * significant first, exactly as NEWER_REFERENCE_EXT carries them; erl prints
 * them the other way round: ids [7, 8, 9] print as #Ref<0.9.8.7>. Term order
 * and phash2 read them in this order too.
 */
export class Ref {
  /** Its key in the VM's maps (refKey in src/vm/vm.ts), made on first use. */
  key: string | number | undefined = undefined;
  constructor(
    readonly node: Atom,
    readonly ids: readonly number[],
    readonly creation: number = 0,
  ) {}
}

export class Port {
  constructor(
    readonly node: Atom,
    readonly id: number,
    readonly creation: number = 0,
  ) {}
}

/** What a fun points at: the compiled lambda of a loaded module version. */
export interface FunCode {
  readonly module: Atom;
  /** Printed name, e.g. '-start/0-fun-0-'. */
  readonly name: string;
  readonly arity: number;
  readonly index: number;
  readonly uniq: number;
  /**
   * What erl prints for it (#Fun<erl_eval.42.3316493>) where that is not
   * index and uniq: funs of shell and -eval code are erl_eval's there.
   */
  readonly shown?: { readonly index: number; readonly uniq: number };
  /** fn(p, ...args, fun) */
  // biome-ignore lint/suspicious/noExplicitAny: compiled code of any arity, called as fn(p, ...args, fun)
  readonly fn: (...args: any[]) => any;
}

export class Fun {
  constructor(
    readonly code: FunCode,
    /** Captured values, in the order the compiler chose. */
    readonly env: readonly Term[],
    /** The pid that created it (external term format needs it). */
    readonly pid: Pid | null = null,
  ) {}
  get arity(): number {
    return this.code.arity;
  }
}

export class ExportFun {
  constructor(
    readonly module: Atom,
    readonly name: Atom,
    readonly arity: number,
  ) {}
}

/** The structural interface of maps; the implementation lives in map.ts. */
export interface ErlMapLike {
  readonly isErlMap: true;
  readonly size: number;
}

// ---- predicates -------------------------------------------------------

export function isInteger(t: unknown): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}
export function isNumber(t: unknown): t is number | bigint | ErlFloat {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof ErlFloat;
}
export function isAtom(t: unknown): t is Atom {
  return t instanceof Atom;
}
export function isTuple(t: unknown): t is Tuple {
  return Array.isArray(t);
}
export function isList(t: unknown): t is Cons | Nil {
  return t instanceof Cons || t === NIL;
}
export function isMap(t: unknown): t is ErlMapLike {
  return typeof t === 'object' && t !== null && (t as ErlMapLike).isErlMap === true;
}
export function isBinary(t: unknown): t is BitStr {
  return t instanceof BitStr && (t.bits & 7) === 0;
}
export function isBitstring(t: unknown): t is BitStr {
  return t instanceof BitStr;
}
export function isFun(t: unknown): t is Fun | ExportFun {
  return t instanceof Fun || t instanceof ExportFun;
}

// ---- integers ---------------------------------------------------------

/** Brings a bigint back to a number when it fits, keeping one representation per value. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// ---- common atoms -----------------------------------------------------

export const A = {
  true: Atom.of('true'),
  false: Atom.of('false'),
  ok: Atom.of('ok'),
  error: Atom.of('error'),
  undefined: Atom.of('undefined'),
  normal: Atom.of('normal'),
  kill: Atom.of('kill'),
  killed: Atom.of('killed'),
  badarg: Atom.of('badarg'),
  badarith: Atom.of('badarith'),
  badmatch: Atom.of('badmatch'),
  function_clause: Atom.of('function_clause'),
  case_clause: Atom.of('case_clause'),
  if_clause: Atom.of('if_clause'),
  try_clause: Atom.of('try_clause'),
  undef: Atom.of('undef'),
  badfun: Atom.of('badfun'),
  badarity: Atom.of('badarity'),
  badkey: Atom.of('badkey'),
  badmap: Atom.of('badmap'),
  badrecord: Atom.of('badrecord'),
  noproc: Atom.of('noproc'),
  noconnection: Atom.of('noconnection'),
  nocatch: Atom.of('nocatch'),
  system_limit: Atom.of('system_limit'),
  throw: Atom.of('throw'),
  exit: Atom.of('exit'),
  EXIT: Atom.of('EXIT'),
  DOWN: Atom.of('DOWN'),
  process: Atom.of('process'),
  infinity: Atom.of('infinity'),
  nonode_nohost: Atom.of('nonode@nohost'),
  timeout: Atom.of('timeout'),
} as const;

export function bool(b: boolean): Atom {
  return b ? A.true : A.false;
}

// ---- building helpers -------------------------------------------------

export function list(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/** A string as an Erlang list of character codes. */
export function str(s: string): Term {
  let l: Term = NIL;
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i]!, l);
  return l;
}

export function bin(bytes: Uint8Array | readonly number[]): BitStr {
  return new BitStr(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
}

/** Proper list to array, or null when the list is improper. */
export function listToArray(l: Term): Term[] | null {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return l === NIL ? out : null;
}
